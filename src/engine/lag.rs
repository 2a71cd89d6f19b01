//! The third method: a lag distribution fitted to the history. It estimates what share of a
//! month's eventual customers close 0, 1, …, L months after their leads were delivered, and
//! how many customers a lead eventually brings.
//!
//! Each month's customers are modelled as Σₗ wₗ · leads(month − l) with every wₗ ≥ 0, and the
//! weights are fitted by non-negative least squares over every month whose L earlier months
//! are all known. Cyclic coordinate descent solves it: the problem is convex, so it converges
//! to the NNLS optimum. The conversion is Σ wₗ and the shares wₗ ÷ Σ wₗ. This is a statistical
//! estimate, so it is the one place the engine uses floating point; it enters a plan only
//! through the rounded figure the page shows ([`super::window::shown_rate`]).

use super::history::HistoryMonth;
use super::month::YearMonth;

/// A fitted lag distribution.
#[derive(Clone, Debug, PartialEq)]
pub struct LagFit {
    /// Share of eventual customers closing l months after delivery, for l = 0..=L; sums to 1.
    pub shares: Vec<f64>,
    /// Customers a delivered lead eventually brings (the fitted win rate).
    pub conversion: f64,
    /// The months whose customers were fitted.
    pub months: Vec<YearMonth>,
}

impl LagFit {
    /// The lag by which half of a month's customers have closed.
    pub fn median_lag(&self) -> u32 {
        let mut cumulative = 0.0;
        let half = self.shares.iter().position(|share| {
            cumulative += share;
            cumulative >= 0.5 - 1e-12
        });
        // Shares sum to 1, so half is always reached; the last lag otherwise.
        half.unwrap_or(self.shares.len().max(1) - 1) as u32
    }
}

/// Sweeps of coordinate descent at most, and the largest step (relative to the total weight)
/// that counts as converged.
const MAX_SWEEPS: usize = 10_000;
const TOLERANCE: f64 = 1e-12;

/// Fit lags 0..=`max_lag` to `history`. `None` when fewer months can be fitted than there are
/// lags, or when no customer can be explained by earlier leads.
pub fn fit_lags(history: &[HistoryMonth], max_lag: u32) -> Option<LagFit> {
    let lags = max_lag as usize + 1;
    let leads_in = |m: YearMonth| {
        history
            .iter()
            .find(|h| h.month == m)
            .map(|h| h.leads as f64)
    };
    // One row per month with its customers and the leads of it and the max_lag months before.
    let mut rows: Vec<(YearMonth, Vec<f64>, f64)> = Vec::new();
    for h in history {
        let earlier: Option<Vec<f64>> = (0..=max_lag)
            .map(|l| leads_in(h.month.minus_months(l).ok()?))
            .collect();
        if let Some(leads) = earlier {
            rows.push((h.month, leads, h.customers as f64));
        }
    }
    if rows.len() < lags {
        return None;
    }
    rows.sort_by_key(|(m, _, _)| *m);
    let weights = nnls(&rows, lags)?;
    let conversion: f64 = weights.iter().sum();
    if !(conversion.is_finite() && conversion > 0.0) {
        return None;
    }
    Some(LagFit {
        shares: weights.iter().map(|w| w / conversion).collect(),
        conversion,
        months: rows.into_iter().map(|(m, _, _)| m).collect(),
    })
}

/// Non-negative least squares over `rows` (each: month, regressors, target) by cyclic
/// coordinate descent.
fn nnls(rows: &[(YearMonth, Vec<f64>, f64)], lags: usize) -> Option<Vec<f64>> {
    // Column norms; a column of zeros (no leads at that lag) keeps a zero weight.
    let norms: Vec<f64> = (0..lags)
        .map(|j| rows.iter().map(|(_, x, _)| x[j] * x[j]).sum())
        .collect();
    let mut w = vec![0.0; lags];
    let mut residual: Vec<f64> = rows.iter().map(|(_, _, y)| *y).collect();
    for _ in 0..MAX_SWEEPS {
        let mut largest_step: f64 = 0.0;
        for j in 0..lags {
            if norms[j] == 0.0 {
                continue;
            }
            let gradient: f64 = rows
                .iter()
                .zip(&residual)
                .map(|((_, x, _), r)| x[j] * r)
                .sum();
            let next = (w[j] + gradient / norms[j]).max(0.0);
            let step = next - w[j];
            if step != 0.0 {
                for ((_, x, _), r) in rows.iter().zip(residual.iter_mut()) {
                    *r -= step * x[j];
                }
                w[j] = next;
                largest_step = largest_step.max(step.abs());
            }
        }
        let scale: f64 = w.iter().sum();
        if largest_step <= TOLERANCE * scale.max(f64::MIN_POSITIVE) {
            break;
        }
    }
    w.iter().all(|v| v.is_finite()).then_some(w)
}
