//! Today's walking card: this week's minutes against the target, the advice, and a walk logged in one
//! tap (with an undo for a mistaken tap).

use leptos::prelude::*;

use crate::domain::walking::{self, Mode};
use crate::ui::state::{today, AppState};

/// This week's walking and the one-tap log.
#[component]
pub fn WalkCard(
    /// Whether today is a flare day (the engine's status), which changes the advice.
    #[prop(into)]
    in_flare: Signal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let track =
        Memo::new(move |_| state.with_data(|data| walking::track(data, today(), in_flare.get())));
    let (last_logged, set_last_logged) = signal(None::<u16>);

    let log_walk = move |minutes: u16| {
        let checkin = state.with_data(|data| walking::add_walk(&data.checkins, today(), minutes));
        if state.save(|store| store.save_checkin(&checkin)) {
            set_last_logged.set(Some(minutes));
        }
    };
    let undo_walk = move |_| {
        let Some(minutes) = last_logged.get_untracked() else {
            return;
        };
        let undone = state.with_data(|data| walking::remove_walk(&data.checkins, today(), minutes));
        if let Some(checkin) = undone {
            if state.save(|store| store.save_checkin(&checkin)) {
                set_last_logged.set(None);
            }
        }
    };

    move || {
        track.get().map(|track| {
            let suggested = if track.mode == Mode::Flare {
                walking::QUICK_WALK_MINUTES[0]
            } else {
                track.per_walk
            };
            let others: Vec<u16> = walking::QUICK_WALK_MINUTES
                .into_iter()
                .filter(|minutes| *minutes != suggested)
                .collect();
            let summary = format!(
                "This week so far: {} of {} minutes, {}.",
                track.walked,
                track.target,
                walks(track.walks)
            );
            view! {
                <section class="card" aria-labelledby="walking-today">
                    <h2 id="walking-today">"Walking"</h2>
                    <p>
                        <strong>{summary}</strong>
                    </p>
                    <progress
                        class="walk-progress"
                        max=track.target.to_string()
                        value=track.walked.min(track.target).to_string()
                        aria-label="Minutes walked this week against the target"
                    ></progress>
                    <p>{track.sentence.clone()}</p>
                    <div class="actions">
                        <button on:click=move |_| log_walk(suggested)>
                            {format!("I walked {suggested} minutes")}
                        </button>
                    </div>
                    <div class="actions quick-walks" role="group" aria-label="Other walk lengths">
                        {others
                            .into_iter()
                            .map(|minutes| {
                                view! {
                                    <button class="secondary" on:click=move |_| log_walk(minutes)>
                                        {format!("{minutes} min")}
                                    </button>
                                }
                            })
                            .collect_view()}
                    </div>
                    {move || {
                        last_logged
                            .get()
                            .map(|minutes| {
                                view! {
                                    <p class="small" role="status">
                                        {format!("Logged a {minutes}-minute walk. ")}
                                        <button class="secondary" on:click=undo_walk>
                                            "Undo"
                                        </button>
                                    </p>
                                }
                            })
                    }}
                </section>
            }
        })
    }
}

/// "1 walk", "3 walks".
fn walks(count: u32) -> String {
    if count == 1 {
        "1 walk".to_string()
    } else {
        format!("{count} walks")
    }
}
