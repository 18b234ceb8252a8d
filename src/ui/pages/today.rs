//! Today: one clear next action. The safety questions when they are open; else resume the session
//! in progress, start the next session when it is due ("not today" beside it), or a calm rest day.
//! Above it the one-tap morning check-in; below it this week's walking, then quiet links (the
//! weekly check from day 7, the backup reminder).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::engine::{self, DayPrescription, Decision, Plan, Status};
use crate::domain::not_today::{self, DayChoice};
use crate::domain::screen::ScreenStatus;
use crate::domain::units::Unit;
use crate::domain::{backup, catalog, checkin, lessons, schedule};
use crate::ui::components::{ExercisePicture, NotToday, Rating};
use crate::ui::download::download_and_record_backup;
use crate::ui::href;
use crate::ui::pages::walk_card::WalkCard;
use crate::ui::state::{now, AppState};

/// The home page once a profile exists.
#[component]
pub fn Today() -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = Memo::new(move |_| {
        let date = state.today();
        state.with_data(|data| engine::prescribe(data, date))
    });
    let unit = Memo::new(move |_| {
        state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| profile.unit)
                .unwrap_or_default()
        })
    });
    let due = Memo::new(move |_| {
        let date = state.today();
        state.with_data(|data| {
            data.program.as_ref().and_then(|program| {
                schedule::next_due(program, &data.sessions, &data.checkins, date)
            })
        })
    });
    let choice = Memo::new(move |_| {
        let date = state.today();
        state.with_data(|data| not_today::choice_on(&data.checkins, date))
    });
    let train_anyway = RwSignal::new(false);
    let in_flare = Signal::derive(move || plan.get().status == Status::Flare);
    let in_progress = move || {
        state
            .store
            .with(|store| store.in_progress().map(|session| session.day))
    };

    let primary = move || {
        let plan = plan.get();
        if plan.screen.blocks_training() {
            return None;
        }
        if let Some(day) = in_progress() {
            return Some(
                view! {
                    <section class="card primary" aria-labelledby="resume">
                        <h2 id="resume">"Your session is waiting"</h2>
                        <p>"Everything you logged is saved. Carry on where you left off."</p>
                        <a class="button wide" href=href(&format!("/session/{day}"))>"Resume the session"</a>
                    </section>
                }
                .into_any(),
            );
        }
        let today = state.today();
        let due = due.get()?;
        let chosen = choice.get();
        let Some(day) = plan.days.get(due.day).cloned() else {
            return Some(view! { <p>"Your program has no training days yet."</p> }.into_any());
        };
        match chosen {
            Some(choice) if !choice.trains() => Some(chosen_rest(state, choice, &day.name).into_any()),
            _ if due.is_due(today) || train_anyway.get() || chosen.is_some() => {
                Some(session_card(state, day, unit.get(), chosen).into_any())
            }
            _ => Some(
                view! {
                    <section class="card primary" aria-labelledby="rest-day">
                        <h2 id="rest-day">"A rest day"</h2>
                        <p>{format!("Next: {}, {} — or train today if you feel like it.", day.name, due.when(today))}</p>
                        <p class="muted">"Muscles get stronger between sessions. A walk, some reading or simply an easy day all help."</p>
                        <div class="actions">
                            <a class="button secondary" href=href("/learn")>"Read something helpful"</a>
                            <button class="secondary" on:click=move |_| train_anyway.set(true)>"Train today instead"</button>
                        </div>
                    </section>
                }
                .into_any(),
            ),
        }
    };

    view! {
        <h1>"Today"</h1>
        {move || safety_card(&plan.get())}
        {move || status_card(&plan.get(), choice.get())}
        {move || {
            let status = plan.get().status;
            let date = state.today();
            state.with_data(|data| lessons::offer(data, status, date)).map(|lesson| view! {
                <section class="notice info" aria-labelledby="lesson-offer">
                    <h2 id="lesson-offer">{lesson.title()}</h2>
                    <p>{lesson.invite()}</p>
                    <a class="inline-tap" href=href(&format!("/learn#{}", lesson.anchor()))>"Read it on Learn"</a>
                </section>
            })
        }}
        <CheckInRow plan/>
        <FlareTap/>
        {primary}
        <WalkCard in_flare=in_flare/>
        <QuietLinks/>
    }
}

