//! The gym screen: one card per exercise with a row per prescribed set and a large ✓ that logs it
//! as shown, the rest timer, the screen kept awake, finishing and the summary of what changes.
//!
//! Every change is saved at once as the session in progress, so a closed tab, a reload or a crash
//! loses nothing; the session is offered to resume on the Today page. The rules (each set's target,
//! easier and harder exercises, starting a session, the summary) come from the domain.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::catalog::{self, DoseKind};
use crate::domain::engine::{self, Adjusted, Current, Prescription};
use crate::domain::gym::GymDevice;
use crate::domain::log::Session;
use crate::domain::program::Load;
use crate::domain::session::{self as session_rules, Summary};
use crate::domain::units::Unit;
use crate::ui::components::NotToday;
use crate::ui::href;
use crate::ui::state::{now, today, AppState};

mod awake;
mod exercise_card;
mod finish;
mod howto;
mod rest_timer;
mod set_row;

use exercise_card::ExerciseCard;
use finish::{Discard, FinishSection, SummaryView};
use rest_timer::RestTimer;

/// One exercise as it is planned today: the engine's prescription, or the person's own change.
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    /// The exercise id.
    pub exercise: String,
    /// The implement.
    pub implement: catalog::Implement,
    /// Sets.
    pub sets: u8,
    /// The load.
    pub load: Load,
    /// Each set's target.
    pub targets: Vec<u16>,
    /// The work, load and effort in one line.
    pub details: String,
    /// Why, in a sentence.
    pub why: String,
}

impl Planned {
    /// As the engine prescribed it.
    fn prescribed(prescription: &Prescription, unit: Unit) -> Planned {
        Planned {
            exercise: prescription.exercise.clone(),
            implement: prescription.implement,
            sets: prescription.sets,
            load: prescription.load.clone(),
            targets: prescription.targets.clone(),
            details: prescription.details(unit),
            why: prescription.summary.clone(),
        }
    }

    /// As the person changed it, for today only or from now on.
    fn changed(adjusted: &Adjusted, unit: Unit, today_only: bool) -> Planned {
        let dose = catalog::exercise(&adjusted.exercise)
            .map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
        Planned {
            exercise: adjusted.exercise.clone(),
            implement: adjusted.implement,
            sets: adjusted.sets,
            load: adjusted.load.clone(),
            targets: adjusted.targets.clone(),
            details: format!(
                "{} × {} · {}",
                adjusted.sets,
                dose.range(adjusted.low, adjusted.high),
                adjusted.load.show(unit)
            ),
            why: if today_only {
                format!(
                    "Your choice for today: {}. Next time goes back to the plan.",
                    catalog::name_of(&adjusted.exercise)
                )
            } else {
                format!(
                    "Your choice from now on: {}. Next time goes on from it.",
                    catalog::name_of(&adjusted.exercise)
                )
            },
        }
    }
}

/// What every part of the page shares.
#[derive(Clone, Copy)]
pub struct Logger {
    /// The session being logged.
    pub session: RwSignal<Session>,
    /// Each exercise as planned today.
    pub planned: RwSignal<Vec<Planned>>,
    /// This device's gym settings and the rest running.
    pub gym: RwSignal<GymDevice>,
    /// The time now, ticking while the page is open.
    pub clock: RwSignal<chrono::NaiveDateTime>,
    /// The person's unit.
    pub unit: Unit,
    /// Saves the session in progress.
    pub persist: Callback<()>,
    /// The sound player, unlocked by a tap.
    pub audio: StoredValue<Option<wasm_bindgen::JsValue>, LocalStorage>,
}

impl Logger {
    /// Saves this device's gym settings and the rest running.
    pub fn save_gym(&self, change: impl FnOnce(&mut GymDevice)) {
        self.gym.update(change);
        let gym = self.gym.get_untracked();
        let state = expect_context::<AppState>();
        state.save(|store| store.save_gym(&gym));
    }

    /// Exercise `index` as planned, and the library's entry for it.
    pub fn planned_at(
        &self,
        index: usize,
    ) -> (Memo<Planned>, Memo<Option<&'static catalog::Exercise>>) {
        let planned_list = self.planned;
        let planned = Memo::new(move |_| planned_list.with(|planned| planned[index].clone()));
        let exercise = Memo::new(move |_| {
            catalog::exercise(&planned.with(|planned| planned.exercise.clone()))
        });
        (planned, exercise)
    }

