//! Where an axis gets its labels: a few round values, so labels never crowd or overlap.

/// Ticks on the day axis: 0 and every `step` days after it, `step` the smallest of 1, 2, 5,
/// 10 days that gives at most 7 steps. For a 30-day month: 0, 5, … 30.
pub fn day_ticks(days: u32) -> Vec<u32> {
    let step = [1, 2, 5, 10]
        .into_iter()
        .find(|s| days / s <= 7)
        .unwrap_or(10);
    (0..=days).step_by(step as usize).collect()
}

/// Ticks on a value axis from 0 to `top`: multiples of the smallest 1, 2 or 5 × 10ⁿ that
/// gives at most 6 steps, so the labels are round numbers.
pub fn value_ticks(top: u128) -> Vec<u128> {
    let mut power = 1u128;
    let step = loop {
        if let Some(s) = [1, 2, 5].iter().map(|m| m * power).find(|s| top / s <= 6) {
            break s;
        }
        match power.checked_mul(10) {
            Some(p) => power = p,
            None => break u128::MAX,
        }
    };
    (0..=top / step).map(|i| i * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_ticks_are_round_and_few() {
        assert_eq!(day_ticks(30), vec![0, 5, 10, 15, 20, 25, 30]);
        assert_eq!(day_ticks(28), vec![0, 5, 10, 15, 20, 25]);
        assert_eq!(day_ticks(7), vec![0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(day_ticks(0), vec![0]);
    }

    #[test]
    fn value_ticks_are_round_and_few() {
        assert_eq!(
            value_ticks(10_500),
            vec![0, 2_000, 4_000, 6_000, 8_000, 10_000]
        );
        assert_eq!(value_ticks(105), vec![0, 20, 40, 60, 80, 100]);
        assert_eq!(value_ticks(6), vec![0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(value_ticks(0), vec![0]);
        let huge = value_ticks(u128::MAX);
        assert!(huge.len() <= 7 && huge[0] == 0);
    }
}
