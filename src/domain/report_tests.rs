//! Tests of the clinician report against a small backup checked by hand.

use chrono::{Days, NaiveDate};

use super::*;
use crate::domain::checkin::{Outcome, PsfsItem};
use crate::domain::log::{ExerciseLog, Session, SetLog};
use crate::domain::profile::ScreenRecord;
use crate::domain::program::Load;
use crate::domain::starter;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

fn session(date: &str, exercise: &str, finished: bool) -> Session {
    Session {
        id: format!("{date}-0"),
        started: day(date).and_hms_opt(9, 0, 0).unwrap(),
        day: 0,
        exercises: vec![ExerciseLog {
            slot: 0,
            exercise: exercise.to_string(),
            sets: vec![SetLog {
                value: 12,
                load: Load::Bodyweight,
                rir: Some(2),
            }],
            pain_during: None,
            user_adjusted: false,
            today_only: false,
            implement: None,
            range: None,
            tempo: None,
        }],
        pain_during: None,
        pain_after: None,
        notes: String::new(),
        finished,
    }
}

fn outcome(date: &str, usual: u8, psfs: [u8; 2], confidence: u8) -> Outcome {
    Outcome {
        date: day(date),
        usual_pain: Some(usual),
        psfs: [("carry shopping", psfs[0]), ("garden", psfs[1])]
            .into_iter()
            .map(|(activity, score)| PsfsItem {
                activity: activity.to_string(),
                score,
            })
            .collect(),
        confidence: Some(confidence),
    }
}

/// The hand-checked backup. Usual pain 4 at onboarding (1 Sep 2026, 2 days a week, walks an hour a
/// week); 5 from the check of 4 Oct, 3 from 25 Oct. October: mornings of 5 on 1–14 Oct, 7 and 8 on
/// 15–16 Oct (a flare: usual 5 + 2, two mornings), 4 on 17 Oct, 3 on 18–31 Oct with "I'm having a
/// flare" tapped on 25 Oct; 10 minutes walked every day of October.
fn backup() -> AppData {
    let answers = starter::Answers {
        usual_pain: 4,
        inventory: Default::default(),
        days_per_week: 2,
        minutes_per_session: 30,
        experience: Default::default(),
        goals: vec!["carry shopping".into(), "garden".into()],
        bodyweight: None,
        walk_minutes_per_week: Some(60),
    };
    let created = day("2026-09-01");
    let mut profile = starter::profile(&answers, Unit::Kg, created);
    profile.screens = vec![
        ScreenRecord {
            date: created,
            yes: Vec::new(),
            cleared: None,
        },
        ScreenRecord {
            date: day("2026-10-20"),
            yes: vec!["constant-night-pain".into()],
            cleared: Some(day("2026-10-22")),
        },
    ];
    let checkins = (0..31u64)
        .map(|offset| {
            let date = day("2026-10-01") + Days::new(offset);
            let pain = match offset + 1 {
                1..=14 => 5,
                15 => 7,
                16 => 8,
                17 => 4,
                _ => 3,
            };
            CheckIn {
                date,
                pain: Some(pain),
                walk_minutes: Some(10),
                flare: offset + 1 == 25,
                ..CheckIn::default()
            }
        })
        .collect();
    AppData {
        program: Some(starter::program(&answers, created)),
        profile: Some(profile),
        sessions: vec![
            session("2026-09-20", "glute-bridge", true),
            session("2026-10-05", "glute-bridge", true),
            session("2026-10-12", "glute-bridge", true),
            session("2026-10-20", "glute-bridge", false),
            session("2026-10-26", "glute-bridge-march", true),
        ],
        checkins,
        outcomes: vec![
            outcome("2026-10-04", 5, [3, 4], 4),
            outcome("2026-10-25", 3, [6, 5], 7),
        ],
    }
}

fn lines<'a>(report: &'a Report, heading: &str) -> &'a [String] {
    &report
        .sections
        .iter()
        .find(|section| section.heading == heading)
        .unwrap_or_else(|| panic!("no section {heading}"))
        .lines
}

