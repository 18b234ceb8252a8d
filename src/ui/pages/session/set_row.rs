//! One set of an exercise: its number, the value and load it will be logged with (prefilled with
//! the engine's target), a large ✓ that logs it as shown, ± steppers in the equipment's real steps
//! behind a tap on the numbers (typing works too, with a comma or a point), and for timed holds a
//! timer that fills in the seconds.

use leptos::prelude::*;

use super::Logger;
use crate::domain::backup;
use crate::domain::catalog::{self, DoseKind};
use crate::domain::equipment::LoadSource;
use crate::domain::gym::{self, Effort};
use crate::domain::log::SetLog;
use crate::domain::program::Load;
use crate::domain::rules;
use crate::ui::device;
use crate::ui::state::{now, AppState};

/// Row `row` of exercise `index`.
#[component]
pub fn SetRow(
    /// Position of the exercise in the session.
    index: usize,
    /// Position of the set.
    row: usize,
    /// The effort chip chosen for the next set.
    effort: RwSignal<Effort>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let logger = expect_context::<Logger>();
    let session = logger.session;
    let unit = logger.unit;
    let (planned, exercise) = logger.planned_at(index);
    let dose = move || {
        exercise
            .get()
            .map_or(DoseKind::Reps, |exercise| exercise.dose.kind)
    };
    let done =
        Memo::new(move |_| session.with(|session| session.exercises[index].sets.get(row).cloned()));
    let logged = Memo::new(move |_| session.with(|session| session.exercises[index].sets.len()));
    let value_set = RwSignal::new(None::<u16>);
    let load_set = RwSignal::new(None::<Load>);
    // A change of exercise starts the row again from the new targets.
    Effect::watch(
        move || planned.with(|planned| planned.exercise.clone()),
        move |_, _, _| {
            value_set.set(None);
            load_set.set(None);
        },
        false,
    );
    let value = move || {
        value_set.get().unwrap_or_else(|| {
            planned.with(|planned| {
                planned
                    .targets
                    .get(row)
                    .or(planned.targets.last())
                    .copied()
                    .unwrap_or(1)
            })
        })
    };
    // The load carries forward from the latest set logged, else the plan's.
    let load = move || {
        load_set.get().unwrap_or_else(|| {
            session
                .with(|session| {
                    session.exercises[index]
                        .sets
                        .last()
                        .map(|set| set.load.clone())
                })
                .unwrap_or_else(|| planned.with(|planned| planned.load.clone()))
        })
    };
    let is_next = move || done.get().is_none() && logged.get() == row;
    let editing = RwSignal::new(false);
    let hold_from = RwSignal::new(None::<chrono::NaiveDateTime>);
    let held = move || {
        hold_from.get().map(|from| {
            let millis = (logger.clock.get() - from).num_milliseconds().max(0);
            u32::try_from(millis / 1000).unwrap_or(u32::MAX)
        })
    };
    let loads = move || {
        let planned = planned.get();
        exercise
            .get()
            .map(|exercise| {
                state.with_data(|data| {
                    data.profile
                        .as_ref()
                        .map(|profile| {
                            profile
                                .inventory
                                .loads(LoadSource::of(exercise, planned.implement))
                        })
                        .unwrap_or_default()
                })
            })
            .unwrap_or_default()
    };
    let step = move || match dose() {
        DoseKind::Reps => 1,
        DoseKind::Seconds => rules::HOLD_STEP_SECONDS,
        DoseKind::Metres => rules::CARRY_STEP_METRES,
    };
    let nudge_value = move |up: bool| {
        let current = value();
        let next = if up {
            current.saturating_add(step()).min(backup::MAX_SET_VALUE)
        } else {
            current.saturating_sub(step()).max(1)
        };
        value_set.set(Some(next));
    };
    let mass = move |load: &Load| match load {
        Load::Mass(mass) => mass.grams(),
        Load::Band(_) => {
            let options = loads();
            i64::try_from(
                options
                    .iter()
                    .position(|option| option == load)
                    .unwrap_or(0),
            )
            .unwrap_or(0)
        }
        Load::Bodyweight => 0,
    };
    let nudge_load = move |up: bool| {
        let options = loads();
        let current = load();
        let position = options.iter().position(|option| *option == current);
        let next = match (position, up) {
            (Some(at), true) => options.get(at + 1).cloned(),
            (Some(at), false) => at.checked_sub(1).and_then(|at| options.get(at).cloned()),
            (None, true) => options
                .iter()
                .find(|option| mass(option) > mass(&current))
                .cloned(),
            (None, false) => options
                .iter()
                .rev()
                .find(|option| mass(option) < mass(&current))
                .cloned(),
        };
        if let Some(next) = next {
            load_set.set(Some(next));
        }
    };
    let (error, set_error) = signal(None::<String>);
    let log_set = move |_| {
        let set = SetLog {
            value: value(),
            load: load(),
            rir: exercise
                .get_untracked()
                .filter(|exercise| gym::asks_effort(exercise))
                .map(|_| effort.get_untracked().rir()),
        };
        let adjusted = set.load != planned.with_untracked(|planned| planned.load.clone());
        session.update(|session| {
            let log = &mut session.exercises[index];
            log.user_adjusted |= adjusted;
            log.sets.push(set);
        });
        logger.persist.run(());
        editing.set(false);
        hold_from.set(None);
        let remaining = untrack(|| logger.sets_left());
        let (day, slot) =
            session.with_untracked(|session| (session.day, session.exercises[index].slot));
        let rest = exercise.get_untracked().map(|exercise| {
            state.with_data(|data| {
                gym::rest_in_plan(
                    data.program.as_ref(),
                    day,
                    slot,
                    exercise,
                    planned.with_untracked(|planned| planned.implement),
                )
            })
        });
        let explained = exercise.get_untracked().is_some_and(gym::asks_effort);
        logger.save_gym(|gym| {
            gym.effort_explained |= explained;
            gym.rest = match rest {
                Some(seconds) if remaining > 0 => Some(gym::Rest::start(now(), seconds)),
                _ => None,
            };
        });
        logger.clock.set(now());
        // The tap unlocks sound for the end of the rest (last: the set is stored and shown first).
        logger
            .audio
            .update_value(|audio| *audio = device::unlock_audio(audio.take()));
    };
    let undo = move |_| {
        session.update(|session| {
            session.exercises[index].sets.pop();
        });
        logger.persist.run(());
    };
    let commit_value = move |text: String| match gym::parse_number(&text) {
        Some(typed) if typed >= 1.0 && typed <= f64::from(backup::MAX_SET_VALUE) => {
            set_error.set(None);
            value_set.set(Some(typed.round() as u16));
        }
        _ => set_error.set(Some(format!(
            "Enter a whole number from 1 to {}.",
            backup::MAX_SET_VALUE
        ))),
    };
    let commit_load = move |text: String| match gym::parse_mass(&text, unit) {
        Some(typed) => {
            set_error.set(None);
            load_set.set(Some(Load::Mass(typed)));
        }
        None => set_error.set(Some(format!(
            "Enter the load in {}, like 12,5.",
            unit.label()
        ))),
    };
    let amount = move |value: u16| dose().amount(value);
    let name = move || catalog::name_of(&planned.with(|planned| planned.exercise.clone()));
    let loaded = move || !matches!(load(), Load::Bodyweight);
    let typed_load = move || matches!(load(), Load::Mass(_));

    view! {
        <li class="set-row" class:done=move || done.get().is_some() class:next=is_next>
            <div class="set-line">
                <span class="set-no" aria-hidden="true">{row + 1}</span>
                {move || match done.get() {
                    Some(set) => {
                        let effort = set.rir.map(|rir| format!(" · {}", Effort::of_rir(rir).label().to_lowercase())).unwrap_or_default();
                        view! { <span class="set-shown">{format!("{} · {}{effort}", amount(set.value), set.load.show(unit))}</span> }.into_any()
                    }
                    None => view! {
                        <button type="button" class="set-value" aria-expanded=move || editing.get().to_string()
                            on:click=move |_| editing.update(|open| *open = !*open)>
                            <span class="visually-hidden">{format!("Change set {}: ", row + 1)}</span>
                            <span class="value">{move || amount(value())}</span>
                            <span class="visually-hidden">" at "</span>
                            <span class="load">{move || load().show(unit)}</span>
                        </button>
                    }.into_any(),
                }}
                {move || (dose() == DoseKind::Seconds && done.get().is_none()).then(|| match held() {
                    Some(seconds) => view! {
                        <button type="button" class="hold running" on:click=move |_| {
                            let seconds = held().unwrap_or(0).max(1);
                            value_set.set(Some(u16::try_from(seconds).unwrap_or(backup::MAX_SET_VALUE)));
                            hold_from.set(None);
                        }><span aria-hidden="true">"■ "</span>{format!("Stop {}", gym::clock(seconds))}</button>
                    }.into_any(),
                    None => view! {
                        <button type="button" class="hold secondary" on:click=move |_| {
                            let at = now();
                            logger.clock.set(at);
                            hold_from.set(Some(at));
                        }><span aria-hidden="true">"▶ "</span>"Time"<span class="visually-hidden">{format!(" the hold of set {}", row + 1)}</span></button>
                    }.into_any(),
                })}
                {move || match done.get() {
                    Some(_) if logged.get() == row + 1 => view! {
                        <button type="button" class="tick" aria-pressed="true" on:click=undo
                            aria-label=move || format!("Set {} of {} logged. Undo", row + 1, name())>"✓"</button>
                    }.into_any(),
                    Some(_) => view! { <span class="tick-done" role="img" aria-label=format!("Set {} logged", row + 1)>"✓"</span> }.into_any(),
                    None => view! {
                        <button type="button" class="tick" aria-pressed="false" on:click=log_set
                            aria-label=move || format!("Log set {} of {}: {} at {}", row + 1, name(), amount(value()), load().show(unit))>"✓"</button>
                    }.into_any(),
                }}
            </div>
            <Show when=move || editing.get() && done.get().is_none()>
                <div class="stepper">
                    <div class="stepper-field">
                        <label for=format!("value-{index}-{row}")>{move || match dose() { DoseKind::Reps => "Reps", DoseKind::Seconds => "Seconds", DoseKind::Metres => "Metres" }}</label>
                        <div class="stepper-controls">
                            <button type="button" class="secondary" aria-label="Less" on:click=move |_| nudge_value(false)>"−"</button>
                            <input id=format!("value-{index}-{row}") type="text" inputmode="decimal" prop:value=move || value().to_string()
                                on:change=move |event| commit_value(event_target_value(&event))/>
                            <button type="button" class="secondary" aria-label="More" on:click=move |_| nudge_value(true)>"+"</button>
                        </div>
                    </div>
                    <Show when=loaded>
                        <div class="stepper-field">
                            <label for=format!("load-{index}-{row}")>{format!("Load ({})", unit.label())}</label>
                            <div class="stepper-controls">
                                <button type="button" class="secondary" aria-label="Lighter" on:click=move |_| nudge_load(false)>"−"</button>
                                <input id=format!("load-{index}-{row}") type="text" inputmode="decimal" readonly=move || !typed_load()
                                    prop:value=move || match load() { Load::Mass(mass) => unit.show(mass).trim_end_matches(unit.label()).trim().to_string(), other => other.show(unit) }
                                    on:change=move |event| commit_load(event_target_value(&event))/>
                                <button type="button" class="secondary" aria-label="Heavier" on:click=move |_| nudge_load(true)>"+"</button>
                            </div>
                        </div>
                    </Show>
                    {move || error.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
                </div>
            </Show>
        </li>
    }
}
