//! Personal patterns, not proof (CLINICAL.md §8): four pre-set questions, each comparing the
//! person's own days in time order (sleep → next-day pain; stress and mood → same-day pain; a
//! training day → next-morning pain), with the day counts, the reverse direction, and words that
//! suggest something to try, never something to avoid.

pub mod compare;

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use self::compare::{Comparison, TooFew};
use super::checkin::CheckIn;
use super::data::AppData;
use super::rules;

/// The pre-set questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// Sleep quality of the night → pain on waking after it.
    Sleep,
    /// Stress → same-day pain.
    Stress,
    /// Mood → same-day pain.
    Mood,
    /// A training day → pain the next morning.
    Training,
}

impl Question {
    /// All questions, in the order they are shown.
    pub const ALL: [Question; 4] = [
        Question::Sleep,
        Question::Stress,
        Question::Mood,
        Question::Training,
    ];

    /// The card's title.
    pub fn title(self) -> &'static str {
        match self {
            Question::Sleep => "Sleep and the next morning's pain",
            Question::Stress => "Stress and pain on the same day",
            Question::Mood => "Mood and pain on the same day",
            Question::Training => "Training and the next morning's pain",
        }
    }
}

/// One question's card.
#[derive(Clone, Debug, PartialEq)]
pub struct PatternCard {
    /// The question.
    pub question: Question,
    /// The comparison in the question's direction, once there are enough days.
    pub forward: Result<Comparison, TooFew>,
    /// The reverse direction, once there are enough days.
    pub reverse: Result<Comparison, TooFew>,
    /// What the days show, with the day counts.
    pub sentence: String,
    /// The reverse direction in words (empty until there are enough days).
    pub reverse_sentence: String,
    /// Something to try, when the pattern is clear (empty otherwise).
    pub to_try: String,
}

impl PatternCard {
    /// Whether the card has enough days to show (CLINICAL.md §8).
    pub fn ready(&self) -> bool {
        self.forward.is_ok()
    }
}

/// The four cards for `data` as of `today`, over the last [`rules::PATTERN_WINDOW_DAYS`] days.
pub fn cards(data: &AppData, today: NaiveDate) -> Vec<PatternCard> {
    let from = today
        .checked_sub_days(Days::new(rules::PATTERN_WINDOW_DAYS as u64 - 1))
        .unwrap_or(NaiveDate::MIN);
    let mut days: BTreeMap<NaiveDate, &CheckIn> = BTreeMap::new();
    for checkin in data
        .checkins
        .iter()
        .filter(|checkin| checkin.date >= from && checkin.date <= today)
    {
        days.insert(checkin.date, checkin);
    }
    let trained: Vec<NaiveDate> = data
        .sessions
        .iter()
        .filter(|session| session.finished)
        .map(|session| session.started.date())
        .collect();
    let trained_on = |day: NaiveDate| f64::from(u8::from(trained.contains(&day)));
    let value = |day: NaiveDate, read: fn(&CheckIn) -> Option<u8>| {
        days.get(&day)
            .and_then(|checkin| read(checkin))
            .map(f64::from)
    };
    let pain = |checkin: &CheckIn| checkin.pain;
    let next = |day: NaiveDate| day.succ_opt().unwrap_or(day);
    let previous = |day: NaiveDate| day.pred_opt().unwrap_or(day);
    let dates: Vec<NaiveDate> = days.keys().copied().collect();
    let pairs = |x: &dyn Fn(NaiveDate) -> Option<f64>, y: &dyn Fn(NaiveDate) -> Option<f64>| {
        dates
            .iter()
            .filter_map(|day| Some((x(*day)?, y(*day)?)))
            .collect::<Vec<(f64, f64)>>()
    };

    Question::ALL
        .into_iter()
        .map(|question| {
            let (forward, reverse) = match question {
                Question::Sleep => (
                    pairs(&|d| value(d, |c| c.sleep_quality), &|d| value(d, pain)),
                    // A painful day, then the night after it (told the next morning).
                    pairs(&|d| value(previous(d), pain), &|d| {
                        value(d, |c| c.sleep_quality)
                    }),
                ),
                Question::Stress => (
                    pairs(&|d| value(d, |c| c.stress), &|d| value(d, pain)),
                    pairs(&|d| value(d, pain), &|d| value(d, |c| c.stress)),
                ),
                Question::Mood => (
                    pairs(&|d| value(d, |c| c.mood), &|d| value(d, pain)),
                    pairs(&|d| value(d, pain), &|d| value(d, |c| c.mood)),
                ),
                Question::Training => (
                    pairs(&|d| Some(trained_on(d)), &|d| value(next(d), pain)),
                    pairs(&|d| value(d, pain), &|d| Some(trained_on(d))),
                ),
            };
            card(
                question,
                compare::compare(&forward),
                compare::compare(&reverse),
            )
        })
        .collect()
}