    /// Sets planned today and not logged yet, over the whole session (tracked).
    pub fn sets_left(&self) -> usize {
        let planned = self.planned.get();
        self.session.with(|session| {
            session
                .exercises
                .iter()
                .zip(planned)
                .map(|(log, planned)| usize::from(planned.sets).saturating_sub(log.sets.len()))
                .sum()
        })
    }

    /// What exercise `index` is done as now, for easier, harder and swaps.
    pub fn current(&self, index: usize) -> Option<Current> {
        let planned = self
            .planned
            .with_untracked(|planned| planned.get(index).cloned())?;
        let (day, slot) = self
            .session
            .with_untracked(|session| (session.day, session.exercises[index].slot));
        Some(Current {
            day,
            slot,
            exercise: planned.exercise,
            implement: planned.implement,
            load: planned.load,
            sets: planned.sets,
        })
    }

    /// Exercise `index` changed to `to` by the person, in place, keeping its position and sets;
    /// for this session only, or from now on.
    pub fn change(&self, index: usize, to: &Adjusted, today_only: bool) {
        let unit = self.unit;
        self.session
            .update(|session| session_rules::swap(&mut session.exercises[index], to, today_only));
        self.planned
            .update(|planned| planned[index] = Planned::changed(to, unit, today_only));
        self.persist.run(());
    }
}

/// The session page for program day `:day`.
#[component]
pub fn SessionPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let params = use_params_map();
    let day: Option<usize> = params
        .read_untracked()
        .get("day")
        .and_then(|day| day.parse().ok());
    let date = today();
    let plan = state.with_data(|data| engine::prescribe(data, date));
    // Exercises with no sets today (a new one during a flare) wait for another day.
    let Some(prescriptions) = day.and_then(|day| plan.days.get(day)).map(|day| {
        day.slots
            .iter()
            .filter(|slot| slot.sets > 0)
            .cloned()
            .collect::<Vec<_>>()
    }) else {
        return view! {
            <h1>"Session not found"</h1>
            <p>"Your program has no such day. Your data is safe."</p>
            <p><a class="button" href=href("/")>"Back to today"</a></p>
        }
        .into_any();
    };
    let day = day.unwrap_or_default();
    if plan.screen.blocks_training() {
        return view! {
            <h1>"Training is paused"</h1>
            <p>{plan.screen.message()}</p>
            <p><a class="button" href=href("/safety")>"Safety questions and clearance"</a></p>
        }
        .into_any();
    }
    let day_name = plan.days[day].name.clone();
    let open = state
        .store
        .with_untracked(|store| store.in_progress().cloned());
    let resumed = open.clone().filter(|session| session.day == day);
    if resumed.is_none() && !plan.ask_safety_screen.is_empty() {
        // An open re-ask: the safety questions come before the session [CLINICAL.md §5].
        let reasons: Vec<String> = plan
            .ask_safety_screen
            .iter()
            .map(|reason| reason.text.clone())
            .collect();
        let then = format!("/safety?then=/session/{day}");
        return view! {
            <h1>"Before this session: the safety questions"</h1>
            <p>"A few quick questions first, so that training is right for you today."</p>
            <ul>{reasons.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
            <p><a class="button" href=href(&then)>"Answer the safety questions"</a></p>
            <p><a href=href("/")>"Back to today"</a></p>
        }
        .into_any();
    }
    let unit = state.with_data(|data| {
        data.profile
            .as_ref()
            .map(|profile| profile.unit)
            .unwrap_or_default()
    });
    let is_resumed = resumed.is_some();
    let (draft, closed) = match resumed {
        Some(session) => (session, None),
        None => {
            let started = state.with_data(|data| {
                session_rules::start(data, open.as_ref(), day, &prescriptions, now())
            });
            (started.session, started.closed)
        }
    };
    let planned = planned_for(&state, &draft, &prescriptions, unit, date);
    let session = RwSignal::new(draft);
    let closed = StoredValue::new(closed);
    let started = RwSignal::new(is_resumed);
    let persist = Callback::new(move |_: ()| {
        let draft = session.get_untracked();
        if !started.get_untracked() {
            // Another unfinished session is kept in the log as partly done before this one starts.
            if let Some(other) = closed.get_value() {
                state.save(|store| store.save_session(&other));
            }
            started.set(true);
        }
        state.save(|store| store.save_in_progress(&draft));
    });
    let logger = Logger {
        session,
        planned: RwSignal::new(planned),
        gym: RwSignal::new(state.store.with_untracked(|store| store.gym())),
        clock: RwSignal::new(now()),
        unit,
        persist,
        audio: StoredValue::new_local(None),
    };
    provide_context(logger);
    let handle = set_interval_with_handle(
        move || logger.clock.set(now()),
        std::time::Duration::from_millis(250),
    )
    .ok();
    on_cleanup(move || {
        if let Some(handle) = handle {
            handle.clear();
        }
    });
    let summary = RwSignal::new(None::<Summary>);
    let discarded = RwSignal::new(false);
    let open_session = Signal::derive(move || summary.with(Option::is_none) && !discarded.get());
    awake::keep_awake_while(open_session, logger.gym);
    let count = move || {
        let total = logger.planned.with(Vec::len);
        let done = session.with(|session| {
            session
                .exercises
                .iter()
                .zip(logger.planned.get())
                .filter(|(log, planned)| log.sets.len() >= usize::from(planned.sets))
                .count()
        });
        format!("{done} of {total} exercises done")
    };

    view! {
        <div class="session">
            <Show when=move || summary.with(Option::is_some)>
                <SummaryView summary=Signal::derive(move || summary.get().unwrap_or_else(empty_summary))/>
            </Show>
            <Show when=move || summary.with(Option::is_none)>
                <h1>{day_name.clone()}</h1>
                <Discard discarded/>
                <Show when=move || !discarded.get()>
                    <p class="session-count" aria-live="polite">{count}</p>
                    {is_resumed.then(|| view! { <p class="notice info">"Welcome back: this is the session you started earlier, with every set you logged."</p> })}
                    <p class="muted small">"Tap ✓ when a set is done as shown. Tap a number to change it. Stop any exercise that feels wrong today: a partly done session still counts."</p>
                    <NotToday in_session=true/>
                    {(0..logger.planned.with_untracked(Vec::len)).map(|index| view! { <ExerciseCard index/> }).collect_view()}
                    <FinishSection summary/>
                </Show>
            </Show>
            <Show when=move || open_session.get()>
                <RestTimer/>
            </Show>
        </div>
    }
    .into_any()
}

