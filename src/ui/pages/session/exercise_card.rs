//! One exercise of the session: its name, target and last time's numbers, a row per set with a
//! large ✓, the effort chips, pain during after its last set, easier / harder / another exercise in
//! place, and the how-to. A finished exercise folds to one line.

use leptos::prelude::*;

use super::howto::HowTo;
use super::set_row::SetRow;
use super::Logger;
use crate::domain::catalog::name_of;
use crate::domain::engine::{self, Change};
use crate::domain::gym::{self, Effort};
use crate::domain::rules;
use crate::domain::session as session_rules;
use crate::ui::components::Rating;
use crate::ui::href;
use crate::ui::state::{today, AppState};

/// The card of exercise `index` of the session.
#[component]
pub fn ExerciseCard(
    /// Position of the exercise in the session.
    index: usize,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let logger = expect_context::<Logger>();
    let session = logger.session;
    let unit = logger.unit;
    let (planned, exercise) = logger.planned_at(index);
    let logged = Memo::new(move |_| session.with(|session| session.exercises[index].sets.len()));
    let pain =
        RwSignal::new(session.with_untracked(|session| session.exercises[index].pain_during));
    let all_done =
        Memo::new(move |_| logged.get() >= usize::from(planned.with(|planned| planned.sets)));
    // A finished exercise folds once its pain is rated or a later exercise is started.
    let later_started = Memo::new(move |_| {
        session.with(|session| {
            session
                .exercises
                .iter()
                .skip(index + 1)
                .any(|log| !log.sets.is_empty())
        })
    });
    let folded = RwSignal::new(
        all_done.get_untracked()
            && (pain.get_untracked().is_some() || later_started.get_untracked()),
    );
    Effect::watch(
        move || later_started.get(),
        move |started, _, _| {
            if *started && all_done.get_untracked() {
                folded.set(true);
            }
        },
        false,
    );
    let effort = RwSignal::new(Effort::AboutRight);
    let (slot, started) =
        session.with_untracked(|session| (session.exercises[index].slot, session.started));
    let last_time = state.with_data(|data| {
        session_rules::last_time(
            data,
            session.with_untracked(|session| session.day),
            slot,
            started,
        )
        .map(|log| session_rules::sets_line(log, unit))
    });
    let inventory = state.with_data(|data| {
        data.profile
            .as_ref()
            .map(|profile| profile.inventory.clone())
            .unwrap_or_default()
    });
    let pick_up = move || {
        let planned = planned.get();
        exercise.get().and_then(|exercise| {
            gym::pick_up(&inventory, exercise, planned.implement, &planned.load, unit)
        })
    };
    let record_pain = Callback::new(move |score: u8| {
        session.update(|session| session.exercises[index].pain_during = Some(score));
        logger.persist.run(());
        if score < rules::SEVERE_PAIN {
            folded.set(true);
            move_on(index);
        }
    });
    let changes = RwSignal::new(false);
    let today_only = RwSignal::new(true);
    let change = move |to: Change| {
        let Some(current) = logger.current(index) else {
            return;
        };
        if let Some(adjusted) = state.with_data(|data| engine::adjust(data, today(), &current, to))
        {
            logger.change(index, &adjusted, today_only.get_untracked());
            changes.set(false);
        }
    };
    let options = move || {
        logger
            .current(index)
            .map(|current| state.with_data(|data| engine::swaps(data, today(), &current)))
            .unwrap_or_default()
    };
    let easier = move || options().into_iter().rev().find(|option| option.easier);
    let harder = move || options().into_iter().find(|option| !option.easier);
    let heading_id = format!("exercise-{index}");
    let labelled_by = heading_id.clone();
    let asks_effort = move || exercise.get().is_some_and(gym::asks_effort);
    let rows = move || usize::from(planned.with(|planned| planned.sets)).max(logged.get());

    view! {
        <section class="card exercise" class:folded=move || folded.get() aria-labelledby=labelled_by id=format!("card-{index}")>
            <Show when=move || folded.get()>
                <div class="folded-line">
                    <h2 id=format!("folded-{index}")>
                        <span aria-hidden="true">"✓ "</span>{move || name_of(&planned.with(|planned| planned.exercise.clone()))}
                    </h2>
                    <p class="small">{move || {
                        let done = session.with(|session| session_rules::sets_line(&session.exercises[index], unit));
                        let pain = pain.get().map(|pain| format!(" · pain {pain}/10")).unwrap_or_default();
                        format!("{done}{pain}")
                    }}</p>
                    <button type="button" class="secondary" on:click=move |_| folded.set(false)
                        aria-label=move || format!("Open {}", name_of(&planned.with(|planned| planned.exercise.clone())))>"Open"</button>
                </div>
            </Show>
            <div class="exercise-body" hidden=move || folded.get()>
                <h2 id=heading_id>{move || name_of(&planned.with(|planned| planned.exercise.clone()))}</h2>
                <p class="prescription">{move || planned.with(|planned| planned.details.clone())}</p>
                {last_time.map(|last| view! { <p class="last-time">"Last time: " {last}</p> })}
                <p class="small muted">{move || planned.with(|planned| planned.why.clone())}</p>
                {move || pick_up().map(|words| view! { <p class="pick-up small">{words}</p> })}
                <ol class="set-rows" aria-label="Sets">
                    <For each=move || 0..rows() key=|row| *row let:row>
                        <SetRow index row effort/>
                    </For>
                </ol>
                <Show when=move || asks_effort() && !all_done.get()>
                    <fieldset class="effort">
                        <legend>"How hard was it?"</legend>
                        <div class="effort-chips">
                            {Effort::ALL.into_iter().map(|choice| view! {
                                <button type="button" class="chip" aria-pressed=move || (effort.get() == choice).to_string()
                                    on:click=move |_| effort.set(choice)>
                                    <span>{choice.label()}</span>
                                    <span class="chip-hint">{choice.hint()}</span>
                                </button>
                            }).collect_view()}
                        </div>
                        <Show when=move || !logger.gym.with(|gym| gym.effort_explained)>
                            <p class="hint">"Reps in reserve: how many more you could have done. “About right” is the aim; each ✓ logs the choice shown."</p>
                        </Show>
                    </fieldset>
                </Show>
                <Show when=move || all_done.get()>
                    <div class="pain-during">
                        <Rating label="Highest pain during this exercise" ends=("no pain", "worst imaginable") value=pain on_pick=record_pain/>
                        <p class="small muted">"This number decides next time: low pain lets the plan step up, more pain holds it or eases off."</p>
                    </div>
                </Show>
                <Show when=move || pain.get().is_some_and(|pain| pain >= rules::SEVERE_PAIN)>
                    <div class="notice" role="alert">
                        <p>"That is a lot of pain. Stop this exercise for today; moving gently is still good for your back."</p>
                        <div class="actions">
                            <Show when=move || easier().is_some()>
                                <button type="button" class="secondary" on:click=move |_| change(Change::Easier)>
                                    {move || format!("Easier: {}", easier().map(|easier| name_of(&easier.exercise)).unwrap_or_default())}
                                </button>
                            </Show>
                            <a class="button secondary" href=href("/check-in")>"Tell the app it is a flare"</a>
                            <button type="button" class="secondary" on:click=move |_| { folded.set(true); move_on(index); }>"Next exercise"</button>
                        </div>
                    </div>
                </Show>
                <div class="card-tools">
                    <HowTo exercise=Signal::derive(move || exercise.get())/>
                    <button type="button" class="secondary" aria-expanded=move || changes.get().to_string()
                        on:click=move |_| changes.update(|open| *open = !*open)>"Change exercise"</button>
                </div>
                <Show when=move || changes.get()>
                    <div class="change-exercise">
                        <fieldset class="effort">
                            <legend>"For how long?"</legend>
                            <div class="scope-chips">
                                <button type="button" class="chip" aria-pressed=move || today_only.get().to_string() on:click=move |_| today_only.set(true)>"Today only"</button>
                                <button type="button" class="chip" aria-pressed=move || (!today_only.get()).to_string() on:click=move |_| today_only.set(false)>"From now on"</button>
                            </div>
                        </fieldset>
                        <p class="small">{move || if today_only.get() {
                            "The sets you logged stay. Next time goes back to the plan."
                        } else {
                            "The sets you logged stay. Next time goes on from the exercise you choose."
                        }}</p>
                        <div class="actions">
                            <Show when=move || easier().is_some()>
                                <button type="button" on:click=move |_| change(Change::Easier)>
                                    {move || format!("Easier: {}", easier().map(|easier| name_of(&easier.exercise)).unwrap_or_default())}
                                </button>
                            </Show>
                            <Show when=move || harder().is_some()>
                                <button type="button" class="secondary" on:click=move |_| change(Change::Harder)>
                                    {move || format!("Harder: {}", harder().map(|harder| name_of(&harder.exercise)).unwrap_or_default())}
                                </button>
                            </Show>
                        </div>
                        <ul class="swaps">
                            {move || options().into_iter().map(|option| {
                                let name = name_of(&option.exercise);
                                let detail = format!("{} · {}", if option.easier { "easier" } else { "harder" }, option.load.show(unit));
                                view! {
                                    <li>
                                        <button type="button" class="secondary swap" on:click=move |_| {
                                            logger.change(index, &option, today_only.get_untracked());
                                            changes.set(false);
                                        }>{name}<span class="chip-hint">{detail}</span></button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                </Show>
            </div>
        </section>
    }
}

/// Brings the next unfinished exercise into view after exercise `index`.
fn move_on(index: usize) {
    let next = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(&format!("card-{}", index + 1)));
    if let Some(next) = next {
        next.scroll_into_view();
    }
}