#[test]
fn the_numbers_match_the_hand_checked_backup() {
    let report = report(&backup(), day("2026-10-01"), day("2026-10-31"));
    assert_eq!(
        report.title,
        "Durable report: 1 Oct 2026 to 31 Oct 2026 (31 days)"
    );
    let numbers = &report.numbers;
    let (first, last, change) = numbers.morning_pain.unwrap();
    assert_eq!(
        (first.mean, first.days, last.mean, last.days),
        (5.0, 14, 3.0, 14)
    );
    assert_eq!(change, Change::Better);
    assert_eq!(numbers.flare_starts, [day("2026-10-15"), day("2026-10-25")]);
    // 2 a week over 31 days: 62 / 7 → 9 planned; 3 finished in October (one unfinished, one in September).
    assert_eq!((numbers.sessions_done, numbers.sessions_planned), (3, 9));
    // Weeks from Mondays 5, 12, 19 and 26 Oct: 70 + 70 + 70 + 60 minutes; targets 60, then 66 after
    // the settled week of 5 Oct (mornings of 5 at usual 5), held through the flares.
    assert_eq!(
        (numbers.walked_minutes, numbers.walk_target_minutes),
        (270, 258)
    );
    assert_eq!(numbers.walk_weeks_on_target, (3, 4));
}

#[test]
fn the_sentences_say_the_same() {
    let report = report(&backup(), day("2026-10-01"), day("2026-10-31"));
    assert_eq!(
        lines(&report, "Pain"),
        [
            "Usual pain (weekly check, 0–10): 5 on 4 Oct 2026, 3 on 25 Oct 2026.",
            "Morning pain averaged 5.0 over the first 14 days (14 rated) and 3.0 over the last 14 (14 rated): lower, a change that matters (2 points or 30%).",
            "Flares: 2, from 15 Oct 2026, 25 Oct 2026.",
        ]
    );
    assert_eq!(
        lines(&report, "Training"),
        [
            "Sessions done: 3 of 9 planned (2 a week).",
            "Hinge: now Glute bridge and Bridge with alternate foot lifts; 2 steps up the ladder.",
        ]
    );
    assert_eq!(
        lines(&report, "Activities and confidence"),
        [
            "Activities (PSFS mean, 0–10): 3.5 on 4 Oct 2026, 5.5 on 25 Oct 2026: better, a change that matters (2 points or more).",
            "‘carry shopping’: 3 → 6: better, a change that matters (3 points or more).",
            "‘garden’: 4 → 5: no clear change (under 3 points).",
            "Confidence in usual activities despite pain (0–10): 4 on 4 Oct 2026, 7 on 25 Oct 2026: better, a change that matters (2 points or more).",
        ]
    );
    assert_eq!(
        lines(&report, "Walking")[0],
        "Walked 270 minutes against weekly targets adding up to 258 minutes; the week's target was reached in 3 of 4 weeks."
    );
    let safety = lines(&report, "Safety questions");
    assert_eq!(safety.len(), 2);
    assert_eq!(safety[0], "1 Sep 2026: no to every question.");
    assert!(
        safety[1].starts_with("20 Oct 2026: yes to: "),
        "{}",
        safety[1]
    );
    assert!(safety[1].ends_with(" Cleared by a clinician, as the person confirmed on 22 Oct 2026."));
    let plan = lines(&report, "Current plan");
    assert!(plan[0].starts_with("As of 31 Oct 2026: "), "{}", plan[0]);
    assert_eq!(plan.len(), 3, "the status and two days");
    assert_eq!(lines(&report, "About this report"), [ABOUT]);
}

#[test]
fn text_and_html_carry_every_line() {
    let report = report(&backup(), day("2026-10-01"), day("2026-10-31"));
    let text = report.to_text();
    let html = report.to_html();
    for section in &report.sections {
        assert!(text.contains(section.heading));
        assert!(html.contains(&format!("<h2>{}</h2>", section.heading)));
        for line in &section.lines {
            assert!(text.contains(&format!("- {line}\n")));
        }
    }
    assert!(html.contains("@page { size: A4;"));
    assert!(!html.contains("<script"));
}

#[test]
fn an_empty_backup_still_makes_a_report() {
    let report = report(&AppData::default(), day("2026-10-31"), day("2026-10-01"));
    assert_eq!(
        report.title,
        "Durable report: 1 Oct 2026 to 31 Oct 2026 (31 days)"
    );
    assert_eq!(lines(&report, "Walking"), ["No walking track yet."]);
    assert_eq!(
        lines(&report, "Safety questions"),
        ["No safety questions answered."]
    );
}

#[test]
fn the_default_period_is_the_last_twelve_weeks() {
    assert_eq!(
        default_period(day("2026-11-30")),
        (day("2026-09-08"), day("2026-11-30"))
    );
}
