//! Tests of the progress page's summary: weekly rows, outcome comparisons and their sentences.

use chrono::NaiveDate;

use super::*;
use crate::domain::checkin::PsfsItem;
use crate::domain::log::{ExerciseLog, Session, SetLog};
use crate::domain::program::Load;

/// A Thursday; its ISO week starts on Monday 23 Nov 2026.
const TODAY: &str = "2026-11-26";

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

fn today() -> NaiveDate {
    day(TODAY)
}

/// The day `back` days before today.
fn days_ago(back: u64) -> NaiveDate {
    today() - Days::new(back)
}

fn checkin(date: NaiveDate, pain: Option<u8>, walk_minutes: Option<u16>) -> CheckIn {
    CheckIn {
        date,
        pain,
        walk_minutes,
        ..CheckIn::default()
    }
}

fn outcome(date: &str, items: &[(&str, u8)], confidence: Option<u8>) -> Outcome {
    Outcome {
        date: day(date),
        usual_pain: None,
        psfs: items
            .iter()
            .map(|(activity, score)| PsfsItem {
                activity: activity.to_string(),
                score: *score,
            })
            .collect(),
        confidence,
    }
}

/// A set as (reps, reps in reserve).
type Done = (u16, Option<u8>);

/// A finished session on `date` with each exercise's sets.
fn session(date: &str, exercises: &[(&str, &[Done])]) -> Session {
    Session {
        id: format!("{date}-0"),
        started: day(date).and_hms_opt(9, 0, 0).expect("a valid time"),
        day: 0,
        exercises: exercises
            .iter()
            .enumerate()
            .map(|(slot, (exercise, sets))| ExerciseLog {
                slot,
                exercise: exercise.to_string(),
                sets: sets
                    .iter()
                    .map(|(value, rir)| SetLog {
                        value: *value,
                        load: Load::Bodyweight,
                        rir: *rir,
                    })
                    .collect(),
                pain_during: None,
                user_adjusted: false,
                today_only: false,
                implement: None,
                range: None,
                tempo: None,
            })
            .collect(),
        pain_during: None,
        pain_after: None,
        notes: String::new(),
        finished: true,
    }
}

fn with_checkins(checkins: Vec<CheckIn>) -> AppData {
    AppData {
        checkins,
        ..AppData::default()
    }
}

