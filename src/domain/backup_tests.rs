//! Tests of the backup file: round trips, the messages people see, and validation.

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::domain::checkin::{CheckIn, Outcome, PsfsItem};
use crate::domain::log::{ExerciseLog, SetLog};
use crate::domain::units::Mass;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn sample() -> AppData {
    AppData {
        profile: None,
        program: None,
        sessions: vec![Session {
            id: "2026-11-02T18:00-0".to_string(),
            started: at("2026-11-02 18:00"),
            day: 0,
            exercises: vec![ExerciseLog {
                slot: 0,
                exercise: "glute-bridge".to_string(),
                sets: vec![SetLog {
                    value: 12,
                    load: Load::Mass(Mass::from_kg(8.0)),
                    rir: Some(2),
                }],
                pain_during: Some(2),
                user_adjusted: false,
                today_only: false,
                implement: None,
                range: None,
                tempo: None,
            }],
            pain_during: None,
            pain_after: Some(2),
            notes: String::new(),
            finished: true,
        }],
        checkins: vec![CheckIn {
            date: day("2026-11-03"),
            pain: Some(2),
            sleep_hours: Some(7.5),
            ..CheckIn::default()
        }],
        outcomes: vec![Outcome {
            date: day("2026-11-08"),
            usual_pain: Some(3),
            psfs: vec![PsfsItem {
                activity: "lift my toddler".to_string(),
                score: 6,
            }],
            confidence: Some(7),
        }],
    }
}

/// Reads `text` and checks the message a person would see.
fn check(text: &str, expected: &str) {
    let error = read(text).unwrap_err();
    assert_eq!(error.to_string(), expected, "for {text:?}");
}

#[test]
fn a_written_backup_reads_back_the_same() {
    let data = sample();
    let text = write(&data, at("2026-11-20 09:30"));
    assert!(text.contains("\"format\": \"durable-backup\""));
    assert!(text.contains(&format!("\"version\": {VERSION}")));
    let backup = read_backup(&text).unwrap();
    assert_eq!(backup.data, data);
    assert_eq!(backup.version, VERSION);
    assert_eq!(backup.exported_at, Some(at("2026-11-20 09:30")));
    assert_eq!(backup.app_version, env!("CARGO_PKG_VERSION"));
}

