//! "If everything goes green": the engine run forward on a plan for a few weeks, each session done
//! in full at the top of its range and the reps in reserve it asks for, with no pain, and every
//! morning settled. Nothing is stored: it runs on a copy of the data and returns sentences.

use chrono::{Duration, NaiveDate, NaiveTime};

use crate::domain::checkin::CheckIn;
use crate::domain::data::AppData;
use crate::domain::engine::{self, Status};
use crate::domain::equipment::Preset;
use crate::domain::log::{ExerciseLog, Session, SetLog};
use crate::domain::profile::{Experience, Profile, ScreenRecord, Theme};
use crate::domain::program::Program;
use crate::domain::schedule;
use crate::domain::units::Unit;

/// Weeks the Program page previews.
pub const WEEKS: u32 = 4;
/// Most weeks `durable plan preview` runs forward.
pub const MAX_WEEKS: u32 = 26;
/// Days into each week the sessions fall on, by sessions a week (Monday, Wednesday, Friday…).
const SESSION_OFFSETS: [&[i64]; 8] = [
    &[],
    &[0],
    &[0, 3],
    &[0, 2, 4],
    &[0, 1, 3, 4],
    &[0, 1, 2, 3, 4],
    &[0, 1, 2, 3, 4, 5],
    &[0, 1, 2, 3, 4, 5, 6],
];

/// One session of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionPreview {
    /// The date it would fall on.
    pub date: NaiveDate,
    /// The day's name.
    pub day: String,
    /// One line per exercise: "Goblet squat: 2 × 12–15 reps, 8 kg".
    pub lines: Vec<String>,
}

/// One week of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekPreview {
    /// The week, from 1.
    pub week: u32,
    /// Its sessions in order.
    pub sessions: Vec<SessionPreview>,
}

/// The person the preview trains: their own profile when there is one (with the safety questions
/// taken as answered clear today, since the preview assumes all goes well), else someone with a
/// well-equipped gym.
fn trainee(profile: Option<&Profile>, today: NaiveDate) -> Profile {
    let mut trainee = profile.cloned().unwrap_or_else(|| Profile {
        unit: Unit::Kg,
        inventory: Preset::CommercialGym.inventory(),
        days_per_week: 3,
        minutes_per_session: 45,
        experience: Experience::Some,
        baseline_pain: 3,
        bodyweight: None,
        goals: Vec::new(),
        walk_minutes_per_week: None,
        screens: Vec::new(),
        created: today,
        theme: Theme::default(),
    });
    trainee.screens = vec![ScreenRecord {
        date: today,
        yes: Vec::new(),
        cleared: None,
    }];
    trainee
}

/// The sessions of the next `weeks` weeks from `today` if everything goes green, with the
/// person's equipment and units (or a well-equipped gym in kilograms without a profile).
pub fn preview(
    program: &Program,
    profile: Option<&Profile>,
    today: NaiveDate,
    weeks: u32,
) -> Vec<WeekPreview> {
    let trainee = trainee(profile, today);
    let unit = trainee.unit;
    let per_week = usize::from(trainee.days_per_week)
        .clamp(1, SESSION_OFFSETS.len() - 1)
        .min(program.days.len().max(1));
    let mut data = AppData {
        profile: Some(trainee),
        program: Some(Program {
            start: today,
            ..program.clone()
        }),
        ..AppData::default()
    };
    let mut result = Vec::new();
    for week in 0..weeks.min(MAX_WEEKS) {
        let mut sessions = Vec::new();
        for offset in SESSION_OFFSETS[per_week] {
            let date = today + Duration::days(i64::from(week) * 7 + offset);
            let Some(program) = data.program.as_ref() else {
                break;
            };
            let Some(day) = schedule::next_day(program, &data.sessions) else {
                break;
            };
            let plan = engine::prescribe(&data, date);
            if plan.status == Status::Blocked {
                return result;
            }
            let Some(prescribed) = plan.days.get(day) else {
                break;
            };
            sessions.push(SessionPreview {
                date,
                day: prescribed.name.clone(),
                lines: prescribed
                    .slots
                    .iter()
                    .map(|slot| slot.line(unit))
                    .collect(),
            });
            let exercises = prescribed
                .slots
                .iter()
                .map(|slot| ExerciseLog {
                    sets: (0..slot.sets)
                        .map(|_| SetLog {
                            value: slot.high,
                            load: slot.load.clone(),
                            rir: Some(slot.target_rir),
                        })
                        .collect(),
                    pain_during: Some(0),
                    ..slot.empty_log()
                })
                .collect();
            let started = date.and_time(NaiveTime::MIN + Duration::hours(18));
            data.sessions.push(Session {
                id: format!("preview-{date}"),
                started,
                day,
                exercises,
                pain_during: Some(0),
                pain_after: Some(0),
                notes: String::new(),
                finished: true,
            });
            data.checkins
                .push(settled_morning(date + Duration::days(1)));
        }
        result.push(WeekPreview {
            week: week + 1,
            sessions,
        });
    }
    result
}

/// A check-in of a settled morning: no pain, no stiffness.
fn settled_morning(date: NaiveDate) -> CheckIn {
    CheckIn {
        date,
        pain: Some(0),
        stiffness: Some(0),
        sleep_hours: None,
        sleep_quality: None,
        stress: None,
        mood: None,
        walk_minutes: None,
        new_leg_symptoms: false,
        flare: false,
        choice: None,
    }
}

/// The preview as plain text, a week to a paragraph (for the command line).
pub fn text(weeks: &[WeekPreview]) -> String {
    let mut out = String::new();
    for week in weeks {
        out.push_str(&format!("Week {}\n", week.week));
        for session in &week.sessions {
            out.push_str(&format!(
                "  {} — {}\n",
                session.date.format("%a %-d %b"),
                session.day
            ));
            for line in &session.lines {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    out
}
