//! The daily check-in: pain and stiffness on waking, sleep, stress, mood, walking, and "I'm having a flare".

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::checkin::CheckIn;
use crate::domain::{engine, limits};
use crate::ui::components::Rating;
use crate::ui::state::{today, AppState};

/// Today's check-in; answering again replaces today's answers.
#[component]
pub fn CheckInPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let date = today();
    let earlier = state.with_data(|data| {
        data.checkins
            .iter()
            .rev()
            .find(|checkin| checkin.date == date)
            .cloned()
    });
    let earlier = earlier.unwrap_or(CheckIn {
        date,
        ..CheckIn::default()
    });
    let pain = RwSignal::new(earlier.pain);
    let stiffness = RwSignal::new(earlier.stiffness);
    let sleep_quality = RwSignal::new(earlier.sleep_quality);
    let stress = RwSignal::new(earlier.stress);
    let mood = RwSignal::new(earlier.mood);
    let sleep_hours = RwSignal::new(
        earlier
            .sleep_hours
            .map(|hours| hours.to_string())
            .unwrap_or_default(),
    );
    let walk = RwSignal::new(
        earlier
            .walk_minutes
            .map(|minutes| minutes.to_string())
            .unwrap_or_default(),
    );
    let earlier_choice = earlier.choice;
    let flare = RwSignal::new(earlier.flare);
    let leg_symptoms = RwSignal::new(earlier.new_leg_symptoms);
    let (error, set_error) = signal(None::<String>);

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let sleep_hours = match limits::sleep_hours(&sleep_hours.get_untracked()) {
            Ok(hours) => hours,
            Err(text) => return set_error.set(Some(text)),
        };
        let walk_minutes = match limits::walk_minutes(&walk.get_untracked()) {
            Ok(minutes) => minutes,
            Err(text) => return set_error.set(Some(text)),
        };
        let checkin = CheckIn {
            date,
            pain: pain.get_untracked(),
            stiffness: stiffness.get_untracked(),
            sleep_hours,
            sleep_quality: sleep_quality.get_untracked(),
            stress: stress.get_untracked(),
            mood: mood.get_untracked(),
            walk_minutes,
            new_leg_symptoms: leg_symptoms.get_untracked(),
            flare: flare.get_untracked(),
            choice: earlier_choice,
        };
        let asks =
            || state.with_data(|data| !engine::prescribe(data, date).ask_safety_screen.is_empty());
        let asked_before = asks();
        if state.save(|store| store.save_checkin(&checkin)) {
            // New leg symptoms or a jump in pain open the safety questions, with what was reported.
            let opens_safety = checkin.new_leg_symptoms || (!asked_before && asks());
            navigate(
                if opens_safety { "/safety" } else { "/" },
                Default::default(),
            );
        }
    };

    view! {
        <h1>"Morning check-in"</h1>
        <p class="muted">"A minute each morning. Skip anything you like; pain on waking matters most."</p>
        <form on:submit=save>
            <Rating label="Back pain on waking" ends=("no pain", "worst imaginable") value=pain/>
            <Rating label="Morning stiffness" ends=("none", "very stiff") value=stiffness/>
            <Rating label="How well you slept" ends=("very badly", "very well") value=sleep_quality/>
            <label for="sleep-hours">"Hours slept"</label>
            <input id="sleep-hours" type="text" inputmode="decimal" prop:value=move || sleep_hours.get() on:input=move |event| sleep_hours.set(event_target_value(&event))/>
            <Rating label="Stress yesterday" ends=("calm", "very stressed") value=stress/>
            <Rating label="Mood" ends=("very low", "very good") value=mood/>
            <label for="walk">"Minutes walked today " <span class="hint">"(optional; Today also logs a walk in one tap)"</span></label>
            <input id="walk" type="text" inputmode="numeric" prop:value=move || walk.get() on:input=move |event| walk.set(event_target_value(&event))/>
            <div class="check">
                <input id="flare" type="checkbox" prop:checked=move || flare.get() on:change=move |event| flare.set(event_target_checked(&event))/>
                <label for="flare">"I'm having a flare"</label>
            </div>
            <p class="hint">"Flares are common and are not damage. Sessions get easier for a while, then build back up."</p>
            <div class="check">
                <input id="legs" type="checkbox" prop:checked=move || leg_symptoms.get() on:change=move |event| leg_symptoms.set(event_target_checked(&event))/>
                <label for="legs">"New numbness, tingling or weakness in a leg"</label>
            </div>
            {move || error.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
            <div class="actions"><button type="submit">"Save check-in"</button></div>
        </form>
    }
}
