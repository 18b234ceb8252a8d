//! One exercise of a session: its target and why, the sets logged, a row to log the next set, an
//! easier rung or lighter load if the person wants it today, and pain during.

use leptos::prelude::*;

use crate::domain::backup;
use crate::domain::catalog;
use crate::domain::catalog::name_of;
use crate::domain::engine::Prescription;
use crate::domain::equipment::{Inventory, LoadSource};
use crate::domain::ladder;
use crate::domain::log::{Session, SetLog};
use crate::domain::program::Load;
use crate::domain::rules::RIR_CHOICES_MAX;
use crate::domain::units::Unit;
use crate::ui::components::Rating;

/// What a set's count must be, in words: the same limit the backup reader checks (the build fails
/// if the two part).
const SET_VALUE_HINT: &str = "Enter a whole number from 1 to 2000.";
const _: () = assert!(backup::MAX_SET_VALUE == 2000);

/// The card of exercise `index` of the session.
#[component]
pub fn ExerciseCard(
    /// Position of the exercise in the session.
    index: usize,
    /// What the engine prescribed.
    prescription: Prescription,
    /// The session being logged.
    session: RwSignal<Session>,
    /// Saves the session in progress.
    persist: Callback<()>,
    /// The person's unit.
    unit: Unit,
    /// The person's equipment.
    inventory: Inventory,
) -> impl IntoView {
    let exercise_id = move || session.with(|session| session.exercises[index].exercise.clone());
    let dose = move || catalog::exercise(&exercise_id()).map(|exercise| exercise.dose);
    let value = RwSignal::new(prescription.low.to_string());
    let rir = RwSignal::new(String::new());
    let load = RwSignal::new(
        session
            .with_untracked(|session| {
                session.exercises[index]
                    .sets
                    .last()
                    .map(|set| set.load.clone())
            })
            .unwrap_or(prescription.load.clone()),
    );
    let pain =
        RwSignal::new(session.with_untracked(|session| session.exercises[index].pain_during));
    let (error, set_error) = signal(None::<&'static str>);
    let inventory = StoredValue::new(inventory);
    let implement = move || session.with(|session| session.exercises[index].implement);
    let load_options = move || {
        let mut options = catalog::exercise(&exercise_id())
            .map(|exercise| {
                let implement = implement().unwrap_or(exercise.implement);
                inventory
                    .with_value(|inventory| inventory.loads(LoadSource::of(exercise, implement)))
            })
            .unwrap_or_default();
        let current = load.get();
        if !options.contains(&current) {
            options.insert(0, current);
        }
        options
    };
    let prescribed_load = prescription.load.clone();
    let log_set = move |_| {
        let Ok(done) = value.get_untracked().trim().parse::<u16>() else {
            set_error.set(Some("Enter how many you did as a whole number."));
            return;
        };
        if done == 0 || done > backup::MAX_SET_VALUE {
            set_error.set(Some(SET_VALUE_HINT));
            return;
        }
        set_error.set(None);
        let set = SetLog {
            value: done,
            load: load.get_untracked(),
            rir: rir.get_untracked().parse().ok(),
        };
        let adjusted = set.load != prescribed_load;
        session.update(|session| {
            let log = &mut session.exercises[index];
            log.user_adjusted |= adjusted;
            log.sets.push(set);
        });
        persist.run(());
    };
    let undo_set = move |_| {
        session.update(|session| {
            session.exercises[index].sets.pop();
        });
        persist.run(());
    };
    let easier = move || {
        ladder::prev_rung(&exercise_id())
            .and_then(catalog::exercise)
            .filter(|easier| inventory.with_value(|inventory| inventory.can_do(easier)))
    };
    let take_easier_rung = move |_| {
        if let Some(easier) = easier() {
            let easier_implement = inventory
                .with_value(|inventory| inventory.implement_for(easier, implement()))
                .unwrap_or(easier.implement);
            let lightest = inventory
                .with_value(|inventory| {
                    inventory
                        .loads(LoadSource::of(easier, easier_implement))
                        .into_iter()
                        .next()
                })
                .unwrap_or(Load::Bodyweight);
            load.set(lightest);
            session.update(|session| {
                let log = &mut session.exercises[index];
                log.exercise = easier.id.to_string();
                log.implement = Some(easier_implement);
                log.tempo = None;
                log.user_adjusted = true;
            });
            persist.run(());
        }
    };
    let record_pain = Callback::new(move |score: u8| {
        session.update(|session| session.exercises[index].pain_during = Some(score));
        persist.run(());
    });
    let heading_id = format!("exercise-{index}");
    let labelled_by = heading_id.clone();
    let value_id = format!("value-{index}");
    let load_id = format!("load-{index}");
    let rir_id = format!("rir-{index}");
    let details = prescription.details(unit);

    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || name_of(&exercise_id())}</h2>
            <p class="prescription">{details}</p>
            <p class="small muted">{prescription.summary.clone()}</p>
            <ol class="sets">
                {move || session.with(|session| session.exercises[index].sets.clone()).into_iter().enumerate().map(|(number, set)| {
                    let counted = dose().map(|dose| dose.kind.amount(set.value)).unwrap_or_default();
                    let reserve = set.rir.map(|rir| format!(" · {rir} in reserve")).unwrap_or_default();
                    view! { <li>{format!("Set {}: {counted} · {}{reserve}", number + 1, set.load.show(unit))}</li> }
                }).collect_view()}
            </ol>
            <div class="set-entry">
                <div>
                    <label for=value_id.clone()>{move || match dose().map(|dose| dose.kind) {
                        Some(catalog::DoseKind::Seconds) => "Seconds",
                        Some(catalog::DoseKind::Metres) => "Metres",
                        _ => "Reps",
                    }}</label>
                    <input id=value_id type="number" inputmode="numeric" min="1" max="999" prop:value=move || value.get() on:input=move |event| value.set(event_target_value(&event))/>
                </div>
                <div>
                    <label for=load_id.clone()>"Load"</label>
                    <select id=load_id on:change=move |event| {
                        let options = load_options();
                        if let Some(choice) = event_target_value(&event).parse::<usize>().ok().and_then(|choice| options.get(choice).cloned()) {
                            load.set(choice);
                        }
                    }>
                        {move || load_options().into_iter().enumerate().map(|(choice, option)| {
                            let selected = option == load.get();
                            view! { <option value=choice.to_string() selected=selected>{option.show(unit)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for=rir_id.clone()>"In reserve"</label>
                    <select id=rir_id on:change=move |event| rir.set(event_target_value(&event))>
                        <option value="">"Not sure"</option>
                        {(0..=RIR_CHOICES_MAX).map(|left| view! { <option value=left.to_string()>{if left == RIR_CHOICES_MAX { format!("{left} or more") } else { left.to_string() }}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            {move || error.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
            <div class="actions">
                <button on:click=log_set>"Log set"</button>
                <Show when=move || session.with(|session| !session.exercises[index].sets.is_empty())>
                    <button class="secondary" on:click=undo_set>"Undo last set"</button>
                </Show>
                <Show when=move || easier().is_some()>
                    <button class="secondary" on:click=take_easier_rung>{move || format!("Easier today: {}", easier().map(|easier| easier.name).unwrap_or_default())}</button>
                </Show>
            </div>
            <Rating label="Highest pain during this exercise" ends=("no pain", "worst imaginable") value=pain on_pick=record_pain/>
        </section>
    }
}
