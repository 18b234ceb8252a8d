//! Settings: what the person trains with, chosen from the common set-ups; the next prescriptions use
//! only what they have now.

use leptos::prelude::*;

use crate::domain::equipment::Preset;
use crate::ui::state::AppState;

/// The equipment set-up, once there is a profile to save it in.
#[component]
pub fn EquipmentSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || {
        state.with_data(|data| {
            data.profile.as_ref().map(|profile| {
                Preset::ALL
                    .into_iter()
                    .find(|preset| preset.inventory() == profile.inventory)
            })
        })
    };
    let chosen = RwSignal::new(None::<Preset>);
    let (saved, set_saved) = signal(false);
    let save = move |_| {
        let Some(preset) = chosen.get_untracked() else {
            return;
        };
        let inventory = preset.inventory();
        let done = state.save(move |store| match store.data().profile.clone() {
            Some(mut profile) => {
                profile.inventory = inventory.clone();
                store.save_profile(&profile)
            }
            None => Ok(()),
        });
        set_saved.set(done);
    };
    view! {
        <section class="card" aria-labelledby="equipment">
            <h2 id="equipment">"Equipment"</h2>
            {move || match current() {
                None => view! {
                    <p class="muted">"Once your profile is set up, you can change your equipment here."</p>
                }
                .into_any(),
                Some(matched) => {
                    let selected = chosen.get().or(matched);
                    view! {
                        <p>
                            {match matched {
                                Some(preset) => format!("Now: {}. {}", preset.label(), preset.description()),
                                None => "Now: your own set-up.".to_string(),
                            }}
                        </p>
                        <label for="equipment-preset">"Change to"</label>
                        <select id="equipment-preset" on:change=move |event| {
                            let index: usize = event_target_value(&event).parse().unwrap_or(0);
                            chosen.set(Preset::ALL.get(index).copied());
                            set_saved.set(false);
                        }>
                            {Preset::ALL.iter().enumerate().map(|(index, preset)| view! {
                                <option value=index.to_string() selected=Some(*preset) == selected>{preset.label()}</option>
                            }).collect_view()}
                        </select>
                        <p class="hint">{selected.map(|preset| preset.description()).unwrap_or_default()}</p>
                        <p class="hint">"Your next sessions use only what you have. An exercise that needs something you no longer have steps to one you can do."</p>
                        <div class="actions">
                            <button disabled=move || chosen.get().is_none() on:click=save>"Save equipment"</button>
                        </div>
                        {move || saved.get().then(|| view! { <p role="status">"Saved. Today shows your next session with this equipment."</p> })}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
