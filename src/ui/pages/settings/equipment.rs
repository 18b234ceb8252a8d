//! Settings: what the person trains with, item by item (each dumbbell pair or an adjustable set,
//! each kettlebell, bands by colour, bars and plates, box, bench, rack, bar and anchor), or from a
//! common set-up as a start; the next prescriptions use only what they have now.

use leptos::prelude::*;

use crate::domain::equipment::Preset;
use crate::ui::components::EquipmentEditor;
use crate::ui::state::AppState;

/// The equipment, once there is a profile to save it in.
#[component]
pub fn EquipmentSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved_inventory = move || {
        state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| profile.inventory.clone())
        })
    };
    let unit = Signal::derive(move || {
        state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| profile.unit)
                .unwrap_or_default()
        })
    });
    let inventory = RwSignal::new(saved_inventory().unwrap_or_default());
    let (saved, set_saved) = signal(false);
    let (problems, set_problems) = signal(Vec::<String>::new());
    let save = move |_| {
        let chosen = inventory.get_untracked();
        let found = chosen.problems(unit.get_untracked());
        if !found.is_empty() {
            set_problems.set(found);
            return;
        }
        set_problems.set(Vec::new());
        let done = state.save(move |store| match store.data().profile.clone() {
            Some(mut profile) => {
                profile.inventory = chosen.clone();
                store.save_profile(&profile)
            }
            None => Ok(()),
        });
        set_saved.set(done);
    };
    let now = move || {
        saved_inventory().map(|current| {
            match Preset::ALL
                .into_iter()
                .find(|preset| preset.inventory() == current)
            {
                Some(preset) => format!("Now: {}. {}", preset.label(), preset.description()),
                None => "Now: your own set-up, item by item below.".to_string(),
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="equipment">
            <h2 id="equipment">"Equipment"</h2>
            {move || match now() {
                None => view! {
                    <p class="muted">"Once your profile is set up, you can change your equipment here."</p>
                }.into_any(),
                Some(line) => view! {
                    <p>{line}</p>
                    <label for="equipment-preset">"Change to"</label>
                    <select id="equipment-preset" on:change=move |event| {
                        let index: usize = event_target_value(&event).parse().unwrap_or(0);
                        if let Some(preset) = index.checked_sub(1).and_then(|index| Preset::ALL.get(index)) {
                            inventory.set(preset.inventory());
                            set_saved.set(false);
                        }
                    }>
                        <option value="0">"Keep my items (change them below)"</option>
                        {Preset::ALL.iter().enumerate().map(|(index, preset)| view! {
                            <option value=(index + 1).to_string()>{preset.label()}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint">"A common set-up fills in the items below; then add or remove anything."</p>
                    <EquipmentEditor inventory unit/>
                    <p class="hint">"Your next sessions use only what you have. An exercise that needs something you no longer have steps to one you can do."</p>
                    {move || (!problems.get().is_empty()).then(|| view! {
                        <div class="notice error" role="alert"><ul>{problems.get().into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul></div>
                    })}
                    <div class="actions">
                        <button on:click=save>"Save equipment"</button>
                    </div>
                    {move || saved.get().then(|| view! { <p role="status">"Saved. Today shows your next session with this equipment."</p> })}
                }.into_any(),
            }}
        </section>
    }
}
