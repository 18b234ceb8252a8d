//! Plans kept beside the current program (imported, or from a template), and switching to one.
//! They live in their own key, apart from the data, like the date of the last backup: a backup
//! carries the current program, and a kept plan can be imported again from its file or link.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::error::SaveError;
use super::{layout, Store};
use crate::domain::plan;
use crate::domain::program::Program;

/// The stored list of kept plans.
#[derive(Default, Serialize, Deserialize)]
struct KeptPlans {
    plans: Vec<Program>,
}

impl Store {
    /// The plans kept beside the current program, oldest first (empty when none, or unreadable).
    pub fn kept_plans(&self) -> Vec<Program> {
        self.kv
            .get(layout::PLANS)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str::<KeptPlans>(&text).ok())
            .map(|kept| kept.plans)
            .unwrap_or_default()
    }

    /// Writes the list of kept plans.
    pub fn save_kept_plans(&mut self, plans: &[Program]) -> Result<(), SaveError> {
        self.check_writable()?;
        let text = serde_json::to_string(&KeptPlans {
            plans: plans.to_vec(),
        })
        .map_err(|error| SaveError::Encode(error.to_string()))?;
        self.kv.set(layout::PLANS, &text)?;
        Ok(())
    }

    /// Keeps a plan beside the current one. Returns `false` (and writes nothing) when the same
    /// plan is already the current one or kept, so importing twice adds nothing.
    pub fn keep_plan(&mut self, program: &Program) -> Result<bool, SaveError> {
        let mut kept = self.kept_plans();
        let current = self.data().program.iter();
        if current
            .chain(kept.iter())
            .any(|other| plan::same_plan(other, program))
        {
            return Ok(false);
        }
        kept.push(program.clone());
        self.save_kept_plans(&kept)?;
        Ok(true)
    }

    /// Makes `program` the current one, keeping the one it replaces among the kept plans, after a
    /// snapshot of all the data (so the change can be undone from Settings too).
    pub fn switch_program(
        &mut self,
        program: &Program,
        now: NaiveDateTime,
    ) -> Result<(), SaveError> {
        self.check_writable()?;
        self.take_snapshot("before changing plan", now)?;
        let mut kept = self.kept_plans();
        kept.retain(|other| !plan::same_plan(other, program));
        if let Some(current) = self.data().program.clone() {
            if !kept.iter().any(|other| plan::same_plan(other, &current)) {
                kept.push(current);
            }
        }
        self.save_program(program)?;
        self.save_kept_plans(&kept)
    }
}