#[test]
fn an_empty_data_object_is_a_valid_backup() {
    let data = read(r#"{"format":"durable-backup","version":1,"data":{}}"#).unwrap();
    assert_eq!(data, AppData::default());
}

#[test]
fn files_that_are_not_backups_say_what_they_are() {
    check("", "This file is empty, so there is nothing to open.");
    check("  \n ", "This file is empty, so there is nothing to open.");
    check(
        r#"{"format":"durable-plan","version":1}"#,
        "This file is a Durable plan, not a backup. Import it as a plan instead.",
    );
    check(
        r#"{"format":"durable-backup","version":4,"data":{}}"#,
        "This backup was made by a newer version of Durable (format version 4); this app reads up to \
         version 3. Update the app to open it.",
    );
    check(
        r#"{"version":1}"#,
        "This file is not a Durable backup (it has no \"format\" field saying what it is).",
    );
    check(
        r#"{"format":"zip"}"#,
        "This file is not a Durable backup (its format is “zip”).",
    );
    check(
        "[1,2]",
        "This file is not a Durable backup: it does not have the fields a backup has.",
    );
    check(
        r#"{"format":"durable-backup","version":"one"}"#,
        "This backup has no valid format version, so it cannot be read safely.",
    );
    check(
        r#"{"format":"durable-backup","version":0}"#,
        "This backup has no valid format version, so it cannot be read safely.",
    );
    check(
        "\u{0}\u{1}PNG",
        "This file is not a Durable backup: it is not text (it may be a picture or another kind of file).",
    );
}

#[test]
fn syntax_and_type_errors_give_line_and_column() {
    check(
        "{\"format\": \"durable-backup\",\n \"version\": 1,\n \"data\": {\"checkins\": [{\"date\": \"2026-01-01\", \"pain\": \"high\"}]}}",
        "This backup has data this app cannot read. Line 3, column 60: found string \"high\", expected a whole number",
    );
    check(
        "{\"format\": \"durable-backup\",\n  \"version\": }",
        "This file is not a readable Durable backup. Line 2, column 14: expected a value",
    );
    check(
        "{\"format\": \"durable-backup\"",
        "This file is not a readable Durable backup. Line 1, column 27: the file ends too early (it may have been cut off).",
    );
}

#[test]
fn deep_nesting_and_huge_numbers_are_refused_without_panic() {
    let deep = "[".repeat(100_000);
    assert!(matches!(read(&deep), Err(BackupError::Syntax { .. })));
    let huge = r#"{"format":"durable-backup","version":1,"data":{"checkins":[{"date":"2026-01-01","pain":1e999}]}}"#;
    assert!(read(huge).is_err());
    let big_version = r#"{"format":"durable-backup","version":18446744073709551615,"data":{}}"#;
    assert!(matches!(read(big_version), Err(BackupError::Newer { .. })));
}

#[test]
fn bytes_that_are_not_utf8_are_not_text() {
    assert_eq!(
        read_bytes(&[0xff, 0xfe, 0x00, 0x41]),
        Err(BackupError::NotText)
    );
}

#[test]
fn a_too_large_file_is_refused_before_parsing() {
    let text = " ".repeat(MAX_BYTES + 1);
    assert!(matches!(read(&text), Err(BackupError::TooLarge { .. })));
}

#[test]
fn out_of_range_ratings_and_duplicate_days_are_named() {
    let mut data = sample();
    data.checkins.push(CheckIn {
        date: day("2026-11-03"),
        pain: Some(14),
        ..CheckIn::default()
    });
    let text = write(&data, at("2026-11-20 09:30"));
    let error = read(&text).unwrap_err();
    assert_eq!(
        error,
        BackupError::Invalid {
            problems: vec![
                "Check-in of 2026-11-03: there are two check-ins for this day.".to_string(),
                "Check-in of 2026-11-03: pain is 14, but the scale goes from 0 to 10.".to_string(),
            ]
        }
    );
    assert_eq!(
        error.to_string(),
        "This backup has data that does not make sense, so nothing was changed. Check-in of 2026-11-03: \
         there are two check-ins for this day. Check-in of 2026-11-03: pain is 14, but the scale goes from 0 to 10."
    );
}

#[test]
fn sets_and_loads_out_of_range_are_named_with_their_place() {
    let mut data = sample();
    data.sessions[0].exercises[0].sets[0].value = 60_000;
    data.sessions[0].exercises[0].sets[0].load = Load::Mass(Mass::from_kg(-5.0));
    let problems = validate(&data);
    assert_eq!(
        problems,
        vec![
            "Session 1 (2026-11-02), exercise 1, set 1: 60000 is far more than one set can hold."
                .to_string(),
            "Session 1 (2026-11-02), exercise 1, set 1: the load is out of range (0 to 500 kg)."
                .to_string(),
        ]
    );
}

#[test]
fn too_many_sessions_are_refused() {
    let mut data = AppData::default();
    let session = sample().sessions[0].clone();
    data.sessions = (0..=MAX_SESSIONS)
        .map(|index| Session {
            id: index.to_string(),
            ..session.clone()
        })
        .collect();
    assert!(matches!(
        check_sizes(&data),
        Err(BackupError::TooMany {
            what: "sessions",
            ..
        })
    ));
}

#[test]
fn a_backup_reminder_is_due_only_with_history_and_an_old_or_missing_backup() {
    let now = at("2026-11-26 08:00");
    let empty = AppData::default();
    assert!(!reminder_due(&empty, None, now), "nothing to keep yet");
    let data = sample();
    assert!(reminder_due(&data, None, now), "never downloaded");
    assert!(
        !reminder_due(&data, Some(at("2026-10-27 20:00")), now),
        "30 days: not yet"
    );
    assert!(
        reminder_due(&data, Some(at("2026-10-26 20:00")), now),
        "31 days: due"
    );
}

#[test]
fn impossible_dates_are_named_in_plain_words() {
    let text = r#"{"format":"durable-backup","version":1,"data":{"checkins":[{"date":"2026-02-30","pain":3}]}}"#;
    let message = read(text).unwrap_err().to_string();
    assert!(
        message.contains("a date or time that does not exist (like 30 February)"),
        "{message}"
    );
    let text = r#"{"format":"durable-backup","version":1,"data":{"checkins":[{"date":"30/01/2026","pain":3}]}}"#;
    let message = read(text).unwrap_err().to_string();
    assert!(message.contains("not written as YYYY-MM-DD"), "{message}");
}

#[test]
fn equipment_that_makes_no_sense_is_refused_by_name() {
    use crate::domain::equipment::{Dumbbells, Inventory};
    use crate::domain::profile::{Experience, Profile};
    use crate::domain::units::Unit;

    let mut data = sample();
    data.profile = Some(Profile {
        unit: Unit::Kg,
        inventory: Inventory {
            dumbbells: Dumbbells::Adjustable {
                min: Mass::from_kg(2.5),
                max: Mass::from_kg(25.0),
                step: Mass::ZERO,
            },
            kettlebells: vec![Mass::from_kg(16.0), Mass::from_kg(16.0), Mass::ZERO],
            ..Inventory::default()
        },
        days_per_week: 3,
        minutes_per_session: 40,
        experience: Experience::New,
        baseline_pain: 3,
        bodyweight: None,
        goals: Vec::new(),
        walk_minutes_per_week: None,
        screens: Vec::new(),
        created: day("2026-10-01"),
        theme: Default::default(),
    });
    let text = write(&data, at("2026-11-20 09:30"));
    assert_eq!(
        read(&text).unwrap_err(),
        BackupError::Invalid {
            problems: vec![
                "The adjustable dumbbells have a step of 0 kg; the step must be more than 0."
                    .to_string(),
                "Kettlebell 3 weighs 0 kg; it must be more than 0.".to_string(),
            ]
        }
    );
    let profile = data.profile.as_mut().expect("a profile");
    profile.inventory = crate::domain::equipment::Preset::CommercialGym.inventory();
    profile.inventory.plates[0].count = 5_000;
    let message = read(&write(&data, at("2026-11-20 09:30")))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("There are 5,028 plates; Durable accepts up to 500."),
        "{message}"
    );
    data.profile.as_mut().expect("a profile").inventory =
        crate::domain::equipment::Preset::CommercialGym.inventory();
    assert!(read(&write(&data, at("2026-11-20 09:30"))).is_ok());
}

