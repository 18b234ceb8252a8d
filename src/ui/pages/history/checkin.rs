//! One check-in from History: each answer corrected (ratings, sleep, walking, flare, leg symptoms)
//! and saved in one go; deleted with an undo. Its date stays: a check-in describes that day.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::checkin::CheckIn;
use crate::domain::history::{self, CheckInDraft, CheckInField};
use crate::ui::href;
use crate::ui::state::{AppState, Deleted};

/// A 0–10 answer of a check-in, chosen from a list ("Not rated" clears it).
fn rating_select(
    draft: RwSignal<CheckInDraft>,
    id: &'static str,
    label: &'static str,
    field: fn(&mut CheckIn) -> &mut Option<u8>,
) -> impl IntoView {
    let current = move || draft.with(|draft| *field(&mut draft.checkin.clone()));
    view! {
        <label for=id>{label}</label>
        <select id=id on:change=move |event| {
            let value = event_target_value(&event).parse::<u8>().ok();
            draft.update(|draft| *field(&mut draft.checkin) = value);
        }>
            <option value="" selected=move || current().is_none()>"Not rated"</option>
            {(0..=10u8).map(|score| view! { <option value=score.to_string() selected=move || current() == Some(score)>{score}</option> }).collect_view()}
        </select>
    }
}

/// A typed number of a check-in (`text` of the draft), marked at its field when it reads badly.
fn typed_field(
    draft: RwSignal<CheckInDraft>,
    problems: RwSignal<Vec<(CheckInField, String)>>,
    field: CheckInField,
    id: &'static str,
    label: &'static str,
    inputmode: &'static str,
    text: fn(&mut CheckInDraft) -> &mut String,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let problem = move || {
        problems.with(|problems| {
            problems
                .iter()
                .find(|(at, _)| *at == field)
                .map(|(_, text)| text.clone())
        })
    };
    let invalid = move || problem().is_some().then_some("true");
    view! {
        <label for=id>{label}</label>
        <input id=id type="text" inputmode=inputmode aria-describedby=error_id.clone() aria-invalid=invalid
            prop:value=move || draft.with(|draft| text(&mut draft.clone()).clone())
            on:input=move |event| draft.update(|draft| *text(draft) = event_target_value(&event))/>
        <p id=error_id class="field-error">{problem}</p>
    }
}

/// The check-in of the day `:date` (`2026-03-03`).
#[component]
pub fn HistoryCheckIn() -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = use_params_map()
        .read_untracked()
        .get("date")
        .and_then(|date| chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok());
    let found = date.and_then(|date| {
        state.with_data(|data| {
            data.checkins
                .iter()
                .find(|checkin| checkin.date == date)
                .cloned()
        })
    });
    let Some(original) = found else {
        return view! {
            <h1>"Check-in not found"</h1>
            <p>"It may have been deleted. Your other data is safe."</p>
            <p><a class="button" href=href("/history")>"Back to history"</a></p>
        }
        .into_any();
    };
    let title = history::checkin_title(&original);
    let day = original.date;
    let draft = RwSignal::new(CheckInDraft::of(&original));
    let problems = RwSignal::new(Vec::<(CheckInField, String)>::new());
    let (message, set_message) = signal(None::<String>);
    let deleted = move || {
        state.deleted.with(
            |deleted| matches!(deleted, Some(Deleted::CheckIn(checkin)) if checkin.date == day),
        )
    };

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match draft.with_untracked(CheckInDraft::read) {
            Ok(checkin) => {
                problems.set(Vec::new());
                if state.save(|store| store.save_checkin(&checkin)) {
                    set_message.set(Some("Saved.".to_string()));
                }
            }
            Err(found) => {
                problems.set(found);
                set_message.set(Some(
                    "Correct the marked fields first. Nothing was saved.".to_string(),
                ));
            }
        }
    };
    // The stored check-in is deleted (an unsaved change is not kept); undo puts it back as stored.
    let delete = move |_| {
        let stored = state.with_data(|data| {
            data.checkins
                .iter()
                .find(|checkin| checkin.date == day)
                .cloned()
        });
        if let Some(checkin) = stored {
            state.delete(Deleted::CheckIn(checkin));
        }
    };
    let undo = move |_| {
        if state.undo_delete() {
            set_message.set(Some("The check-in is back.".to_string()));
        }
    };

    view! {
        <h1>{title}</h1>
        <Show when=deleted fallback=move || view! {
            <form on:submit=save>
                {rating_select(draft, "checkin-pain", "Back pain on waking, 0–10", |checkin| &mut checkin.pain)}
                {rating_select(draft, "checkin-stiffness", "Morning stiffness, 0–10", |checkin| &mut checkin.stiffness)}
                {rating_select(draft, "checkin-sleep-quality", "How well you slept, 0–10", |checkin| &mut checkin.sleep_quality)}
                {typed_field(draft, problems, CheckInField::SleepHours, "checkin-sleep-hours", "Hours slept", "decimal", |draft| &mut draft.sleep_hours)}
                {rating_select(draft, "checkin-stress", "Stress, 0–10", |checkin| &mut checkin.stress)}
                {rating_select(draft, "checkin-mood", "Mood, 0–10", |checkin| &mut checkin.mood)}
                {typed_field(draft, problems, CheckInField::WalkMinutes, "checkin-walk", "Minutes walked", "numeric", |draft| &mut draft.walk_minutes)}
                <div class="check">
                    <input id="checkin-flare" type="checkbox" prop:checked=move || draft.with(|draft| draft.checkin.flare) on:change=move |event| draft.update(|draft| draft.checkin.flare = event_target_checked(&event))/>
                    <label for="checkin-flare">"I was having a flare"</label>
                </div>
                <div class="check">
                    <input id="checkin-legs" type="checkbox" prop:checked=move || draft.with(|draft| draft.checkin.new_leg_symptoms) on:change=move |event| draft.update(|draft| draft.checkin.new_leg_symptoms = event_target_checked(&event))/>
                    <label for="checkin-legs">"New numbness, tingling or weakness in a leg"</label>
                </div>
                {move || message.get().map(|text| view! { <p class="notice info" role="status">{text}</p> })}
                <div class="actions">
                    <button type="submit">"Save changes"</button>
                    <button type="button" class="danger" on:click=delete>"Delete this check-in"</button>
                </div>
            </form>
        }>
            {super::deleted_notice("The check-in was deleted.", undo)}
        </Show>
        <p><a class="inline-tap" href=href("/history")>"All of history"</a></p>
    }
    .into_any()
}
