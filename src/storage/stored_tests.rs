//! The typed stored form against the generic codec: same text, each reads what the other wrote.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::Value;

use super::*;
use crate::domain::catalog::Implement;
use crate::domain::checkin::PsfsItem;
use crate::domain::log::{ExerciseLog, SetLog};
use crate::domain::not_today::DayChoice;
use crate::domain::program::{Load, Tempo};
use crate::domain::units::Mass;

/// What the generic codec (the reference) writes for `part` at revision `rev`.
fn generic(rev: u64, part: &Part<'_>) -> Value {
    let mut d = serde_json::Map::new();
    if let Some(at) = part.at {
        d.insert("at".to_string(), serde_json::to_value(at).unwrap());
    }
    if let Some(reason) = part.reason {
        d.insert("reason".to_string(), Value::from(reason));
    }
    let mut long = serde_json::Map::new();
    let mut put = |name: &str, value: Value| {
        long.insert(name.to_string(), value);
    };
    let text = |value: String| serde_json::from_str::<Value>(&value).unwrap();
    if let Some(profile) = part.profile {
        put("profile", text(serde_json::to_string(profile).unwrap()));
    }
    if let Some(program) = part.program {
        put("program", text(serde_json::to_string(program).unwrap()));
    }
    if let Some(sessions) = part.sessions {
        put("sessions", text(serde_json::to_string(sessions).unwrap()));
    }
    if let Some(checkins) = part.checkins {
        put("checkins", text(serde_json::to_string(checkins).unwrap()));
    }
    if let Some(outcomes) = part.outcomes {
        put("outcomes", text(serde_json::to_string(outcomes).unwrap()));
    }
    let Value::Object(short) = codec::shorten(Value::Object(long)) else {
        unreachable!()
    };
    d.extend(short);
    serde_json::json!({"r": rev, "s": migrate::CURRENT, "d": d})
}

/// Writes `part` both ways and checks the texts mean the same, and that both read back to it.
pub(super) fn check(part: &Part<'_>) {
    let typed = encode_plain(9, part).unwrap();
    let typed_value: Value = serde_json::from_str(&typed).unwrap();
    let reference = generic(9, part);
    assert_eq!(typed_value, reference, "typed:   {typed}");
    let reference_text = serde_json::to_string(&reference).unwrap();
    assert_eq!(typed.len(), reference_text.len(), "same size");
    // What storage writes: the same data, packed; the generic reader opens it to the same value.
    let packed = encode(9, part).unwrap();
    let generic_read = codec::decode(&packed).unwrap();
    assert_eq!(generic_read.data, codec::lengthen(reference["d"].clone()));
    for text in [&typed, &reference_text, &packed] {
        let contents = decode(text).unwrap();
        assert_eq!(contents.rev, 9);
        assert_eq!(contents.at, part.at);
        assert_eq!(contents.reason, part.reason.unwrap_or_default());
        assert_eq!(contents.data.profile.as_ref(), part.profile);
        assert_eq!(contents.data.program.as_ref(), part.program);
        assert_eq!(contents.data.sessions, part.sessions.unwrap_or_default());
        assert_eq!(contents.data.checkins, part.checkins.unwrap_or_default());
        assert_eq!(contents.data.outcomes, part.outcomes.unwrap_or_default());
    }
}

fn when(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

pub(super) fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn sample_session() -> Session {
    Session {
        id: "2026-11-02T18:00".to_string(),
        started: when("2026-11-02 18:00"),
        day: 1,
        exercises: vec![
            ExerciseLog {
                slot: 0,
                exercise: "glute-bridge".to_string(),
                sets: vec![
                    SetLog {
                        value: 12,
                        load: Load::Bodyweight,
                        rir: Some(3),
                    },
                    SetLog {
                        value: 30,
                        load: Load::Band("green".to_string()),
                        rir: None,
                    },
                ],
                pain_during: Some(2),
                user_adjusted: false,
                today_only: false,
                implement: None,
                range: None,
                tempo: None,
            },
            ExerciseLog {
                slot: 1,
                exercise: "goblet-squat".to_string(),
                sets: vec![SetLog {
                    value: 10,
                    load: Load::Mass(Mass::from_grams(8_000)),
                    rir: Some(2),
                }],
                pain_during: None,
                user_adjusted: true,
                today_only: false,
                implement: None,
                range: None,
                tempo: None,
            },
        ],
        pain_during: Some(1),
        pain_after: Some(2),
        notes: "Felt fine, a bit stiff after. \"Quotes\" and ünïcode ✓".to_string(),
        finished: true,
    }
}

#[test]
fn every_kind_of_part_matches_the_generic_codec() {
    let session = sample_session();
    let bare = Session {
        exercises: Vec::new(),
        pain_during: None,
        pain_after: None,
        notes: String::new(),
        finished: false,
        ..session.clone()
    };
    let checkins = [
        CheckIn {
            date: date("2026-11-03"),
            pain: Some(3),
            stiffness: Some(2),
            sleep_hours: Some(7.3),
            sleep_quality: Some(6),
            stress: Some(4),
            mood: Some(7),
            walk_minutes: Some(35),
            new_leg_symptoms: true,
            flare: true,
            choice: Some(DayChoice::Easier),
        },
        CheckIn {
            date: date("2026-11-04"),
            ..CheckIn::default()
        },
    ];
    let outcomes = [
        Outcome {
            date: date("2026-11-08"),
            usual_pain: Some(3),
            psfs: vec![PsfsItem {
                activity: "lift my toddler".to_string(),
                score: 6,
            }],
            confidence: Some(7),
        },
        Outcome {
            date: date("2026-11-15"),
            ..Outcome::default()
        },
    ];
    let sessions = [session, bare];
    check(&Part {
        sessions: Some(&sessions),
        ..Part::default()
    });
    check(&Part {
        sessions: Some(&[]),
        ..Part::default()
    });
    check(&Part {
        checkins: Some(&checkins),
        ..Part::default()
    });
    check(&Part {
        outcomes: Some(&outcomes),
        ..Part::default()
    });
    check(&Part {
        at: Some(when("2026-11-22 10:00")),
        reason: Some("before import"),
        sessions: Some(&sessions),
        checkins: Some(&checkins),
        outcomes: Some(&outcomes),
        ..Part::default()
    });
}

#[test]
fn every_released_fixture_reads_the_same_through_both_readers() {
    for (version, keys) in [(1, 7), (2, 9)] {
        assert!(migrate::RELEASED.contains(&version));
        let path = format!("tests/fixtures/storage-v{version}.json");
        let text = std::fs::read_to_string(&path).unwrap();
        let entries: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&text).unwrap();
        let mut read = 0;
        for (key, value) in &entries {
            let Ok(envelope) = codec::decode(value) else {
                continue;
            };
            assert_eq!(envelope.schema, version, "{path} {key}");
            // The generic reader (the reference): long names, then the migrations.
            let data = migrate::migrate(envelope.schema, envelope.data).unwrap();
            let generic: AppData = serde_json::from_value(data).unwrap();
            let typed = decode(value).unwrap_or_else(|error| panic!("{path} {key}: {error}"));
            assert_eq!(typed.rev, envelope.rev, "{path} {key}");
            assert_eq!(typed.data, generic, "{path} {key}");
            read += 1;
        }
        assert_eq!(read, keys, "{path}");
    }
}

