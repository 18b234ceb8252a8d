//! Settings: the automatic snapshots taken before data is replaced, each one restorable.

use leptos::prelude::*;

use super::{after_replacing, count, when};
use crate::storage::{SnapshotInfo, MAX_SNAPSHOTS};
use crate::ui::state::{now, AppState};

/// The list of snapshots, newest first, with a confirmed restore for each.
#[component]
pub fn SnapshotsSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(None::<u32>);
    let (restored, set_restored) = signal(None::<String>);
    let restore = move |snapshot: &SnapshotInfo| {
        let (id, at) = (snapshot.id, now());
        if state.save(move |store| store.restore_snapshot(id, at)) {
            after_replacing(state);
            set_restored.set(Some(format!(
                "The data from {} is back. What was here before is kept as the newest snapshot.",
                when(snapshot.at)
            )));
        }
        confirming.set(None);
    };
    let list = move || match state.store.with(|store| store.snapshots()) {
        Err(error) => view! { <p class="notice error">{error.to_string()}</p> }.into_any(),
        Ok(snapshots) if snapshots.is_empty() => {
            view! { <p class="muted">"There are no snapshots yet."</p> }.into_any()
        }
        Ok(snapshots) => view! {
            <ul class="list">
                {snapshots
                    .into_iter()
                    .map(|snapshot| row(snapshot, confirming, restore))
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section class="card" aria-labelledby="snapshots">
            <h2 id="snapshots">"Automatic snapshots"</h2>
            <p>
                {format!(
                    "Before your data is replaced, restored or erased, Durable keeps a copy of it in \
                     this browser. The newest {MAX_SNAPSHOTS} are kept, fewer when they would take \
                     too much room; you are told when one is removed."
                )}
            </p>
            {list}
            <div aria-live="polite">
                {move || restored.get().map(|text| view! { <p class="notice info">{text}</p> })}
            </div>
        </section>
    }
}

/// One snapshot: when, why, what it holds, and its restore button with a confirm step.
fn row(
    snapshot: SnapshotInfo,
    confirming: RwSignal<Option<u32>>,
    restore: impl Fn(&SnapshotInfo) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = snapshot.id;
    let taken = when(snapshot.at);
    let holds = format!(
        "Taken {}. Holds {} and {}.",
        snapshot.reason,
        count(snapshot.sessions, "session", "sessions"),
        count(snapshot.checkins, "check-in", "check-ins")
    );
    let is_open = move || confirming.get() == Some(id);
    let panel_id = format!("snapshot-confirm-{id}");
    view! {
        <li>
            <p><strong>{taken.clone()}</strong></p>
            <p class="small muted">{holds}</p>
            <div class="actions">
                <button
                    class="secondary"
                    aria-label=format!("Restore the snapshot from {taken}")
                    aria-expanded=move || is_open().to_string()
                    aria-controls=panel_id.clone()
                    on:click=move |_| confirming.set(Some(id))
                >
                    "Restore"
                </button>
            </div>
            <div id=panel_id aria-live="polite">
                <Show when=is_open>
                    <p>
                        "Put back the data from this snapshot? Everything now in this browser is "
                        "kept as a new snapshot first."
                    </p>
                    <div class="actions">
                        <button on:click={
                            let snapshot = snapshot.clone();
                            move |_| restore(&snapshot)
                        }>"Yes, restore it"</button>
                        <button class="secondary" on:click=move |_| confirming.set(None)>"Cancel"</button>
                    </div>
                </Show>
            </div>
        </li>
    }
}