/// The safety screen's status, when it asks something of the person: the first thing on Today.
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
                <p>"Before your next session, please answer the safety questions again:"</p>
                <ul>{reasons.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
            })}
            <a class="button wide" href=href("/safety")>{if blocked { "Safety questions and clearance" } else { "Answer the safety questions" }}</a>
        </section>
    })
}

/// A flare, re-entry, light week or a gentle day chosen: what it is and what happens now.
fn status_card(plan: &Plan, choice: Option<DayChoice>) -> Option<impl IntoView> {
    let chosen_gentle = plan.status == Status::Flare && choice == Some(DayChoice::Gentle);
    let title = if chosen_gentle {
        "A gentle day, as you chose"
    } else {
        plan.status.title()?
    };
    let reasons: Vec<String> = plan
        .status_reasons
        .iter()
        .map(|reason| reason.text.clone())
        .collect();
    Some(view! {
        <section class="notice info">
            <h2>{title}</h2>
            <p>{if chosen_gentle { DayChoice::Gentle.detail() } else { plan.status.what_now() }}</p>
            {(!reasons.is_empty()).then(|| view! {
                <ul>{reasons.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
            })}
        </section>
    })
}

/// The morning check-in as one row: back pain in one tap, "more…" for the rest. A check-in that
/// opens the safety questions again goes straight to them.
#[component]
fn CheckInRow(plan: Memo<Plan>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let todays = Memo::new(move |_| {
        let date = state.today();
        state.with_data(|data| {
            data.checkins
                .iter()
                .find(|checkin| checkin.date == date && checkin.has_morning_answers())
                .cloned()
        })
    });
    let pain = RwSignal::new(None::<u8>);
    let save = Callback::new(move |score: u8| {
        let date = state.today();
        let asked_before = !plan.get_untracked().ask_safety_screen.is_empty();
        let checkin = state.with_data(|data| checkin::with_pain(&data.checkins, date, score));
        if state.save(|store| store.save_checkin(&checkin)) {
            pain.set(None);
            if !asked_before && !plan.get_untracked().ask_safety_screen.is_empty() {
                navigate("/safety", Default::default());
            }
        }
    });
    move || {
        match todays.get() {
        Some(checkin) => view! {
            <p class="checked-in small muted">
                {match checkin.pain {
                    Some(pain) => format!("Checked in today: back pain {pain}/10. "),
                    None => "Checked in today. ".to_string(),
                }}
                <a class="inline-tap" href=href("/check-in")>"Change or add more"</a>
            </p>
        }
        .into_any(),
        None => view! {
            <section class="card" aria-labelledby="checkin-row">
                <h2 id="checkin-row">"Morning check-in"</h2>
                <Rating label="How is your back? Pain right now" ends=("no pain", "worst imaginable") value=pain on_pick=save/>
                <p><a class="inline-tap" href=href("/check-in")>"More: sleep, stiffness, a flare, leg symptoms…"</a></p>
            </section>
        }
        .into_any(),
    }
    }
}

/// "I'm having a flare" in one tap, beside the check-in: saved with today's check-in (any pain
/// given is kept), so Today shows the flare session at once; taken back the same day in one tap.
#[component]
fn FlareTap() -> impl IntoView {
    let state = expect_context::<AppState>();
    let flared = Memo::new(move |_| {
        let date = state.today();
        state.with_data(|data| checkin::flare_on(&data.checkins, date))
    });
    let set_flare = move |flare: bool| {
        let date = state.today();
        let checkin = state.with_data(|data| checkin::with_flare(&data.checkins, date, flare));
        state.save(|store| store.save_checkin(&checkin));
    };
    move || {
        if flared.get() {
            view! {
                <p class="flare-tap small muted">
                    "You told us you are having a flare today. "
                    <button class="link" on:click=move |_| set_flare(false)>"Not a flare after all: undo"</button>
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="flare-tap">
                    <button class="link" on:click=move |_| set_flare(true)>"I'm having a flare"</button>
                </p>
            }
            .into_any()
        }
    }
}

/// The weekly check from day 7 and the backup reminder, as quiet links below everything else.
#[component]
fn QuietLinks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let weekly_due = move || {
        let date = state.today();
        state.with_data(|data| {
            let started = data.program.as_ref().map_or(date, |program| program.start);
            checkin::outcome_due(&data.outcomes, started, date)
        })
    };
    let backup_due = move || {
        state
            .store
            .with(|store| backup::reminder_due(store.data(), store.last_backup(), now()))
    };
    let (backup_error, set_backup_error) = signal(None::<String>);
    view! {
        <ul class="plain quiet">
            {move || weekly_due().then(|| view! {
                <li><a class="inline-tap" href=href("/weekly")>"Your weekly check is due: two minutes on your usual pain and everyday activities"</a></li>
            })}
            {move || backup_due().then(|| view! {
                <li>
                    <span class="small muted">"Your training lives only in this browser. "</span>
                    <button class="link" on:click=move |_| set_backup_error.set(download_and_record_backup(state).err())>"Download a backup"</button>
                    {move || backup_error.get().map(|error| view! { <p class="notice error" role="alert">{error}</p> })}
                </li>
            })}
        </ul>
    }
}

