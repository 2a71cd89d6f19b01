//! Month goals shaped like last year's revenue.

use super::decimal::Decimal;

/// Split `total` (in cents) over the months in proportion to `pattern` (last year's revenue
/// of the same months, in cents), to the cent, so the goals add up to `total` exactly: each
/// month gets its share rounded down, and the cents left go to the largest remainders
/// (earlier months first on ties). `None` when the pattern has no revenue to follow.
pub fn shape_like(total: Decimal, pattern: &[Decimal]) -> Option<Vec<Decimal>> {
    let weights: Vec<u128> = pattern.iter().map(|d| d.hundredths()).collect();
    let sum: u128 = weights.iter().sum();
    if sum == 0 {
        return None;
    }
    let cents = total.hundredths();
    // Each share as whole cents and the remainder of its division, in 1/sum of a cent.
    let mut shares: Vec<(u128, u128)> = weights
        .iter()
        .map(|w| {
            let product = cents.checked_mul(*w)?;
            Some((product / sum, product % sum))
        })
        .collect::<Option<_>>()?;
    let given: u128 = shares.iter().map(|s| s.0).sum();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| shares[b].1.cmp(&shares[a].1).then(a.cmp(&b)));
    // Fewer cents are left than there are months, so the count fits.
    for &i in order.iter().take((cents - given) as usize) {
        shares[i].0 += 1;
    }
    Some(
        shares
            .into_iter()
            .map(|(c, _)| Decimal::from_hundredths(c))
            .collect(),
    )
}