/// A summary with nothing in it (never shown: the view reads it only once there is one).
fn empty_summary() -> Summary {
    Summary {
        done: Vec::new(),
        records: Vec::new(),
        next: Vec::new(),
        next_day: None,
    }
}

/// Each exercise of `session` as planned: the prescription, or, for an exercise the person
/// changed before a reload, the same change asked of the domain again.
fn planned_for(
    state: &AppState,
    session: &Session,
    prescriptions: &[Prescription],
    unit: Unit,
    date: chrono::NaiveDate,
) -> Vec<Planned> {
    session
        .exercises
        .iter()
        .map(|log| {
            let prescription = prescriptions
                .iter()
                .find(|prescription| prescription.slot == log.slot);
            let Some(prescription) = prescription else {
                return Planned {
                    exercise: log.exercise.clone(),
                    implement: log.implement.unwrap_or(catalog::Implement::Bodyweight),
                    sets: u8::try_from(log.sets.len()).unwrap_or(u8::MAX),
                    load: log
                        .sets
                        .first()
                        .map(|set| set.load.clone())
                        .unwrap_or_default(),
                    targets: log.sets.iter().map(|set| set.value).collect(),
                    details: String::new(),
                    why: String::new(),
                };
            };
            if prescription.exercise == log.exercise {
                return Planned::prescribed(prescription, unit);
            }
            let current = Current {
                day: session.day,
                slot: log.slot,
                exercise: prescription.exercise.clone(),
                implement: prescription.implement,
                load: prescription.load.clone(),
                sets: prescription.sets,
            };
            state
                .with_data(|data| engine::swaps(data, date, &current))
                .into_iter()
                .find(|swap| swap.exercise == log.exercise)
                .map_or_else(
                    || Planned::prescribed(prescription, unit),
                    |swap| Planned::changed(&swap, unit, log.today_only),
                )
        })
        .collect()
}
