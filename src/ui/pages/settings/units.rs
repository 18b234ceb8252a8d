//! Settings: the unit weights are shown in (kilograms or pounds), saved in the profile.

use leptos::prelude::*;

use crate::domain::units::Unit;
use crate::ui::state::AppState;

/// A kg / lb choice, once there is a profile to save it in.
#[component]
pub fn UnitsSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || state.with_data(|data| data.profile.as_ref().map(|profile| profile.unit));
    let choose = move |unit: Unit| {
        // The change reads the profile from the store, so a retry after another tab's save keeps
        // that tab's other changes.
        state.save(move |store| match store.data().profile.clone() {
            Some(mut profile) if profile.unit != unit => {
                profile.unit = unit;
                store.save_profile(&profile)
            }
            _ => Ok(()),
        });
    };
    let choices = move |current: Unit| {
        Unit::ALL
            .into_iter()
            .map(|unit| {
                let name = match unit {
                    Unit::Kg => "Kilograms (kg)",
                    Unit::Lb => "Pounds (lb)",
                };
                view! {
                    <label>
                        <input
                            type="radio"
                            name="unit"
                            value=unit.label()
                            prop:checked=unit == current
                            on:change=move |_| choose(unit)
                        />
                        {name}
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="units">
            <h2 id="units">"Units"</h2>
            {move || match current() {
                None => view! {
                    <p class="muted">
                        "Once your profile is set up, you can choose here whether weights are shown "
                        "in kilograms or pounds."
                    </p>
                }
                .into_any(),
                Some(unit) => view! {
                    <fieldset>
                        <legend>"Show weights in"</legend>
                        {choices(unit)}
                    </fieldset>
                    <p class="small muted">
                        "Weights you logged are kept exactly; only the way they are shown changes."
                    </p>
                }
                .into_any(),
            }}
        </section>
    }
}
