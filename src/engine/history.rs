//! A team's monthly history from its CRM: what was delivered and won, month by month.

use super::decimal::Decimal;
use super::month::YearMonth;

/// The most leads, customers or stage entries one month may record: far above any real team,
/// and small enough that every exact sum over 30 years of months stays within range.
pub const MAX_COUNT: u64 = 1_000_000_000_000;

/// One month of history. Stage counts are optional: not every CRM export has them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HistoryMonth {
    pub month: YearMonth,
    /// Qualified leads marketing delivered that month.
    pub leads: u64,
    /// Deals won that month.
    pub customers: u64,
    /// Revenue won that month, in currency units.
    pub revenue: Decimal,
    pub mqls: Option<u64>,
    pub sqls: Option<u64>,
    pub opportunities: Option<u64>,
}
