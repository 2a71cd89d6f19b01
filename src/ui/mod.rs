//! The user interface: components wire signals to the engine, chart and storage. One
//! component per file; the pure helpers beside them are tested natively.

mod agreement_panel;
mod app;
mod autosave;
mod chart_canvas;
mod choice;
mod compare_panel;
mod download;
mod erased;
mod html;
mod import;
mod library;
mod month_table;
mod number_field;
mod observed_size;
mod pacing_chart;
mod plan_form;
mod plan_state;
mod results;
mod scenario_panel;
mod settings_bar;
mod share;
pub mod slider_range;
mod storage_notice;
mod text_field;
mod text_table;

pub use app::App;