#[test]
fn snapshots_as_the_generic_codec_wrote_them_still_read() {
    // The generic writer flattened all of `AppData`, so absent parts were written as null.
    let text = r#"{"r":1,"s":1,"d":{"C":[],"G":null,"O":[],"P":null,"S":[],"at":"2026-11-22T10:00:00","reason":"before import"}}"#;
    let contents = decode(text).unwrap();
    assert_eq!(contents.at, Some(when("2026-11-22 10:00")));
    assert_eq!(contents.reason, "before import");
    assert_eq!(contents.data, AppData::default());
}

#[test]
fn other_schemas_and_damaged_text_are_refused() {
    let newer = format!(r#"{{"r":1,"s":{},"d":{{}}}}"#, migrate::CURRENT + 1);
    assert!(decode(&newer).is_err());
    assert!(decode(r#"{"r":1,"s":0,"d":{}}"#).is_err());
    assert!(decode(r#"{"r":1,"s":1,"d":{"C":[{"d":"not a date"}]}}"#).is_err());
    assert!(decode(r#"{"r":1,"s":1,"d":{"C":[{"d":"#).is_err());
}

#[test]
fn the_logged_implement_and_tempo_are_stored_and_read_back() {
    let mut session = sample_session();
    session.exercises[0].tempo = Some(Tempo::Paused);
    session.exercises[1].implement = Some(Implement::Kettlebell);
    session.exercises[1].tempo = Some(Tempo::SlowLowering);
    let sessions = [session];
    let part = Part {
        sessions: Some(&sessions),
        ..Part::default()
    };
    check(&part);
    let text = encode_plain(1, &part).unwrap();
    assert!(text.contains(r#""im":"kettlebell""#), "{text}");
    assert!(text.contains(r#""tp":"paused""#), "{text}");
    assert!(text.contains(r#""tp":"slow-lowering""#), "{text}");
    assert!(
        !text.contains("implement") && !text.contains("tempo"),
        "{text}"
    );
    // Every implement and tempo round-trips; absent ones are not written.
    for implement in IMPLEMENTS {
        for tempo in TEMPOS {
            let mut session = sample_session();
            session.exercises[0].implement = implement;
            session.exercises[0].tempo = tempo;
            let sessions = [session];
            check(&Part {
                sessions: Some(&sessions),
                ..Part::default()
            });
        }
    }
}

#[test]
fn an_older_starter_program_is_migrated_by_the_typed_reader_too() {
    let program = r#"{"name":"Your first 12 weeks","author":"Durable","weeks":12,"start":"2026-10-05","days":[]}"#;
    let text = format!(r#"{{"r":4,"s":1,"d":{{"G":{program}}}}}"#);
    let phases = |text: &str| decode(text).unwrap().data.program.unwrap().phases;
    assert_eq!(decode(&text).unwrap().rev, 4);
    assert_eq!(phases(&text), crate::domain::phase::starter_phases());
    // A clinician's program is followed as written.
    let theirs = text.replace(r#""author":"Durable""#, r#""author":"Dr. Lee""#);
    assert!(phases(&theirs).is_empty());
    // At the current schema nothing is added.
    let current = text.replace(r#""s":1"#, &format!(r#""s":{}"#, migrate::CURRENT));
    assert!(phases(&current).is_empty());
}

/// Every implement a log may name, and none.
pub(super) const IMPLEMENTS: [Option<Implement>; 7] = [
    None,
    Some(Implement::Bodyweight),
    Some(Implement::Band),
    Some(Implement::Dumbbell),
    Some(Implement::Kettlebell),
    Some(Implement::Barbell),
    Some(Implement::TrapBar),
];

/// Every tempo a log may name, and none.
pub(super) const TEMPOS: [Option<Tempo>; 4] = [
    None,
    Some(Tempo::Steady),
    Some(Tempo::SlowLowering),
    Some(Tempo::Paused),
];
