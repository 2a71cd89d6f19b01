//! Charts: plain data built from a plan ([`model`]), drawn onto any plotters backend
//! ([`draw`]); only [`canvas`] knows about the browser's `<canvas>`.

pub mod canvas;
pub mod draw;
pub mod model;
mod ticks;

pub use draw::{draw_delivery, draw_pacing};
pub use model::{
    compare_model, delivery_model, pacing_model, DeliveryBar, DeliveryModel, PacingModel,
};
