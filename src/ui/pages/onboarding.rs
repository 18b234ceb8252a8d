//! Onboarding: the safety screen, then a few questions that build the profile and a starter program.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::equipment::Preset;
use crate::domain::profile::{Experience, ScreenRecord};
use crate::domain::starter::{self, Answers};
use crate::domain::units::{Mass, Unit};
use crate::domain::walking;
use crate::ui::components::{EquipmentEditor, Rating, ScreenForm};
use crate::ui::state::{today, AppState};

/// The two steps of getting started.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Safety,
    About,
}

/// Getting started: safety questions first, then pain, equipment, time and goals.
#[component]
pub fn Onboarding() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let step = RwSignal::new(Step::Safety);
    let screen_yes = RwSignal::new(Vec::<String>::new());
    let usual_pain = RwSignal::new(None::<u8>);
    let preset = RwSignal::new(Preset::Nothing);
    let inventory = RwSignal::new(Preset::Nothing.inventory());
    let days = RwSignal::new(3u8);
    let minutes = RwSignal::new(30u16);
    let experience = RwSignal::new(Experience::New);
    let unit = RwSignal::new(Unit::Kg);
    let bodyweight = RwSignal::new(String::new());
    let walking_now = RwSignal::new(None::<u16>);
    let goals = [
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    ];
    let (error, set_error) = signal(None::<&'static str>);

    let finish = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(pain) = usual_pain.get_untracked() else {
            set_error.set(Some("Please rate your usual back pain over the past week."));
            return;
        };
        if !inventory
            .get_untracked()
            .problems(unit.get_untracked())
            .is_empty()
        {
            set_error.set(Some(
                "Please look at your equipment: one of the items does not add up.",
            ));
            return;
        }
        let bodyweight = bodyweight
            .get_untracked()
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|value| *value > 20.0 && *value < 400.0)
            .map(|value| Mass::from_unit(value, unit.get_untracked()));
        let answers = Answers {
            usual_pain: pain,
            inventory: inventory.get_untracked(),
            days_per_week: days.get_untracked(),
            minutes_per_session: minutes.get_untracked(),
            experience: experience.get_untracked(),
            goals: goals.iter().map(|goal| goal.get_untracked()).collect(),
            bodyweight,
            walk_minutes_per_week: walking_now.get_untracked(),
        };
        let day = today();
        let mut profile = starter::profile(&answers, unit.get_untracked(), day);
        profile.screens.push(ScreenRecord {
            date: day,
            yes: screen_yes.get_untracked(),
            cleared: None,
        });
        let program = starter::program(&answers, day);
        if state.save(|store| {
            store.save_profile(&profile)?;
            store.save_program(&program)
        }) {
            // Now there is something to keep: ask the browser not to clear it when space runs low.
            // Settings shows the answer and can ask again.
            leptos::task::spawn_local(async {
                crate::storage::persist::request_persistence().await;
            });
            navigate("/", Default::default());
        }
    };

    view! {
        <h1>"Getting started"</h1>
        <Show
            when=move || step.get() == Step::Safety
            fallback=move || view! {
                <p class="steps">"Step 2 of 2: about you"</p>
                <form on:submit=finish.clone()>
                    <Rating label="Your usual back pain over the past week" ends=("no pain", "worst imaginable") value=usual_pain/>
                    <label for="preset">"What you can train with"</label>
                    <select id="preset" on:change=move |event| {
                        let index: usize = event_target_value(&event).parse().unwrap_or(0);
                        let chosen = Preset::ALL[index.min(Preset::ALL.len() - 1)];
                        preset.set(chosen);
                        inventory.set(chosen.inventory());
                    }>
                        {Preset::ALL.iter().enumerate().map(|(index, option)| view! {
                            <option value=index.to_string() selected=move || preset.get() == *option>{option.label()}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint">{move || preset.get().description()}</p>
                    <details class="card">
                        <summary>"Change it item by item"</summary>
                        <p class="small muted">"Add exactly what you have, like one 12 kg kettlebell, or take away what you do not."</p>
                        <EquipmentEditor inventory unit=Signal::derive(move || unit.get())/>
                    </details>
                    <fieldset>
                        <legend>"Days a week"</legend>
                        <div class="choices">
                            {[2u8, 3].into_iter().map(|count| view! {
                                <label><input type="radio" name="days" prop:checked=move || days.get() == count on:change=move |_| days.set(count)/>{format!("{count} days")}</label>
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <label for="minutes">"Minutes for a session"</label>
                    <select id="minutes" on:change=move |event| minutes.set(event_target_value(&event).parse().unwrap_or(30))>
                        {[20u16, 30, 45, 60].into_iter().map(|value| view! {
                            <option value=value.to_string() selected=move || minutes.get() == value>{format!("{value} minutes")}</option>
                        }).collect_view()}
                    </select>
                    <label for="experience">"Experience with strength training"</label>
                    <select id="experience" on:change=move |event| experience.set(match event_target_value(&event).as_str() {
                        "some" => Experience::Some,
                        "experienced" => Experience::Experienced,
                        _ => Experience::New,
                    })>
                        <option value="new">"New to it, or not for years"</option>
                        <option value="some">"Some, on and off"</option>
                        <option value="experienced">"Regular training with weights"</option>
                    </select>
                    <label for="walking-now">"How much do you walk in a usual week now?"</label>
                    <select id="walking-now" on:change=move |event| walking_now.set(event_target_value(&event).parse().ok())>
                        <option value="" selected=move || walking_now.get().is_none()>"Choose one"</option>
                        {walking::NOW_CHOICES.into_iter().map(|(minutes, label)| view! {
                            <option value=minutes.to_string() selected=move || walking_now.get() == Some(minutes)>{label}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint">"Walking is a gentle second track beside strength: we start from what you do now and build up slowly."</p>
                    <fieldset>
                        <legend>"Three everyday things that are hard right now"</legend>
                        <p class="hint">"In your own words, like “carry the shopping”, “garden for an hour” or “lift my toddler”. We will track how they get easier."</p>
                        {goals.into_iter().enumerate().map(|(index, goal)| {
                            let id = format!("goal-{index}");
                            view! {
                                <label class="visually-hidden" for=id.clone()>{format!("Activity {}", index + 1)}</label>
                                <input id=id type="text" maxlength="80" prop:value=move || goal.get() on:input=move |event| goal.set(event_target_value(&event))/>
                            }
                        }).collect_view()}
                    </fieldset>
                    <fieldset>
                        <legend>"Units"</legend>
                        <div class="choices">
                            {Unit::ALL.into_iter().map(|option| view! {
                                <label><input type="radio" name="unit" prop:checked=move || unit.get() == option on:change=move |_| unit.set(option)/>{option.label()}</label>
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <label for="bodyweight">"Body weight " <span class="hint">"(optional; helps decide when heavier lifts fit)"</span></label>
                    <input id="bodyweight" type="text" inputmode="decimal" prop:value=move || bodyweight.get() on:input=move |event| bodyweight.set(event_target_value(&event))/>
                    {move || error.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
                    <div class="actions">
                        <button type="button" class="secondary" on:click=move |_| step.set(Step::Safety)>"Back"</button>
                        <button type="submit">"Make my program"</button>
                    </div>
                </form>
            }
        >
            <p class="steps">"Step 1 of 2: safety questions"</p>
            <ScreenForm yes=screen_yes/>
            <div class="actions">
                <button on:click=move |_| step.set(Step::About)>"Continue"</button>
            </div>
        </Show>
    }
}