/// A walk or rest chosen for today, with the way back to training.
fn chosen_rest(state: AppState, choice: DayChoice, next: &str) -> impl IntoView {
    let undo = move |_| {
        let date = state.today();
        let checkin = state.with_data(|data| not_today::choose(&data.checkins, date, None));
        state.save(|store| store.save_checkin(&checkin));
    };
    let title = if choice == DayChoice::Walk {
        "A walk today"
    } else {
        "A rest day, as you chose"
    };
    view! {
        <section class="card primary" aria-labelledby="chosen-rest">
            <h2 id="chosen-rest">{title}</h2>
            <p>{choice.chosen()}</p>
            <p class="muted">{format!("Next: {next}.")}</p>
            <div class="actions"><button class="secondary" on:click=undo>"I'd like to train after all"</button></div>
        </section>
    }
}

/// The next session: Start first, "not today" beside it, then each exercise with what and why.
fn session_card(
    state: AppState,
    day: DayPrescription,
    unit: Unit,
    chosen: Option<DayChoice>,
) -> impl IntoView {
    let index = day.day;
    let reserve = day.slots.iter().any(|slot| slot.shows_reserve());
    let undo = move |_| {
        let date = state.today();
        let checkin = state.with_data(|data| not_today::choose(&data.checkins, date, None));
        state.save(|store| store.save_checkin(&checkin));
    };
    view! {
        <section class="card primary" aria-labelledby="next-session">
            <h2 id="next-session">{format!("Next session: {}", day.name)}</h2>
            <a class="button wide" href=href(&format!("/session/{index}"))>"Start this session"</a>
            {match chosen {
                Some(choice) => view! {
                    <p class="small">{choice.chosen()}</p>
                    <button class="secondary" on:click=undo>"Back to the planned session"</button>
                }.into_any(),
                None => view! { <NotToday/> }.into_any(),
            }}
            <ol class="plan">
                {day.slots.into_iter().map(|slot| {
                    let details = slot.details(unit);
                    let why = slot.why();
                    // A first session's summary only repeats the line above it.
                    let summary = (slot.decision != Decision::Start).then(|| slot.summary.clone());
                    view! {
                        <li>
                            <h3><a href=href(&format!("/exercises/{}", slot.exercise))>{catalog::name_of(&slot.exercise)}</a></h3>
                            <p class="prescription">{details}</p>
                            <ExercisePicture id=slot.exercise.clone() compact=true />
                            {summary.map(|summary| view! { <p class="summary">{summary}</p> })}
                            {(!why.is_empty()).then(|| view! {
                                <details>
                                    <summary>"Why"</summary>
                                    <ul>{why.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                                </details>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {reserve.then(|| view! {
                <details>
                    <summary>"What does \"in reserve\" mean?"</summary>
                    <p>"Stop each set while you could still do about that many more reps with good form. It keeps the effort honest without going to your limit."</p>
                </details>
            })}
        </section>
    }
}
