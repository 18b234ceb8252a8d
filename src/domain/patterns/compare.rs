//! The statistics under a personal pattern: days split at the person's own middle value of one
//! measure, the other measure's mean on each side, their difference and a 95% interval (Welch).
//!
//! A difference counts as a pattern only with enough days ([`rules::PATTERN_MIN_DAYS`], at least
//! [`rules::INSIGHT_MIN_DAYS_PER_SIDE`] on each side), a difference of at least
//! [`rules::PATTERN_MIN_DIFFERENCE_POINTS`], and an interval that leaves out 0 (CLINICAL.md §8).

use crate::domain::rules;

/// One side of a split: how many days and the mean of the compared measure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Side {
    /// Days on this side.
    pub days: usize,
    /// Mean of the compared measure on these days.
    pub mean: f64,
}

/// Days split by one measure, the other compared across the split.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    /// Days where the splitting measure was higher.
    pub high: Side,
    /// Days where it was lower.
    pub low: Side,
    /// `high.mean - low.mean`.
    pub difference: f64,
    /// 95% interval of the difference, low end first.
    pub interval: (f64, f64),
    /// Whether it reads as a pattern: big enough and an interval without 0.
    pub clear: bool,
}

/// Why there is no comparison yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooFew {
    /// Days with both measures.
    pub days: usize,
    /// Days on the higher side of the best split.
    pub high_days: usize,
    /// Days on the lower side.
    pub low_days: usize,
}

/// Compares `y` across days split by `x` (pairs of one day each). The split is at the middle value
/// of `x`; ties go to whichever side gives the more even split.
pub fn compare(pairs: &[(f64, f64)]) -> Result<Comparison, TooFew> {
    let (high, low) = split(pairs);
    let too_few = TooFew {
        days: pairs.len(),
        high_days: high.len(),
        low_days: low.len(),
    };
    let needed = rules::INSIGHT_MIN_DAYS_PER_SIDE.max(2);
    if pairs.len() < rules::PATTERN_MIN_DAYS || high.len() < needed || low.len() < needed {
        return Err(too_few);
    }
    let (high_mean, high_var) = mean_and_variance(&high);
    let (low_mean, low_var) = mean_and_variance(&low);
    let (n_high, n_low) = (high.len() as f64, low.len() as f64);
    let difference = high_mean - low_mean;
    let (a, b) = (high_var / n_high, low_var / n_low);
    let standard_error = (a + b).sqrt();
    // Welch–Satterthwaite degrees of freedom; with no spread at all, the smaller side's.
    let df = if a + b > 0.0 {
        (a + b).powi(2) / (a.powi(2) / (n_high - 1.0) + b.powi(2) / (n_low - 1.0))
    } else {
        n_high.min(n_low) - 1.0
    };
    let half_width = t_quantile(df) * standard_error;
    let interval = (difference - half_width, difference + half_width);
    let excludes_zero = interval.0 > 0.0 || interval.1 < 0.0;
    Ok(Comparison {
        high: Side {
            days: high.len(),
            mean: high_mean,
        },
        low: Side {
            days: low.len(),
            mean: low_mean,
        },
        difference,
        interval,
        clear: excludes_zero && difference.abs() >= rules::PATTERN_MIN_DIFFERENCE_POINTS,
    })
}

/// The `y` values of the higher and lower sides of `x`.
fn split(pairs: &[(f64, f64)]) -> (Vec<f64>, Vec<f64>) {
    let mut xs: Vec<f64> = pairs.iter().map(|(x, _)| *x).collect();
    xs.sort_by(f64::total_cmp);
    let Some(middle) = xs.get(xs.len() / 2).copied() else {
        return (Vec::new(), Vec::new());
    };
    let side = |above: &dyn Fn(f64) -> bool| {
        let high: Vec<f64> = pairs
            .iter()
            .filter(|(x, _)| above(*x))
            .map(|p| p.1)
            .collect();
        let low: Vec<f64> = pairs
            .iter()
            .filter(|(x, _)| !above(*x))
            .map(|p| p.1)
            .collect();
        (high, low)
    };
    let strictly = side(&|x| x > middle);
    let or_equal = side(&|x| x >= middle);
    let smaller = |(high, low): &(Vec<f64>, Vec<f64>)| high.len().min(low.len());
    if smaller(&or_equal) > smaller(&strictly) {
        or_equal
    } else {
        strictly
    }
}

/// Mean and sample variance.
fn mean_and_variance(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
    (mean, variance)
}

/// Student's t quantile for a two-sided 95% interval with `df` degrees of freedom, from the normal
/// quantile by the Cornish–Fisher expansion (within 0.01 of the table from 5 degrees of freedom).
fn t_quantile(df: f64) -> f64 {
    let z = rules::PATTERN_INTERVAL_Z;
    let df = df.max(1.0);
    z + (z.powi(3) + z) / (4.0 * df)
        + (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / (96.0 * df.powi(2))
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
