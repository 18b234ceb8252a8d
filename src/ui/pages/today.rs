//! Today: the safety status, a check-in prompt, this week's walking with a one-tap log, and the next
//! session with what to do and why.

use leptos::prelude::*;

use crate::domain::engine::{self, DayPrescription, Plan, Status};
use crate::domain::screen::ScreenStatus;
use crate::domain::units::Unit;
use crate::domain::{backup, catalog, checkin, schedule};
use crate::ui::components::ExercisePicture;
use crate::ui::download::download_and_record_backup;
use crate::ui::href;
use crate::ui::pages::walk_card::WalkCard;
use crate::ui::state::{now, today, AppState};

/// The home page once a profile exists.
#[component]
pub fn Today() -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = Memo::new(move |_| state.with_data(|data| engine::prescribe(data, today())));
    let unit = Memo::new(move |_| {
        state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| profile.unit)
                .unwrap_or_default()
        })
    });
    let next_day = Memo::new(move |_| {
        state.with_data(|data| {
            data.program
                .as_ref()
                .and_then(|program| schedule::next_day(program, &data.sessions))
        })
    });
    let chosen_day = RwSignal::new(None::<usize>);
    let shown_day = move || chosen_day.get().or(next_day.get());
    // A walk logged from this page makes a check-in too; only morning answers count as checked in.
    let checked_in = move || {
        state.with_data(|data| {
            data.checkins
                .iter()
                .any(|checkin| checkin.date == today() && checkin.has_morning_answers())
        })
    };
    let in_flare = Signal::derive(move || plan.get().status == Status::Flare);
    let weekly_due = move || state.with_data(|data| checkin::outcome_due(&data.outcomes, today()));
    let backup_due = move || {
        state
            .store
            .with(|store| backup::reminder_due(store.data(), store.last_backup(), now()))
    };
    let (backup_error, set_backup_error) = signal(None::<String>);
    let in_progress = move || {
        state
            .store
            .with(|store| store.in_progress().map(|session| session.day))
    };

    view! {
        <h1>"Today"</h1>
        {move || safety_card(&plan.get())}
        {move || status_card(&plan.get())}
        {move || (!checked_in()).then(|| view! {
            <section class="card" aria-labelledby="checkin-prompt">
                <h2 id="checkin-prompt">"Morning check-in"</h2>
                <p>"How is your back this morning? Your answer decides whether the next session steps up, holds or eases off."</p>
                <a class="button" href=href("/check-in")>"Check in"</a>
            </section>
        })}
        {move || weekly_due().then(|| view! {
            <section class="card" aria-labelledby="weekly-prompt">
                <h2 id="weekly-prompt">"Weekly check"</h2>
                <p>"Two minutes: your usual pain this week, and how your everyday activities are going."</p>
                <a class="button" href=href("/weekly")>"Do the weekly check"</a>
            </section>
        })}
        {move || backup_due().then(|| view! {
            <section class="notice info" aria-labelledby="backup-reminder">
                <h2 id="backup-reminder">"Keep a copy of your progress"</h2>
                <p>"Your training lives only in this browser. A backup file keeps it safe if the browser clears its data or you change phones."</p>
                <div class="actions">
                    <button on:click=move |_| set_backup_error.set(download_and_record_backup(state).err())>"Download a backup"</button>
                </div>
                {move || backup_error.get().map(|error| view! { <p class="notice error" role="alert">{error}</p> })}
            </section>
        })}
        <WalkCard in_flare=in_flare/>
        {move || in_progress().map(|day| view! {
            <section class="notice info">
                <p>"You have a session in progress. Everything you logged is saved."</p>
                <a class="button" href=href(&format!("/session/{day}"))>"Resume the session"</a>
            </section>
        })}
        {move || {
            let plan = plan.get();
            let blocked = plan.status == Status::Blocked;
            match shown_day().and_then(|index| plan.days.get(index).cloned()) {
                Some(day) => {
                    let names = plan.days.iter().map(|day| day.name.clone()).collect();
                    day_view(day, unit.get(), blocked, names, chosen_day, next_day.get()).into_any()
                }
                None => view! { <p>"Your program has no training days yet."</p> }.into_any(),
            }
        }}
    }
}

/// The safety screen's status, when it asks something of the person.
fn safety_card(plan: &Plan) -> Option<impl IntoView> {
    let asks_again = !plan.ask_safety_screen.is_empty();
    let message = match &plan.screen {
        ScreenStatus::Clear if !asks_again => return None,
        ScreenStatus::Clear => None,
        other => Some(other.message()),
    };
    let blocked = plan.screen.blocks_training();
    let reasons: Vec<String> = plan
        .ask_safety_screen
        .iter()
        .map(|reason| reason.text.clone())
        .collect();
    Some(view! {
        <section class=if blocked { "notice error" } else { "notice" } role=if blocked { "alert" } else { "status" }>
            {message.map(|message| view! { <p><strong>{message}</strong></p> })}
            {asks_again.then(|| view! {
                <p>"Please answer the safety questions again:"</p>
                <ul>{reasons.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
            })}
            <a class="button" href=href("/safety")>{if blocked { "Safety questions and clearance" } else { "Answer the safety questions" }}</a>
        </section>
    })
}

/// A flare, re-entry or light week, with its reasons.
fn status_card(plan: &Plan) -> Option<impl IntoView> {
    let title = match plan.status {
        Status::Normal | Status::Blocked => return None,
        Status::Flare => "A flare: easier sessions for now",
        Status::ReEntry => "Coming back after a flare",
        Status::LightWeek => "A lighter week",
    };
    let reasons: Vec<String> = plan
        .status_reasons
        .iter()
        .map(|reason| reason.text.clone())
        .collect();
    Some(view! {
        <section class="notice info">
            <h2>{title}</h2>
            <ul>{reasons.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
        </section>
    })
}

/// One day's prescriptions with a way to start, and a switch to the other days.
fn day_view(
    day: DayPrescription,
    unit: Unit,
    blocked: bool,
    day_names: Vec<String>,
    chosen_day: RwSignal<Option<usize>>,
    next_day: Option<usize>,
) -> impl IntoView {
    let index = day.day;
    let heading = if Some(index) == next_day {
        format!("Next session: {}", day.name)
    } else {
        day.name.clone()
    };
    view! {
        <section class="card" aria-labelledby="next-session">
            <h2 id="next-session">{heading}</h2>
            <ol class="plan">
                {day.slots.into_iter().map(|slot| {
                    let details = slot.details(unit);
                    let reasons: Vec<String> = slot.reasons.iter().map(|reason| reason.text.clone()).collect();
                    view! {
                        <li>
                            <h3><a href=href(&format!("/exercises/{}", slot.exercise))>{catalog::name_of(&slot.exercise)}</a></h3>
                            <p class="prescription">{details}</p>
                            <ExercisePicture id=slot.exercise.clone() compact=true />
                            <p>{slot.summary.clone()}</p>
                            <details>
                                <summary>"Why"</summary>
                                <ul>{reasons.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="actions">
                {(!blocked).then(|| view! { <a class="button" href=href(&format!("/session/{index}"))>"Start this session"</a> })}
            </div>
            {(day_names.len() > 1).then(|| view! {
                <nav class="actions" aria-label="Other days">
                    {day_names.into_iter().enumerate().filter(|(other, _)| *other != index).map(|(other, name)| view! {
                        <button class="secondary" on:click=move |_| chosen_day.set(Some(other))>{format!("Show {name}")}</button>
                    }).collect_view()}
                </nav>
            })}
        </section>
    }
}
