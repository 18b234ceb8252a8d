//! The limits of what a person can enter, in one place: the forms read a typed value through these
//! functions and `backup::validate` checks a file against the same numbers, so a value a form
//! accepts is one a backup accepts, and the other way round.

use super::units::{Mass, Unit};
use super::walking;

/// Highest value on every 0–10 rating scale (pain, stiffness, sleep quality, mood, PSFS…).
pub const SCALE_MAX: u8 = 10;
/// Largest reps, seconds or metres for one set (a 20-minute hold, a 2 km carry).
pub const MAX_SET_VALUE: u16 = 2_000;
/// Most sets of one exercise in one session that still make sense.
pub const MAX_SETS_PER_EXERCISE: usize = 50;
/// Heaviest load accepted, in grams (500 kg).
pub const MAX_LOAD_G: i64 = 500_000;
/// Most hours of sleep in one night.
pub const MAX_SLEEP_HOURS: f32 = 24.0;
/// Most minutes walked in one day (the walking track's own cap).
pub const MAX_WALK_MINUTES: u16 = walking::MAX_MINUTES_A_DAY;

/// A set's count as typed: a whole number from 1 to [`MAX_SET_VALUE`].
pub fn set_value(text: &str) -> Result<u16, String> {
    match text.trim().parse::<u16>() {
        Ok(value) if (1..=MAX_SET_VALUE).contains(&value) => Ok(value),
        _ => Err(format!("Enter a whole number from 1 to {MAX_SET_VALUE}.")),
    }
}

/// A set's load as typed in `unit` ("12", "12.5" or "12,5"): more than zero, at most [`MAX_LOAD_G`].
pub fn load_mass(text: &str, unit: Unit) -> Result<Mass, String> {
    let most = unit.show(Mass::from_kg(MAX_LOAD_G as f64 / 1000.0));
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite() && *value > 0.0)
        .map(|value| Mass::from_unit(value, unit))
        .filter(|mass| mass.grams() > 0 && mass.grams() <= MAX_LOAD_G)
        .ok_or_else(|| {
            format!(
                "Enter a weight in {} above 0 and up to {most}.",
                unit.label()
            )
        })
}

/// Reps in reserve as typed: a whole number from 0 to [`SCALE_MAX`]; empty is "not given".
pub fn reps_in_reserve(text: &str) -> Result<Option<u8>, String> {
    match text.trim() {
        "" => Ok(None),
        text => text
            .parse::<u8>()
            .ok()
            .filter(|rir| *rir <= SCALE_MAX)
            .map(Some)
            .ok_or_else(|| {
                format!("Reps in reserve should be a whole number from 0 to {SCALE_MAX}, or empty.")
            }),
    }
}

/// True when `hours` of sleep can be right.
pub fn sleep_hours_ok(hours: f32) -> bool {
    (0.0..=MAX_SLEEP_HOURS).contains(&hours)
}

/// Hours slept as typed ("7", "7.5" or "7,5"); empty is "not given".
pub fn sleep_hours(text: &str) -> Result<Option<f32>, String> {
    match text.trim().replace(',', ".") {
        text if text.is_empty() => Ok(None),
        text => text
            .parse::<f32>()
            .ok()
            .filter(|hours| sleep_hours_ok(*hours))
            .map(Some)
            .ok_or_else(|| format!("Hours slept should be a number from 0 to {MAX_SLEEP_HOURS}.")),
    }
}

/// True when `minutes` walked in a day can be right.
pub fn walk_minutes_ok(minutes: u16) -> bool {
    minutes <= MAX_WALK_MINUTES
}

/// Minutes walked as typed; empty is "not given".
pub fn walk_minutes(text: &str) -> Result<Option<u16>, String> {
    match text.trim() {
        "" => Ok(None),
        text => text
            .parse::<u16>()
            .ok()
            .filter(|minutes| walk_minutes_ok(*minutes))
            .map(Some)
            .ok_or_else(|| {
                format!("Minutes walked should be a whole number from 0 to {MAX_WALK_MINUTES}.")
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_are_read_within_the_limits_a_backup_checks() {
        assert_eq!(set_value(" 12 "), Ok(12));
        assert_eq!(set_value("2000"), Ok(MAX_SET_VALUE));
        for bad in ["0", "2001", "-1", "1.5", "", "ten"] {
            assert!(set_value(bad).unwrap_err().contains("1 to 2000"), "{bad}");
        }
        assert_eq!(sleep_hours(""), Ok(None));
        assert_eq!(sleep_hours("7,5"), Ok(Some(7.5)));
        assert!(
            sleep_hours("25").is_err() && sleep_hours("NaN").is_err() && sleep_hours("-1").is_err()
        );
        assert_eq!(walk_minutes(""), Ok(None));
        assert_eq!(walk_minutes("1440"), Ok(Some(1440)));
        assert!(walk_minutes("1441").unwrap_err().contains("0 to 1440"));
        assert!(walk_minutes("20.5").is_err());
        assert_eq!(load_mass(" 12,5 ", Unit::Kg), Ok(Mass::from_kg(12.5)));
        assert_eq!(load_mass("500", Unit::Kg), Ok(Mass::from_kg(500.0)));
        assert_eq!(load_mass("25", Unit::Lb), Ok(Mass::from_lb(25.0)));
        for bad in ["0", "-2", "500.5", "", "heavy", "NaN", "inf"] {
            assert!(
                load_mass(bad, Unit::Kg)
                    .unwrap_err()
                    .contains("up to 500 kg"),
                "{bad}"
            );
        }
        assert!(load_mass("1103", Unit::Lb).unwrap_err().contains("in lb"));
        assert_eq!(reps_in_reserve(""), Ok(None));
        assert_eq!(reps_in_reserve(" 2 "), Ok(Some(2)));
        assert_eq!(reps_in_reserve("10"), Ok(Some(SCALE_MAX)));
        for bad in ["11", "-1", "1.5", "two"] {
            assert!(
                reps_in_reserve(bad).unwrap_err().contains("0 to 10"),
                "{bad}"
            );
        }
    }
}
