//! Small components shared by several pages.

mod banner;
mod chart;
mod demo;
mod equipment_editor;
mod not_today;
mod rating;
mod screen_form;

pub use banner::Banner;
pub use chart::{round_up, BarChart, LineChart};
pub use demo::DemoBar;
pub use equipment_editor::EquipmentEditor;
pub use not_today::NotToday;
pub use rating::Rating;
pub use screen_form::ScreenForm;