/// A backup file of format `version` holding `data` (JSON text of its `data` object).
fn file_of(version: u32, data: &str) -> String {
    format!("{{\"format\": \"durable-backup\",\n \"version\": {version},\n \"data\": {data}}}")
}

/// The `data` of a backup holding only a program by `author`, as version 1 and 2 write it.
fn program_only(author: &str) -> String {
    format!(
        r#"{{"program": {{"name": "Back to lifting", "author": "{author}", "weeks": 12,
            "start": "2026-10-05", "days": []}}}}"#
    )
}

#[test]
fn a_version_1_starter_program_is_given_the_phases_it_was_made_with() {
    let backup = read_backup(&file_of(1, &program_only("Durable"))).unwrap();
    assert_eq!(backup.version, 1, "the version the file was written in");
    let program = backup.data.program.unwrap();
    let phases: Vec<(&str, u32)> = program
        .phases
        .iter()
        .map(|phase| (phase.name.as_str(), phase.from_week))
        .collect();
    assert_eq!(phases, [("Foundation", 1), ("Strength", 5)]);
    // Written again, it is a current backup with the phases written out.
    let again = read_backup(&write(
        &AppData {
            program: Some(program.clone()),
            ..AppData::default()
        },
        at("2026-11-20 09:30"),
    ))
    .unwrap();
    assert_eq!(again.version, VERSION);
    assert_eq!(again.data.program, Some(program));
}

#[test]
fn any_other_version_1_program_is_read_as_written() {
    let data = read(&file_of(1, &program_only("Dr. Lee, physiotherapist"))).unwrap();
    let program = data.program.unwrap();
    assert_eq!(program.author, "Dr. Lee, physiotherapist");
    assert!(program.phases.is_empty());
}

#[test]
fn a_version_2_backup_is_read_as_written_without_migrating() {
    // At version 2 a starter program without phases keeps none: only version 1 is migrated.
    let backup = read_backup(&file_of(2, &program_only("Durable"))).unwrap();
    assert_eq!(backup.version, 2);
    assert!(backup.data.program.unwrap().phases.is_empty());
}

#[test]
fn a_backup_from_the_next_version_is_refused_as_newer() {
    let text = file_of(VERSION + 1, "{}");
    assert_eq!(
        read(&text),
        Err(BackupError::Newer {
            version: u64::from(VERSION + 1)
        })
    );
    assert_eq!(
        read(&text).unwrap_err().to_string(),
        format!(
            "This backup was made by a newer version of Durable (format version {}); this app \
             reads up to version {VERSION}. Update the app to open it.",
            VERSION + 1
        )
    );
}

#[test]
fn a_migrated_backup_still_says_where_its_data_is_wrong() {
    let data = r#"{"program": {"name": "Back to lifting", "author": "Durable", "weeks": 12,
        "start": "2026-10-05", "days": []},
 "checkins": [{"date": "2026-01-01", "pain": "high"}]}"#;
    check(
        &file_of(1, data),
        "This backup has data this app cannot read. Line 5, column 51: found string \"high\", \
         expected a whole number",
    );
}

#[test]
fn a_backup_and_the_forms_share_the_walking_and_sleep_limits() {
    use crate::domain::limits;
    let date = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let data = |walk_minutes, sleep_hours| AppData {
        checkins: vec![CheckIn {
            date,
            walk_minutes: Some(walk_minutes),
            sleep_hours: Some(sleep_hours),
            ..CheckIn::default()
        }],
        ..AppData::default()
    };
    let accepted = |walk: u16, sleep: f32| {
        limits::walk_minutes(&walk.to_string()).is_ok()
            && limits::sleep_hours(&sleep.to_string()).is_ok()
    };
    for (walk, sleep) in [
        (limits::MAX_WALK_MINUTES, limits::MAX_SLEEP_HOURS),
        (0, 0.0),
        (30, 7.5),
    ] {
        assert!(accepted(walk, sleep));
        assert!(validate(&data(walk, sleep)).is_empty(), "{walk} {sleep}");
    }
    let too_long = limits::MAX_WALK_MINUTES + 1;
    assert!(!accepted(too_long, 7.0));
    assert!(validate(&data(too_long, 7.0))[0].contains("minutes of walking"));
    assert!(!accepted(30, 24.5));
    assert!(validate(&data(30, 24.5))[0].contains("hours of sleep"));
}
