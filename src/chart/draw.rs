//! Drawing charts onto any plotters backend: a canvas in the browser, SVG text in tests.
//!
//! The axes, grid and labels are laid out here from [`super::ticks`] and drawn as plain
//! plotters elements in pixels. plotters' chart builder and mesh would do the same for about
//! 18 KB more wasm, and would measure every label with a DOM layout in the browser.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::model::{DeliveryModel, PacingModel, VALUE_SCALE};
use super::ticks::{day_ticks, value_ticks};
use crate::engine::Ratio;

const TARGET_COLOR: RGBColor = RGBColor(0x1f, 0x5f, 0xbf);
const GRID_COLOR: RGBColor = RGBColor(0xe3, 0xe7, 0xee);
const AXIS_COLOR: RGBColor = RGBColor(0x5b, 0x64, 0x72);
const TEXT_COLOR: RGBColor = RGBColor(0x1d, 0x23, 0x2c);
/// Tick labels and axis titles, in CSS pixels: 14 and up reads on a projector across a room.
const TICK_PX: f64 = 14.0;
const TITLE_PX: f64 = 15.0;

/// Sizes in device pixels from CSS pixels, on a screen with `scale` device pixels per CSS
/// pixel, so text and lines keep their size on HiDPI screens.
#[derive(Clone, Copy)]
struct Pen {
    scale: f64,
}

impl Pen {
    fn px(self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    /// Sans-serif text of `css` pixels. A family by name would be matched through Unicode
    /// lowercasing, whose tables cost ~10 KB of wasm.
    fn font(self, css: f64, color: &RGBColor) -> TextStyle<'static> {
        FontDesc::new(FontFamily::SansSerif, css * self.scale, FontStyle::Normal).color(color)
    }

    /// A one-pixel line.
    fn thin(self, color: &RGBColor) -> ShapeStyle {
        color.stroke_width(self.px(1.0).max(1) as u32)
    }

    /// Room beside the plot for an axis' widest tick label (about 8.5 CSS px a character at
    /// 14 px) and its title.
    fn axis_room(self, ticks: &[(u128, String)]) -> i32 {
        let widest = ticks.iter().map(|(_, label)| label.chars().count()).max();
        self.px(widest.unwrap_or(1) as f64 * 8.5 + 44.0)
    }
}

/// Draw the pacing chart filling `area`. `scale` is device pixels per CSS pixel, so text and
/// lines keep their size on HiDPI screens.
pub fn draw_pacing<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    model: &PacingModel,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let pen = Pen { scale };
    let px = |css: f64| pen.px(css);
    let font = |css: f64| pen.font(css, &TEXT_COLOR);
    let (width, height) = area.dim_in_pixel();
    let y_ticks: Vec<(u128, String)> = value_ticks(model.y_top)
        .into_iter()
        .map(|v| (v, model.locale.number(Ratio::over::<VALUE_SCALE>(v), 2)))
        .collect();
    let left = pen.axis_room(&y_ticks);
    let (top, right) = (px(12.0), width as i32 - px(20.0));
    let bottom = height as i32 - px(48.0);
    let (plot_w, plot_h) = (
        f64::from((right - left).max(1)),
        f64::from((bottom - top).max(1)),
    );
    // Pixels are the only floating point here: every value stays exact until it is placed.
    let x_at = |day: u32| left + (f64::from(day) / f64::from(model.days.max(1)) * plot_w) as i32;
    let y_at = |v: u128| bottom - (v as f64 / model.y_top.max(1) as f64 * plot_h) as i32;
    let thin = |color: &RGBColor| pen.thin(color);

    area.fill(&WHITE)?;
    let tick_font = font(TICK_PX);
    value_axis(
        area,
        &y_ticks,
        &y_at,
        (left, right),
        (left - px(6.0), HPos::Right),
        &tick_font,
        thin(&GRID_COLOR),
    )?;
    for day in day_ticks(model.days) {
        let x = x_at(day);
        area.draw(&PathElement::new(
            [(x, bottom), (x, bottom + px(5.0))],
            thin(&AXIS_COLOR),
        ))?;
        let style = tick_font.pos(Pos::new(HPos::Center, VPos::Top));
        let label = model.locale.count(u128::from(day));
        area.draw(&Text::new(label, (x, bottom + px(8.0)), style))?;
    }
    let axes = [(left, top), (left, bottom), (right, bottom)];
    area.draw(&PathElement::new(axes, thin(&AXIS_COLOR)))?;
    let title = font(TITLE_PX);
    let x_title = title.pos(Pos::new(HPos::Center, VPos::Bottom));
    let x_mid = (left + right) / 2;
    area.draw(&Text::new(
        model.x_label.as_str(),
        (x_mid, height as i32 - px(4.0)),
        x_title,
    ))?;
    let y_title = title
        .transform(FontTransform::Rotate270)
        .pos(Pos::new(HPos::Center, VPos::Top));
    let y_mid = (top + bottom) / 2;
    area.draw(&Text::new(
        model.y_label.as_str(),
        (px(4.0), y_mid),
        y_title,
    ))?;
    let line: Vec<(i32, i32)> = model
        .target
        .iter()
        .map(|&(d, v)| (x_at(d), y_at(v)))
        .collect();
    area.draw(&PathElement::new(
        line,
        TARGET_COLOR.stroke_width(px(3.0) as u32),
    ))?;
    area.present()
}

