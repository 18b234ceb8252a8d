//! Small components shared by several pages.

mod banner;
mod chart;
mod demo;
mod equipment_editor;
mod exercise_picture;
mod not_today;
mod rating;
mod screen_form;

pub use banner::Banner;
pub use chart::{round_up, BarChart, LineChart};
pub use demo::DemoBar;
pub use equipment_editor::EquipmentEditor;
pub use exercise_picture::ExercisePicture;
pub use not_today::NotToday;
pub use rating::Rating;
pub use screen_form::ScreenForm;
