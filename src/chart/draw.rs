//! Drawing charts onto any plotters backend: a canvas in the browser, SVG text in tests.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::model::{PacingModel, VALUE_SCALE};
use crate::engine::Ratio;

const TARGET_COLOR: RGBColor = RGBColor(0x1f, 0x5f, 0xbf);
const GRID_COLOR: RGBColor = RGBColor(0xe3, 0xe7, 0xee);
const AXIS_COLOR: RGBColor = RGBColor(0x5b, 0x64, 0x72);
const TEXT_COLOR: RGBColor = RGBColor(0x1d, 0x23, 0x2c);

/// Room for the value labels: the widest is the top one, about 7 CSS px a character at 12 px.
fn y_label_width(model: &PacingModel) -> f64 {
    let top = model.locale.count(model.y_max / VALUE_SCALE);
    (top.chars().count() as f64 * 7.0 + 36.0).max(56.0)
}

/// Draw the pacing chart filling `area`. `scale` is device pixels per CSS pixel, so text and
/// lines keep their size on HiDPI screens.
pub fn draw_pacing<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    model: &PacingModel,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |css: f64| (css * scale).round().max(1.0) as u32;
    let font = |css: f64| ("sans-serif", css * scale).into_font().color(&TEXT_COLOR);
    area.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(area)
        .margin(px(12.0))
        .margin_right(px(20.0))
        .x_label_area_size(px(44.0))
        .y_label_area_size(px(y_label_width(model)))
        .build_cartesian_2d(0..model.days, 0..model.y_top)?;
    // Few labels on purpose: plotters measures each one with a DOM layout in the browser.
    chart
        .configure_mesh()
        .x_labels(8)
        .y_labels(7)
        .x_label_formatter(&|day| model.locale.count(u128::from(*day)))
        .y_label_formatter(&|value| model.locale.number(Ratio::over::<VALUE_SCALE>(*value), 2))
        .x_desc(model.x_label.as_str())
        .y_desc(model.y_label.as_str())
        .label_style(font(12.0))
        .axis_desc_style(font(13.0))
        .axis_style(AXIS_COLOR.stroke_width(px(1.0)))
        .bold_line_style(GRID_COLOR.stroke_width(px(1.0)))
        .light_line_style(TRANSPARENT)
        .draw()?;
    chart.draw_series(LineSeries::new(
        model.target.iter().copied(),
        TARGET_COLOR.stroke_width(px(3.0)),
    ))?;
    area.present()
}
