//! The built-in plans. Each is a `durable-plan` file in the repo (`plans/templates/`), compiled in
//! and read through the same [`super::read`] as any imported plan, so a template can never hold
//! what an import would refuse.

use chrono::NaiveDate;

use super::PlanError;
use crate::domain::program::Program;

/// One built-in plan: a stable id and its file's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// Stable id, the file's name without `.json`.
    pub id: &'static str,
    /// The plan file's text.
    pub text: &'static str,
}

/// Every built-in plan, from the least equipment to the most.
pub const TEMPLATES: &[Template] = &[
    Template {
        id: "floor-to-feet",
        text: include_str!("../../../plans/templates/floor-to-feet.json"),
    },
    Template {
        id: "short-on-time",
        text: include_str!("../../../plans/templates/short-on-time.json"),
    },
    Template {
        id: "bands-and-bells",
        text: include_str!("../../../plans/templates/bands-and-bells.json"),
    },
    Template {
        id: "barbell-basics",
        text: include_str!("../../../plans/templates/barbell-basics.json"),
    },
];

impl Template {
    /// The template as a program starting on `start`, read like any imported plan.
    pub fn program(&self, start: NaiveDate) -> Result<Program, PlanError> {
        super::read(self.text, start)
    }
}

/// The template with this id.
pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|template| template.id == id)
}