/// A card's words from its comparisons.
fn card(
    question: Question,
    forward: Result<Comparison, TooFew>,
    reverse: Result<Comparison, TooFew>,
) -> PatternCard {
    let (sentence, to_try) = match &forward {
        Err(too_few) => (waiting(too_few), String::new()),
        Ok(found) => forward_words(question, found),
    };
    let reverse_sentence = match (&forward, &reverse) {
        (Ok(_), Ok(back)) => reverse_words(question, back),
        _ => String::new(),
    };
    PatternCard {
        question,
        forward,
        reverse,
        sentence,
        reverse_sentence,
        to_try,
    }
}

/// Too few days yet: what is needed and what there is.
fn waiting(too_few: &TooFew) -> String {
    format!(
        "Shown once there are {} days with both answers and at least {} on each side. So far: {} \
         days ({} and {}).",
        rules::PATTERN_MIN_DAYS,
        rules::INSIGHT_MIN_DAYS_PER_SIDE,
        too_few.days,
        too_few.high_days,
        too_few.low_days
    )
}

/// The question's finding and, when clear, something to try.
fn forward_words(question: Question, found: &Comparison) -> (String, String) {
    // (the worse side's description, the better side's, whether "worse" is the high side)
    let (worse, better, worse_is_high) = match question {
        Question::Sleep => (
            "after a poorer night's sleep",
            "after a better night",
            false,
        ),
        Question::Stress => ("on more stressful days", "on calmer days", true),
        Question::Mood => ("on days your mood was lower", "on brighter days", false),
        Question::Training => (
            "the morning after a training day",
            "after a day without training",
            true,
        ),
    };
    let (worse_side, better_side) = if worse_is_high {
        (found.high, found.low)
    } else {
        (found.low, found.high)
    };
    let shown = format!(
        "Morning pain averaged {} {worse} ({}) and {} {better} ({}).",
        one_decimal(worse_side.mean),
        days(worse_side.days),
        one_decimal(better_side.mean),
        days(better_side.days)
    );
    let gap = worse_side.mean - better_side.mean;
    if !found.clear {
        let calm = if question == Question::Training {
            " Training does not seem to be what raises your pain."
        } else {
            ""
        };
        return (
            format!("{shown} No clear pattern yet.{calm}"),
            String::new(),
        );
    }
    if gap < 0.0 {
        // The "better" side hurt more: say it plainly, nothing to change.
        return (
            format!(
                "{shown} A pattern, not proof of cause: here your pain was lower {worse}, about {} \
                 points.",
                one_decimal(-gap)
            ),
            String::new(),
        );
    }
    let sentence = format!(
        "{shown} A pattern, not proof of cause: about {} points more {worse}.",
        one_decimal(gap)
    );
    let to_try = match question {
        Question::Sleep => {
            "Something to try: a wind-down routine before bed, like a warm shower, dim lights and a \
             regular bedtime, and see whether your mornings follow."
        }
        Question::Stress => {
            "Something to try on a stressful day: a few minutes of slow breathing or a short walk. \
             Training on a stressful day is fine, and often helps."
        }
        Question::Mood => {
            "Something to try on a low day: a short walk outside, or time with someone you like. \
             Your session still counts on a low day."
        }
        Question::Training => {
            "Something to try: keep training at the plan's dose. The plan already eases off when \
             your mornings are up, and pain after exercise usually settles as you get stronger."
        }
    };
    (sentence, to_try.to_string())
}

/// The reverse direction in words.
fn reverse_words(question: Question, back: &Comparison) -> String {
    let verdict = if back.clear {
        "a pattern, not proof of cause"
    } else {
        "no clear pattern"
    };
    let (more, less) = (back.high, back.low);
    let (lead, measure) = match question {
        Question::Sleep => ("after days", "the next night's sleep was rated"),
        Question::Stress => ("on days", "stress was rated"),
        Question::Mood => ("on days", "mood was rated"),
        Question::Training => {
            return format!(
                "The other way round: on mornings with more pain you trained on {}% of the days \
                 ({}), and on mornings with less pain on {}% ({}): {verdict}.",
                percent(more.mean),
                days(more.days),
                percent(less.mean),
                days(less.days)
            );
        }
    };
    format!(
        "The other way round: {lead} with more pain ({}), {measure} {} on average; with less \
         pain ({}), {}: {verdict}.",
        days(more.days),
        one_decimal(more.mean),
        days(less.days),
        one_decimal(less.mean)
    )
}

/// "1 day", "12 days".
fn days(count: usize) -> String {
    if count == 1 {
        "1 day".to_string()
    } else {
        format!("{count} days")
    }
}

/// A mean with one decimal.
fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}

/// A share of days (0–1) as a whole percentage.
fn percent(share: f64) -> u32 {
    (share * 100.0).round().clamp(0.0, 100.0) as u32
}

#[cfg(test)]
#[path = "patterns_tests.rs"]
mod tests;
