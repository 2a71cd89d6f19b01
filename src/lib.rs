//! Marketing–sales SLA capacity planner. See ARCHITECTURE.md for the map of these modules.

pub mod chart;
pub mod engine;
pub mod format;
pub mod storage;
pub mod ui;

pub use ui::App;