fn with_outcomes(outcomes: Vec<Outcome>) -> AppData {
    AppData {
        outcomes,
        ..AppData::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Weekly rows
// ---------------------------------------------------------------------------------------------

#[test]
fn the_weeks_run_oldest_first_and_end_with_this_week() {
    let weeks = summary(&AppData::default(), today()).weeks;
    assert_eq!(weeks.len(), rules::PROGRESS_CHART_WEEKS);
    assert_eq!(weeks[0].monday, day("2026-09-07"));
    assert_eq!(weeks[11].monday, day("2026-11-23"));
    assert_eq!(
        weeks[11].week,
        Week {
            year: 2026,
            week: 48
        }
    );
    assert!(weeks
        .windows(2)
        .all(|pair| pair[1].monday - pair[0].monday == chrono::Duration::days(7)));
}

#[test]
fn weekly_pain_counts_its_days_and_leaves_gaps_for_weeks_without_check_ins() {
    let data = with_checkins(vec![
        checkin(day("2026-11-16"), Some(4), None),
        checkin(day("2026-11-17"), Some(6), None),
        checkin(day("2026-11-18"), None, Some(20)),
        checkin(day("2026-11-24"), Some(3), None),
        checkin(day("2026-11-27"), Some(9), None),
    ]);
    let weeks = summary(&data, today()).weeks;
    assert_eq!(weeks[10].pain, Some(PainAverage { mean: 5.0, days: 2 }));
    assert_eq!(
        weeks[11].pain,
        Some(PainAverage { mean: 3.0, days: 1 }),
        "tomorrow's check-in is left out"
    );
    assert_eq!(weeks[9].pain, None, "a week without check-ins is a gap");
}

#[test]
fn hard_sets_are_counted_per_week_and_per_pattern() {
    let data = AppData {
        sessions: vec![
            session(
                "2026-11-17",
                &[
                    ("goblet-squat", &[(10, Some(2)), (10, None), (10, Some(6))]),
                    ("glute-bridge", &[(12, Some(3)), (0, Some(1))]),
                ],
            ),
            session("2026-11-19", &[("glute-bridge", &[(12, Some(2))])]),
            session("2026-08-03", &[("glute-bridge", &[(12, Some(2))])]),
        ],
        ..AppData::default()
    };
    let summary = summary(&data, today());
    let week = &summary.weeks[10];
    assert_eq!(
        week.hard_sets, 4,
        "an easy set and an empty set do not count"
    );
    assert_eq!(
        week.by_pattern,
        vec![(Pattern::Hinge, 2), (Pattern::Squat, 2)]
    );
    assert_eq!(summary.weeks[11].hard_sets, 0);
    assert_eq!(
        summary.training_sentence,
        "In the last 12 weeks: 2 sessions and 4 hard sets."
    );
    assert_eq!(summary.counts.sessions_done, 3);
}

#[test]
fn walking_adds_up_minutes_and_days_that_reach_a_goal_walk() {
    let data = with_checkins(vec![
        checkin(day("2026-11-16"), None, Some(30)),
        checkin(day("2026-11-17"), Some(3), Some(20)),
        checkin(day("2026-11-18"), Some(3), Some(45)),
        checkin(day("2026-11-23"), Some(2), Some(10)),
    ]);
    let summary = summary(&data, today());
    let last_week = &summary.weeks[10];
    assert_eq!(
        (
            last_week.walk_minutes,
            last_week.walk_days,
            last_week.goal_walk_days
        ),
        (95, 3, 2)
    );
    assert_eq!(summary.walk_goal_minutes, 150);
    assert_eq!(
        summary.walking_sentence,
        "Last week: 95 minutes of walking, with 2 days of 30 minutes or more. This week so far: 10 \
         minutes of walking, with 0 days of 30 minutes or more. The goal to build up to is 5 walks \
         a week of 30 minutes or more."
    );
}

#[test]
fn no_training_and_no_walking_say_so() {
    let summary = summary(&AppData::default(), today());
    assert_eq!(
        summary.training_sentence,
        "No training logged in the last 12 weeks."
    );
    assert!(summary
        .walking_sentence
        .starts_with("No walking recorded in these weeks yet."));
}

// ---------------------------------------------------------------------------------------------
// Too little data
// ---------------------------------------------------------------------------------------------

#[test]
fn the_charts_wait_for_two_weeks_of_check_ins() {
    let none = summary(&AppData::default(), today());
    assert_eq!(
        none.waiting.as_deref(),
        Some(
            "Your charts appear once your morning check-ins cover 2 weeks: your pain week by week \
             next to your training and walking. You have no morning check-ins with a pain rating yet."
        )
    );
    let one_week = with_checkins(vec![
        checkin(day("2026-11-23"), Some(4), None),
        checkin(day("2026-11-24"), Some(4), None),
    ]);
    let one_week = summary(&one_week, today());
    assert_eq!(one_week.checkin_weeks, 1);
    assert!(one_week
        .waiting
        .as_deref()
        .is_some_and(|text| text.ends_with("So far they cover 1 week (2 check-ins).")));
    let two_weeks = with_checkins(vec![
        checkin(day("2026-11-20"), Some(4), None),
        checkin(day("2026-11-24"), Some(4), None),
    ]);
    let two_weeks = summary(&two_weeks, today());
    assert_eq!(two_weeks.checkin_weeks, 2);
    assert_eq!(two_weeks.waiting, None);
}

// ---------------------------------------------------------------------------------------------
// PSFS
// ---------------------------------------------------------------------------------------------

/// The PSFS sentences for `outcomes`: the mean's first, then each activity's.
fn check(outcomes: Vec<Outcome>, expected: &[&str]) {
    let psfs = summary(&with_outcomes(outcomes), today())
        .psfs
        .expect("outcomes with activities");
    let mut sentences = vec![psfs.sentence.clone()];
    sentences.extend(psfs.activities.iter().map(|item| item.sentence.clone()));
    assert_eq!(sentences, expected);
}

#[test]
fn psfs_sentences_judge_the_mean_by_two_points_and_an_activity_by_three() {
    // A rise of 4 on one activity and 1 on the other: the mean rises 2.5.
    check(
        vec![
            outcome("2026-09-01", &[("carry the shopping", 3), ("sit through a film", 5)], None),
            outcome("2026-10-01", &[("carry the shopping", 5), ("sit through a film", 5)], None),
            outcome("2026-11-20", &[("Carry the shopping ", 7), ("sit through a film", 6)], None),
        ],
        &[
            "Since 1 Sep 2026, the average of your activity scores went from 4 to 6.5: a change that matters.",
            "Your ‘Carry the shopping’ score went from 3 to 7: a change that matters.",
            "Your ‘sit through a film’ score went from 5 to 6: no clear change yet.",
        ],
    );
    // Small moves either way are no clear change; an unchanged score says "still".
    check(
        vec![
            outcome("2026-09-01", &[("garden", 4), ("walk the dog", 6)], None),
            outcome("2026-11-20", &[("garden", 6), ("walk the dog", 6)], None),
        ],
        &[
            "Since 1 Sep 2026, the average of your activity scores went from 5 to 6: no clear change yet.",
            "Your ‘garden’ score went from 4 to 6: no clear change yet.",
            "Your ‘walk the dog’ score is still 6: no clear change yet.",
        ],
    );
    // A drop that matters is named calmly, with what the plan does.
    check(
        vec![
            outcome("2026-09-01", &[("garden", 8)], None),
            outcome("2026-11-20", &[("garden", 4)], None),
        ],
        &[
            "Since 1 Sep 2026, the average of your activity scores went from 8 to 4: lower than at \
             the start. Scores can dip during a flare or a hard week, and the plan eases off while \
             pain is up.",
            "Your ‘garden’ score went from 8 to 4: lower than at the start. Scores can dip during a \
             flare or a hard week, and the plan eases off while pain is up.",
        ],
    );
}

#[test]
fn psfs_with_one_outcome_or_a_new_activity_waits_for_the_next_check() {
    check(
        vec![outcome("2026-11-20", &[("garden", 4)], None)],
        &[
            "You scored your activities once so far, on 20 Nov 2026. Each weekly check shows how they change.",
            "Your ‘garden’ score is 4 so far; the next weekly checks show how it changes.",
        ],
    );
    // An activity added later is compared with its own first score, not the first outcome's.
    let outcomes = vec![
        outcome("2026-09-01", &[("garden", 4)], None),
        outcome("2026-10-01", &[("garden", 5), ("lift a child", 2)], None),
        outcome("2026-11-20", &[("garden", 5), ("lift a child", 6)], None),
        outcome("2026-11-27", &[("garden", 0)], None),
    ];
    let psfs = summary(&with_outcomes(outcomes), today())
        .psfs
        .expect("outcomes with activities");
    assert_eq!(
        psfs.latest_date,
        day("2026-11-20"),
        "tomorrow's outcome is left out"
    );
    let child = &psfs.activities[1];
    assert_eq!(
        (child.first, child.first_date, child.latest, child.change),
        (2, day("2026-10-01"), 6, Change::Better)
    );
    assert_eq!(
        psfs.mean_change,
        Change::NoClearChange,
        "4 to 5.5 is under 2 points"
    );
}

#[test]
fn outcomes_without_activities_give_no_psfs() {
    let data = with_outcomes(vec![outcome("2026-11-20", &[], Some(5))]);
    assert_eq!(summary(&data, today()).psfs, None);
}

// ---------------------------------------------------------------------------------------------
// Morning pain, first days against the latest
// ---------------------------------------------------------------------------------------------

/// Check-ins rated `first` every day for 14 days from `start_back` days ago, and `recent` every
/// day of the last 14, skipping days in `skip_recent`.
fn pain_history(start_back: u64, first: u8, recent: u8, skip_recent: usize) -> AppData {
    let mut checkins: Vec<CheckIn> = (0..14)
        .map(|offset| checkin(days_ago(start_back - offset), Some(first), None))
        .collect();
    checkins.extend(
        (0..14u64)
            .rev()
            .skip(skip_recent)
            .map(|back| checkin(days_ago(back), Some(recent), None)),
    );
    with_checkins(checkins)
}

#[test]
fn morning_pain_compares_the_first_fourteen_days_with_the_latest() {
    let cases: [(AppData, Option<Change>, &str); 5] = [
        (
            pain_history(60, 6, 3, 0),
            Some(Change::Better),
            "Morning pain averaged 6 over your first 14 days of check-ins (14 days rated) and 3 over \
             the latest 14 (14 days rated): a change that matters.",
        ),
        (
            pain_history(60, 3, 2, 0),
            Some(Change::Better),
            "Morning pain averaged 3 over your first 14 days of check-ins (14 days rated) and 2 over \
             the latest 14 (14 days rated): a change that matters.",
        ),
        (
            pain_history(60, 5, 4, 5),
            Some(Change::NoClearChange),
            "Morning pain averaged 5 over your first 14 days of check-ins (14 days rated) and 4 over \
             the latest 14 (9 days rated): no clear change yet.",
        ),
        (
            pain_history(60, 2, 5, 0),
            Some(Change::Worse),
            "Morning pain averaged 2 over your first 14 days of check-ins (14 days rated) and 5 over \
             the latest 14 (14 days rated): higher than at the start. Pain goes up and down, and the \
             plan eases off while it is up; if it stays higher, a clinician can help you look at why.",
        ),
        (
            pain_history(60, 5, 3, 8),
            None,
            "Morning pain is compared once your first 14 days of check-ins and your latest 14 each \
             have at least 7 days rated. So far: 14 days and 6 days.",
        ),
    ];
    for (data, change, sentence) in cases {
        let pain = summary(&data, today()).pain;
        assert_eq!((pain.change, pain.sentence.as_str()), (change, sentence));
    }
}

#[test]
fn morning_pain_waits_until_the_two_windows_do_not_overlap() {
    let data = with_checkins(vec![checkin(days_ago(20), Some(5), None)]);
    let pain = summary(&data, today()).pain;
    assert_eq!(pain.change, None);
    // First day 6 Nov: its window ends 19 Nov, so the latest 14 days must start on 20 Nov.
    assert_eq!(
        pain.sentence,
        "From 3 Dec 2026, your first 14 days of check-ins can be compared with your latest 14."
    );
    assert_eq!(
        summary(&AppData::default(), today()).pain.sentence,
        "Morning pain: no check-ins with a pain rating yet."
    );
}

// ---------------------------------------------------------------------------------------------
// Confidence and counts
// ---------------------------------------------------------------------------------------------

#[test]
fn confidence_counts_two_points_as_a_change_that_matters() {
    let cases = [
        (
            vec![Some(4), None, Some(7)],
            Change::Better,
            "Your confidence in doing your usual activities despite the pain went from 4 to 7 out of \
             10: a change that matters.",
        ),
        (
            vec![Some(4), Some(5)],
            Change::NoClearChange,
            "Your confidence in doing your usual activities despite the pain went from 4 to 5 out of \
             10: no clear change yet.",
        ),
        (
            vec![Some(6), Some(6)],
            Change::NoClearChange,
            "Your confidence in doing your usual activities despite the pain is still 6 out of 10: no \
             clear change yet.",
        ),
        (
            vec![Some(7), Some(5)],
            Change::Worse,
            "Your confidence in doing your usual activities despite the pain went from 7 to 5 out of \
             10. Confidence can dip after a flare or a hard week; the next weekly checks show where \
             it settles.",
        ),
        (
            vec![None, Some(5)],
            Change::NoClearChange,
            "Your confidence in doing your usual activities despite the pain is 5 out of 10 so far; \
             the next weekly checks show how it changes.",
        ),
    ];
    for (ratings, change, sentence) in cases {
        let outcomes = ratings
            .iter()
            .enumerate()
            .map(|(week, rating)| outcome(&format!("2026-10-{:02}", 1 + 7 * week), &[], *rating))
            .collect();
        let confidence = summary(&with_outcomes(outcomes), today())
            .confidence
            .expect("a rated outcome");
        assert_eq!(
            (confidence.change, confidence.sentence.as_str()),
            (change, sentence)
        );
    }
    assert_eq!(summary(&AppData::default(), today()).confidence, None);
}

#[test]
fn counts_cover_the_whole_history_up_to_today() {
    let mut unfinished = session("2026-11-24", &[("glute-bridge", &[(12, None)])]);
    unfinished.finished = false;
    let data = AppData {
        sessions: vec![session("2025-01-06", &[]), unfinished],
        checkins: vec![
            checkin(day("2025-01-06"), Some(4), None),
            checkin(day("2026-11-25"), None, Some(30)),
            checkin(day("2026-11-30"), Some(4), None),
        ],
        outcomes: vec![outcome("2026-11-20", &[], Some(4))],
        ..AppData::default()
    };
    assert_eq!(
        summary(&data, today()).counts,
        Counts {
            sessions_done: 1,
            checkins: 2,
            pain_days: 1,
            outcomes: 1,
        }
    );
}
