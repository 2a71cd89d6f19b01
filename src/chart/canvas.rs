//! The one file that draws on a browser `<canvas>`, crisp on HiDPI screens.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::draw::draw_pacing;
use super::model::PacingModel;

/// Why a chart was not drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CanvasError {
    /// The canvas has no 2D context (or no window).
    NoContext,
    /// plotters reported a drawing error.
    Draw(String),
}

/// Draw the pacing chart on `canvas` at its laid-out CSS size. plotters-canvas ignores
/// `devicePixelRatio`, so the backing store is sized to CSS size × ratio here and the drawing
/// scaled to match. Returns `Ok(false)` when the canvas has no size yet (not laid out).
pub fn draw_pacing_on(
    canvas: &HtmlCanvasElement,
    model: &PacingModel,
) -> Result<bool, CanvasError> {
    let ratio = web_sys::window()
        .ok_or(CanvasError::NoContext)?
        .device_pixel_ratio()
        .max(1.0);
    let rect = canvas.get_bounding_client_rect();
    let width = (rect.width() * ratio).round() as u32;
    let height = (rect.height() * ratio).round() as u32;
    if width == 0 || height == 0 {
        return Ok(false);
    }
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or(CanvasError::NoContext)?;
    draw_pacing(&backend.into_drawing_area(), model, ratio)
        .map_err(|e| CanvasError::Draw(e.to_string()))?;
    Ok(true)
}
