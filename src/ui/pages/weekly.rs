//! The weekly check: usual pain over the week (it becomes the new baseline), how able the person is
//! to do their own everyday activities (PSFS), and how confident they feel.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::checkin::{Outcome, PsfsItem};
use crate::ui::components::Rating;
use crate::ui::href;
use crate::ui::state::{today, AppState};

/// The weekly check page.
#[component]
pub fn Weekly() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let goals: Vec<String> = state.with_data(|data| {
        data.profile
            .as_ref()
            .map(|profile| profile.goals.clone())
            .unwrap_or_default()
    });
    let usual_pain = RwSignal::new(None::<u8>);
    let confidence = RwSignal::new(None::<u8>);
    let scores: Vec<(String, RwSignal<Option<u8>>)> = goals
        .into_iter()
        .map(|goal| (goal, RwSignal::new(None)))
        .collect();
    let has_goals = !scores.is_empty();
    let scores = StoredValue::new(scores);
    let (error, set_error) = signal(None::<&'static str>);

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let psfs: Vec<PsfsItem> = scores.with_value(|scores| {
            scores
                .iter()
                .filter_map(|(activity, score)| {
                    score.get_untracked().map(|score| PsfsItem {
                        activity: activity.clone(),
                        score,
                    })
                })
                .collect()
        });
        let outcome = Outcome {
            date: today(),
            usual_pain: usual_pain.get_untracked(),
            psfs,
            confidence: confidence.get_untracked(),
        };
        if outcome.usual_pain.is_none() && outcome.psfs.is_empty() && outcome.confidence.is_none() {
            set_error.set(Some(
                "Rate at least one question, or come back to it later.",
            ));
            return;
        }
        if state.save(|store| store.save_outcome(&outcome)) {
            navigate("/", Default::default());
        }
    };

    view! {
        <h1>"Weekly check"</h1>
        <p class="muted">"Once a week. It shows how your everyday life is changing, which matters more than any number in the gym."</p>
        <form on:submit=save>
            <Rating label="Your usual back pain over the past week" ends=("no pain", "worst imaginable") value=usual_pain/>
            {has_goals.then(|| view! {
                <h2>"Your everyday activities"</h2>
                <p class="hint">"0 means you cannot do it at all; 10 means you can do it as well as before your back trouble."</p>
            })}
            {scores.with_value(|scores| scores.iter().map(|(activity, score)| view! {
                <Rating label=format!("How able are you to {activity}?") ends=("unable", "as before") value=*score/>
            }).collect_view())}
            {(!has_goals).then(|| view! {
                <p class="hint">"You did not name everyday activities when you started; the weekly check still tracks pain and confidence."</p>
            })}
            <Rating label="How sure are you that you can do your usual activities despite the pain?" ends=("not at all", "completely") value=confidence/>
            {move || error.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
            <div class="actions">
                <button type="submit">"Save weekly check"</button>
                <a class="button secondary" href=href("/")>"Later"</a>
            </div>
        </form>
    }
}
