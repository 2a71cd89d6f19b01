//! The what-if slider range for each input: wide enough for the plan at hand, with a step
//! fine enough to drag smoothly. Pure, so it is tested natively.

use crate::engine::{Decimal, NumericInput, Unit};

/// A slider's bounds and step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliderRange {
    pub min: Decimal,
    pub max: Decimal,
    pub step: Decimal,
}

/// Steps a money or percent slider has between 0 and its top.
const STEPS: u128 = 200;

/// The range for `input` that covers `value` with room to go further: the input's usual range,
/// widened to the next round number (1, 2 or 5 × 10ⁿ) at or above 1.5 × `value`, so the thumb
/// never starts at the end (a slider let go at an end refits its range the same way).
pub fn slider_range(input: NumericInput, value: Decimal) -> SliderRange {
    let room = Decimal::from_hundredths(value.hundredths() / 2 * 3);
    let max = match input.unit() {
        Unit::Money => round_up(room.max(usual_max(input))).min(input.max()),
        Unit::Percent | Unit::Months => input.max(),
    };
    let step = match input.unit() {
        Unit::Months => Decimal::whole(1),
        _ => Decimal::from_hundredths((max.hundredths() / STEPS).max(1)),
    };
    // A positive-only input starts one step up. The browser steps from the minimum, so every
    // position is a multiple of the step; a smaller typed value shows at the minimum and the
    // first key press lands on the grid.
    // A percentage starts at 1 % or the first step above it: below that the field warns of a
    // spreadsheet fraction, which a slider should not produce.
    let min = match (input.must_be_positive(), input.unit()) {
        (true, Unit::Percent) => {
            let steps = 100u128.div_ceil(step.hundredths());
            Decimal::from_hundredths(steps * step.hundredths())
        }
        (true, _) => step,
        (false, _) => Decimal::ZERO,
    };
    SliderRange { min, max, step }
}

fn usual_max(input: NumericInput) -> Decimal {
    match input {
        NumericInput::MonthlyGoal => Decimal::whole(20_000),
        NumericInput::DealSize => Decimal::whole(1_000),
        _ => input.max(),
    }
}

/// The smallest 1, 2 or 5 × 10ⁿ (in whole units) not below `value`.
fn round_up(value: Decimal) -> Decimal {
    let mut power = 1u128;
    loop {
        for m in [1, 2, 5] {
            let candidate = Decimal::whole(m * power);
            if candidate >= value {
                return candidate;
            }
        }
        power *= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(input: NumericInput, whole: u128) -> (u128, u128, u128) {
        let r = slider_range(input, Decimal::whole(whole));
        (r.min.whole_part(), r.max.whole_part(), r.step.hundredths())
    }

    #[test]
    fn usual_ranges_fit_the_worked_example() {
        assert_eq!(range(NumericInput::MonthlyGoal, 5_000), (0, 20_000, 10_000));
        assert_eq!(
            range(NumericInput::MonthlyGoal, 13_333),
            (0, 20_000, 10_000)
        );
        // Zero is refused for deal size and win rate, so their sliders start one step up.
        assert_eq!(range(NumericInput::DealSize, 100), (5, 1_000, 500));
        assert_eq!(range(NumericInput::WinRate, 50), (1, 100, 50));
        assert_eq!(range(NumericInput::SalesCycle, 3), (0, 24, 100));
        let win = slider_range(NumericInput::WinRate, Decimal::whole(50));
        assert_eq!(
            win.min,
            Decimal::whole(1),
            "no slider position warns of a fraction"
        );
    }

    #[test]
    fn leaves_room_above_round_values() {
        // The values that used to put the thumb at the end.
        for (input, value, max) in [
            (NumericInput::MonthlyGoal, 20_000, 50_000),
            (NumericInput::MonthlyGoal, 50_000, 100_000),
            (NumericInput::MonthlyGoal, 100_000, 200_000),
            (NumericInput::MonthlyGoal, 1_000_000, 2_000_000),
            (NumericInput::DealSize, 1_000, 2_000),
            (NumericInput::DealSize, 100_000, 200_000),
        ] {
            assert_eq!(range(input, value).1, max, "{input:?} {value}");
        }
    }

    #[test]
    fn steps_stay_on_the_grid_of_the_step() {
        let tiny = slider_range(NumericInput::DealSize, Decimal::from_hundredths(1));
        assert_eq!((tiny.min, tiny.step), (tiny.step, Decimal::whole(5)));
        let win = slider_range(NumericInput::WinRate, Decimal::from_hundredths(1));
        assert_eq!(
            (win.min, win.step),
            (Decimal::whole(1), Decimal::from_hundredths(50))
        );
    }

    #[test]
    fn widens_to_a_round_number_above_a_typed_value() {
        assert_eq!(range(NumericInput::MonthlyGoal, 20_001).1, 50_000);
        assert_eq!(range(NumericInput::MonthlyGoal, 120_000).1, 200_000);
        assert_eq!(range(NumericInput::DealSize, 3_000).1, 5_000);
        let top = slider_range(NumericInput::MonthlyGoal, NumericInput::MonthlyGoal.max());
        assert_eq!(top.max, NumericInput::MonthlyGoal.max());
    }
}
