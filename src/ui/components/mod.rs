//! Small components shared by several pages.

mod banner;
mod rating;

pub use banner::Banner;
pub use rating::Rating;