/// Horizontal grid lines from `span.0` to `span.1` at each tick's height (`y_of` its value),
/// and its label at `label_x`, anchored on `side`.
fn value_axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ticks: &[(u128, String)],
    y_of: &dyn Fn(u128) -> i32,
    (from, to): (i32, i32),
    (label_x, side): (i32, HPos),
    font: &TextStyle,
    grid: ShapeStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for (value, label) in ticks {
        let y = y_of(*value);
        area.draw(&PathElement::new([(from, y), (to, y)], grid))?;
        let style = font.pos(Pos::new(side, VPos::Center));
        area.draw(&Text::new(label.as_str(), (label_x, y), style))?;
    }
    Ok(())
}

const GOAL_COLOR: RGBColor = RGBColor(0xb4, 0x53, 0x09);

/// The bars of each plan compared, in order; the page's legend (style/main.css, `.series-N`)
/// uses the same colours.
pub const SERIES_COLORS: [RGBColor; 4] = [
    TARGET_COLOR,
    RGBColor(0xc2, 0x41, 0x0c),
    RGBColor(0x15, 0x80, 0x3d),
    RGBColor(0x7e, 0x22, 0xce),
];

/// Draw the delivery chart filling `area`: per delivery month, a bar of leads due for each plan
/// on the left axis and, for one plan, the revenue goal of the month they close in as a line
/// on the right axis. `scale` is device pixels per CSS pixel.
pub fn draw_delivery<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    model: &DeliveryModel,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let pen = Pen { scale };
    let px = |css: f64| pen.px(css);
    let font = |css: f64, color: &RGBColor| pen.font(css, color);
    let l = &model.locale;
    let lead_ticks: Vec<(u128, String)> = value_ticks(model.leads_top)
        .into_iter()
        .map(|v| (v, l.count(v)))
        .collect();
    let goal_ticks: Vec<(u128, String)> = value_ticks(model.goal_top)
        .into_iter()
        .map(|v| (v, l.number(Ratio::over::<100>(v), 2)))
        .collect();
    let (width, height) = area.dim_in_pixel();
    let left = pen.axis_room(&lead_ticks);
    let with_goal = model.goal_top > 0;
    let right = width as i32
        - match with_goal {
            true => pen.axis_room(&goal_ticks),
            false => px(12.0),
        };
    let (top, bottom) = (px(12.0), height as i32 - px(28.0));
    let plot_h = f64::from((bottom - top).max(1));
    let y_of =
        |v: u128, top_value: u128| bottom - (v as f64 / top_value.max(1) as f64 * plot_h) as i32;
    let thin = |color: &RGBColor| pen.thin(color);

    area.fill(&WHITE)?;
    let tick_font = font(TICK_PX, &TEXT_COLOR);
    value_axis(
        area,
        &lead_ticks,
        &|v| y_of(v, model.leads_top),
        (left, right),
        (left - px(6.0), HPos::Right),
        &tick_font,
        thin(&GRID_COLOR),
    )?;
    if with_goal {
        value_axis(
            area,
            &goal_ticks,
            &|v| y_of(v, model.goal_top),
            (right, right),
            (right + px(6.0), HPos::Left),
            &tick_font,
            thin(&GRID_COLOR),
        )?;
    }
    let axes = [(left, top), (left, bottom), (right, bottom), (right, top)];
    area.draw(&PathElement::new(axes, thin(&AXIS_COLOR)))?;

    let count = model.bars.len().max(1) as i32;
    let slot = (right - left) / count;
    // At most one month label every 80 CSS pixels, so they never touch.
    let every = (px(80.0) / slot.max(1) + 1) as usize;
    let mut goal_line = Vec::with_capacity(model.bars.len());
    for (i, bar) in model.bars.iter().enumerate() {
        let x0 = left + slot * i as i32;
        let (gap, center) = (slot / 6, x0 + slot / 2);
        let each = (slot - 2 * gap) / bar.leads.len().max(1) as i32;
        for (n, (leads, color)) in bar
            .leads
            .iter()
            .zip(SERIES_COLORS.iter().cycle())
            .enumerate()
        {
            let Some(leads) = leads else { continue };
            let x = x0 + gap + each * n as i32;
            let y = y_of(*leads, model.leads_top);
            area.draw(&Rectangle::new(
                [(x, y), (x + each, bottom)],
                color.filled(),
            ))?;
        }
        if let Some(goal) = bar.goal_cents {
            goal_line.push((center, y_of(goal, model.goal_top)));
        }
        if i % every == 0 {
            let style = tick_font.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(
                bar.label.as_str(),
                (center, bottom + px(6.0)),
                style,
            ))?;
        }
    }
    if !goal_line.is_empty() {
        area.draw(&PathElement::new(
            goal_line.clone(),
            GOAL_COLOR.stroke_width(px(2.0) as u32),
        ))?;
    }
    for point in goal_line {
        area.draw(&Circle::new(point, px(3.5), GOAL_COLOR.filled()))?;
    }
    // Axis titles in the colour of what they measure: they are the legend.
    let title = |color: &RGBColor, turn: FontTransform| {
        font(TITLE_PX, color)
            .transform(turn)
            .pos(Pos::new(HPos::Center, VPos::Top))
    };
    let y_mid = (top + bottom) / 2;
    let leads_title = title(&TARGET_COLOR, FontTransform::Rotate270);
    area.draw(&Text::new(
        model.leads_label.as_str(),
        (px(4.0), y_mid),
        leads_title,
    ))?;
    if !with_goal {
        return area.present();
    }
    let goal_title = title(&GOAL_COLOR, FontTransform::Rotate90);
    let goal_x = width as i32 - px(4.0);
    area.draw(&Text::new(
        model.goal_label.as_str(),
        (goal_x, y_mid),
        goal_title,
    ))?;
    area.present()
}
