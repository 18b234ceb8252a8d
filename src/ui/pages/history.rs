//! History: sessions and check-ins week by week (the latest weeks first, more on request), a
//! session opened to look at it or correct it (`history/edit.rs`), and a past session logged.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::{engine, history};
use crate::ui::href;
use crate::ui::state::{now, AppState, Deleted};

mod checkin;
mod edit;

pub use checkin::HistoryCheckIn;
pub use edit::HistorySession;

/// Weeks shown at first and added by "Show earlier weeks".
const WEEKS_PER_PAGE: usize = 6;

/// The History page.
#[component]
pub fn History() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = RwSignal::new(WEEKS_PER_PAGE);
    let total = Memo::new(move |_| state.with_data(|data| history::weeks(data).len()));
    let weeks = move || {
        state.with_data(|data| {
            let program = data.program.as_ref();
            history::weeks(data)
                .into_iter()
                .take(shown.get())
                .map(|week| {
                    let sessions: Vec<(String, String, String)> = week
                        .sessions
                        .iter()
                        .map(|session| {
                            (
                                session.id.clone(),
                                history::session_title(session, program),
                                history::session_summary(session),
                            )
                        })
                        .collect();
                    let checkins: Vec<(String, String)> = week
                        .checkins
                        .iter()
                        .map(|checkin| {
                            (
                                checkin.date.format("%Y-%m-%d").to_string(),
                                history::checkin_line(checkin),
                            )
                        })
                        .collect();
                    (week.title(), sessions, checkins)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1>"History"</h1>
        <p class="muted">"Your sessions and check-ins, week by week. Open one to look at it or correct it."</p>
        <Undo/>
        <LogPastSession/>
        {move || {
            let weeks = weeks();
            if weeks.is_empty() {
                return view! { <p>"Nothing logged yet. Your sessions and check-ins will appear here."</p> }.into_any();
            }
            weeks.into_iter().map(|(title, sessions, checkins)| {
                let count = checkins.len();
                let label = title.clone();
                view! {
                    <section class="card" aria-label=label>
                        <h2>{title}</h2>
                        {if sessions.is_empty() {
                            view! { <p class="small muted">"No sessions this week."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="plain">
                                    {sessions.into_iter().map(|(id, title, summary)| view! {
                                        <li><a class="row-link session-link" href=href(&format!("/history/{id}"))>
                                            <span class="row-title">{title}</span>
                                            <span class="small muted">{summary}</span>
                                        </a></li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        {(count > 0).then(|| view! {
                            <details>
                                <summary>{format!("{count} check-in{}", if count == 1 { "" } else { "s" })}</summary>
                                <ul class="plain small">{checkins.into_iter().map(|(date, line)| view! {
                                    <li><a class="row-link" href=href(&format!("/history/checkin/{date}"))>{line}</a></li>
                                }).collect_view()}</ul>
                            </details>
                        })}
                    </section>
                }
            }).collect_view().into_any()
        }}
        {move || (total.get() > shown.get()).then(|| view! {
            <button class="secondary wide" on:click=move |_| shown.update(|shown| *shown += WEEKS_PER_PAGE)>"Show earlier weeks"</button>
        })}
    }
}

/// "Deleted … — Undo": the record last deleted in this visit, put back from the list.
#[component]
fn Undo() -> impl IntoView {
    let state = expect_context::<AppState>();
    let line = move || {
        state.deleted.with(|deleted| {
            deleted.as_ref().map(|deleted| match deleted {
                Deleted::Session(session) => {
                    state.with_data(|data| history::session_title(session, data.program.as_ref()))
                }
                Deleted::CheckIn(checkin) => history::checkin_title(checkin),
            })
        })
    };
    move || {
        line().map(|line| {
            view! {
                <section class="notice info" role="status" aria-label="Deleted">
                    <p>{format!("Deleted: {line}.")}</p>
                    <div class="actions">
                        <button on:click=move |_| { state.undo_delete(); }>"Undo"</button>
                    </div>
                </section>
            }
        })
    }
}

/// What a record's page shows once it is deleted (`text`): its undo, and the way back.
fn deleted_notice(
    text: &'static str,
    undo: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    view! {
        <section class="notice info" role="status">
            <p>{text}</p>
            <div class="actions">
                <button on:click=undo>"Undo"</button>
                <a class="button secondary" href=href("/history")>"Back to history"</a>
            </div>
        </section>
    }
}

/// "Log a past session": which day of the program, when; then the session opens to add its sets.
#[component]
fn LogPastSession() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let days = state.with_data(|data| {
        data.program
            .as_ref()
            .map(|program| {
                program
                    .days
                    .iter()
                    .map(|day| day.name.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let day = RwSignal::new(0usize);
    let date = RwSignal::new(now().date().format("%Y-%m-%d").to_string());
    let time = RwSignal::new("18:00".to_string());
    let (error, set_error) = signal(None::<&'static str>);
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let started = match history::when(&date.get_untracked(), &time.get_untracked(), now()) {
            Ok(started) => started,
            Err(text) => return set_error.set(Some(text)),
        };
        let plan = state.with_data(|data| engine::prescribe(data, started.date()));
        let Some(prescribed) = plan.days.get(day.get_untracked()) else {
            return set_error.set(Some("Choose a day of your program."));
        };
        let session = history::past_session(prescribed, started);
        if state.save(|store| store.save_session(&session)) {
            navigate(&format!("/history/{}", session.id), Default::default());
        }
    };
    (!days.is_empty()).then(|| view! {
        <details class="card">
            <summary>"Log a past session"</summary>
            <form on:submit=add>
                <label for="past-day">"Which session"</label>
                <select id="past-day" on:change=move |event| day.set(event_target_value(&event).parse().unwrap_or(0))>
                    {days.into_iter().enumerate().map(|(index, name)| view! { <option value=index.to_string()>{name}</option> }).collect_view()}
                </select>
                <label for="past-date">"Day"</label>
                <input id="past-date" type="date" prop:value=move || date.get() on:input=move |event| date.set(event_target_value(&event)) aria-describedby="past-error"/>
                <label for="past-time">"Time it started"</label>
                <input id="past-time" type="time" prop:value=move || time.get() on:input=move |event| time.set(event_target_value(&event)) aria-describedby="past-error"/>
                <p id="past-error" class="field-error" role="alert">{move || error.get()}</p>
                <p class="small muted">"Next you add the sets you did. What comes next is read mostly from your latest session."</p>
                <div class="actions"><button type="submit">"Add it and enter the sets"</button></div>
            </form>
        </details>
    })
}
