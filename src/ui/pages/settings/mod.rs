//! The Settings page: where the data lives, backups, restoring, snapshots, equipment,
//! units, appearance and starting over.

mod appearance;
mod backup;
mod device;
mod equipment;
mod gym;
mod kept_aside;
mod preview;
mod restore;
mod snapshots;
mod start_over;
mod units;

use chrono::NaiveDateTime;
use leptos::prelude::*;

use crate::ui::state::AppState;

pub use appearance::apply_theme;

/// Everything about the person's data on this device, one section each.
#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <h1>"Settings"</h1>
        <device::DeviceSection/>
        <gym::GymSection/>
        <backup::BackupSection/>
        <restore::RestoreSection/>
        <snapshots::SnapshotsSection/>
        <kept_aside::KeptAsideSection/>
        <equipment::EquipmentSection/>
        <units::UnitsSection/>
        <appearance::AppearanceSection/>
        <start_over::StartOverSection/>
    }
}

/// A date and time as people read it: "20 November 2026 at 09:30".
fn when(at: NaiveDateTime) -> String {
    at.format("%-d %B %Y at %H:%M").to_string()
}

/// "1 session", "3 sessions".
fn count(number: usize, one: &str, many: &str) -> String {
    format!("{number} {}", if number == 1 { one } else { many })
}

/// After all data was replaced (import, snapshot restore, reset): the problems found when the app
/// opened no longer apply (the mode is the store's own, read from it).
fn after_replacing(state: AppState) {
    state.problems.set(Vec::new());
}
