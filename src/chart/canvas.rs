//! The one file that draws on a browser `<canvas>`, crisp on HiDPI screens.
//!
//! [`Canvas`] is a plotters backend over a 2D context. It writes colours as `#rrggbbaa` and
//! font sizes as whole pixels, so no float formatting ships in the wasm (plotters-canvas
//! formats both as `f64` text, about 10 KB), and it measures text with the context instead of
//! a DOM layout per label.

use std::fmt::{self, Write};

use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::draw::{draw_delivery, draw_pacing};
use super::model::{DeliveryModel, PacingModel};

/// Why a chart was not drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CanvasError {
    /// The canvas has no 2D context (or no window).
    NoContext,
    /// The context refused a call.
    Draw,
}

impl fmt::Display for CanvasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CanvasError::NoContext => "no 2D context",
            CanvasError::Draw => "the canvas refused a drawing call",
        })
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

/// A plotters backend drawing on one canvas's 2D context, in device pixels.
struct Canvas {
    size: (u32, u32),
    context: CanvasRenderingContext2d,
}

/// `#rrggbbaa`: exact, and no float is formatted.
fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    let a = (color.alpha.clamp(0.0, 1.0) * 255.0).round() as u8;
    let mut css = String::with_capacity(9);
    for byte in [r, g, b, a] {
        // Writing to a String cannot fail.
        let _ = write!(css, "{byte:02x}");
    }
    css.insert(0, '#');
    css
}

impl Canvas {
    fn stroke_with(&self, style: &impl BackendStyle) {
        self.context.set_stroke_style_str(&css_color(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        for (i, (x, y)) in points.into_iter().enumerate() {
            let (x, y) = (f64::from(x), f64::from(y));
            if i == 0 {
                self.context.move_to(x, y);
            } else {
                self.context.line_to(x, y);
            }
        }
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        self.context.set_fill_style_str(&css_color(color));
        self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let (x, y) = (f64::from(x0), f64::from(y0));
        let (w, h) = (f64::from(x1 - x0), f64::from(y1 - y0));
        if fill {
            self.context.set_fill_style_str(&css_color(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_with(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.stroke_with(style);
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        self.context.set_fill_style_str(&css_color(style.color()));
        self.trace(vertices);
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.context.begin_path();
        let full = std::f64::consts::TAU;
        let traced = self
            .context
            .arc(f64::from(x), f64::from(y), f64::from(radius), 0.0, full);
        traced.map_err(|_| DrawingErrorKind::DrawingError(CanvasError::Draw))?;
        if fill {
            self.context.set_fill_style_str(&css_color(style.color()));
            self.context.fill();
        } else {
            self.stroke_with(style);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Drawn {
        let context = &self.context;
        let turn = match style.transform() {
            FontTransform::Rotate90 => 0.25,
            FontTransform::Rotate180 => 0.5,
            FontTransform::Rotate270 => 0.75,
            FontTransform::None => 0.0,
        };
        context.save();
        let failed = |_| DrawingErrorKind::DrawingError(CanvasError::Draw);
        context
            .translate(f64::from(x), f64::from(y))
            .map_err(failed)?;
        context
            .rotate(turn * std::f64::consts::TAU)
            .map_err(failed)?;
        context.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        context.set_text_align(match style.anchor().h_pos {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        });
        context.set_fill_style_str(&css_color(style.color()));
        context.set_font(&font(style));
        let drawn = context.fill_text(text, 0.0, 0.0).map_err(failed);
        context.restore();
        drawn
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.context.set_font(&font(style));
        let metrics = self
            .context
            .measure_text(text)
            .map_err(|_| DrawingErrorKind::DrawingError(CanvasError::Draw))?;
        Ok((metrics.width().ceil() as u32, style.size().ceil() as u32))
    }
}

/// The CSS font of a plotters text style, in whole device pixels.
fn font(style: &impl BackendTextStyle) -> String {
    let size = style.size().round() as u32;
    format!(
        "{} {size}px {}",
        style.style().as_str(),
        style.family().as_str()
    )
}

/// Run `draw` on `canvas`, laid out at `css` (width, height) CSS pixels. The backing store is
/// sized to CSS size × `devicePixelRatio` and `draw` gets that ratio, so lines and text stay
/// crisp. Returns `Ok(false)` when the canvas has no size yet (not laid out).
fn draw_on(
    canvas: &HtmlCanvasElement,
    (css_width, css_height): (f64, f64),
    draw: impl FnOnce(
        &DrawingArea<Canvas, plotters::coord::Shift>,
        f64,
    ) -> Result<(), DrawingAreaErrorKind<CanvasError>>,
) -> Result<bool, CanvasError> {
    let ratio = web_sys::window()
        .ok_or(CanvasError::NoContext)?
        .device_pixel_ratio()
        .max(1.0);
    let width = (css_width * ratio).round() as u32;
    let height = (css_height * ratio).round() as u32;
    if width == 0 || height == 0 {
        return Ok(false);
    }
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or(CanvasError::NoContext)?;
    let backend = Canvas {
        size: (width, height),
        context,
    };
    draw(&backend.into_drawing_area(), ratio).map_err(|_| CanvasError::Draw)?;
    Ok(true)
}

/// Draw the pacing chart on `canvas`; see [`draw_on`].
pub fn draw_pacing_on(
    canvas: &HtmlCanvasElement,
    css: (f64, f64),
    model: &PacingModel,
) -> Result<bool, CanvasError> {
    draw_on(canvas, css, |area, ratio| draw_pacing(area, model, ratio))
}

/// Draw the delivery chart on `canvas`; see [`draw_on`].
pub fn draw_delivery_on(
    canvas: &HtmlCanvasElement,
    css: (f64, f64),
    model: &DeliveryModel,
) -> Result<bool, CanvasError> {
    draw_on(canvas, css, |area, ratio| draw_delivery(area, model, ratio))
}
