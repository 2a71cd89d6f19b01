//! The stage funnel along the seeds' lifecycle (Lead → MQL → SQL → Opportunity → Customer):
//! what each stage must reach for the customers a plan needs, and the win rate from the stage
//! marketing hands off at.

use super::history::HistoryMonth;
use super::ratio::{ArithmeticError, Ratio};
use super::window::MonthRange;

/// A stage marketing can hand leads off to sales at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Stage {
    Lead,
    #[default]
    Mql,
    Sql,
    Opportunity,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Lead, Stage::Mql, Stage::Sql, Stage::Opportunity];

    /// Its place along the funnel, 0 for Lead.
    fn position(self) -> usize {
        self as usize
    }
}

/// The conversion from each stage to the next, as fractions, in funnel order: Lead → MQL,
/// MQL → SQL, SQL → Opportunity, Opportunity → Customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageRates(pub [Ratio; 4]);

/// What each stage must reach, exact and rounded up (each from the exact chain, never from
/// a rounded stage), in funnel order: leads, MQLs, SQLs, opportunities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Volumes {
    pub exact: [Ratio; 4],
    pub whole: [u128; 4],
}

impl Volumes {
    /// The volume marketing owes when it hands off at `stage`.
    pub fn at(&self, stage: Stage) -> u128 {
        self.whole[stage.position()]
    }
}

impl StageRates {
    /// The win rate from `stage`: the product of the rates downstream of it.
    pub fn win_rate_from(&self, stage: Stage) -> Result<Ratio, ArithmeticError> {
        self.0[stage.position()..]
            .iter()
            .try_fold(Ratio::ONE, |product, rate| product.checked_mul(*rate))
    }

    /// The volumes every stage must reach to win `customers`, walking up from customers.
    pub fn volumes(&self, customers: Ratio) -> Result<Volumes, ArithmeticError> {
        let mut exact = [Ratio::ZERO; 4];
        let mut below = customers;
        for stage in (0..4).rev() {
            below = below.checked_div(self.0[stage])?;
            exact[stage] = below;
        }
        Ok(Volumes {
            exact,
            whole: exact.map(Ratio::ceil),
        })
    }
}

/// Stage rates over `range` of history, as ratios of sums over the months that record every
/// stage; `None` when no such month has volume at every stage.
pub fn stage_rates(history: &[HistoryMonth], range: MonthRange) -> Option<StageRates> {
    let mut sums = [0u128; 5];
    for h in history.iter().filter(|h| range.contains(h.month)) {
        let (Some(mqls), Some(sqls), Some(opportunities)) = (h.mqls, h.sqls, h.opportunities)
        else {
            continue;
        };
        let counts = [h.leads, mqls, sqls, opportunities, h.customers];
        for (sum, count) in sums.iter_mut().zip(counts) {
            *sum = sum.checked_add(u128::from(count))?;
        }
    }
    let rate = |i: usize| {
        Ratio::integer(sums[i + 1])
            .checked_div(Ratio::integer(sums[i]))
            .ok()
    };
    Some(StageRates([rate(0)?, rate(1)?, rate(2)?, rate(3)?]))
}

/// What marketing owes when sales sources some qualified leads itself: the rest, never less
/// than none.
pub fn marketing_owes(needed: u128, sourced_by_sales: u128) -> u128 {
    needed - sourced_by_sales.min(needed)
}
