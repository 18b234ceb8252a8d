//! The start page: what Durable is, how it works, and where to begin.

use leptos::prelude::*;

use super::today::Today;
use crate::ui::href;
use crate::ui::state::AppState;

/// The start page: Today once the person has a program, a welcome before that.
#[component]
pub fn Home() -> impl IntoView {
    let state = expect_context::<AppState>();
    let set_up = move || state.with_data(|data| data.profile.is_some() && data.program.is_some());
    view! {
        <Show when=set_up fallback=Welcome>
            <Today/>
        </Show>
    }
}

/// Welcome page with the product's message and the first step.
#[component]
fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <h1>"Your back is not fragile. It adapts."</h1>
        <p class="lead">
            "Durable is a strength coach for people with back pain. You start with gentle, supported "
            "movements and load them a little more when your body says it is ready."
        </p>
        <section class="card" aria-labelledby="how">
            <h2 id="how">"How it works"</h2>
            <ol>
                <li>"Each session tells you what to do: the exercise, the sets, the reps and the weight."</li>
                <li>"You rate your pain during the session and again the next morning."</li>
                <li>
                    "Durable reads those numbers like a traffic light. Green: step up. Amber: hold. "
                    "Red: ease off for now. You always see why."
                </li>
                <li>"Over weeks you climb each exercise ladder, from the floor to the weights."</li>
            </ol>
        </section>
        <section class="card" aria-labelledby="start">
            <h2 id="start">"Where to begin"</h2>
            <p>
                "A few safety questions, then your usual pain, what equipment you have, how much time "
                "you have, and three everyday things you want to get easier. Two minutes."
            </p>
            <div class="actions">
                <a class="button" href=href("/start")>"Get started"</a>
                <a class="button secondary" href=href("/learn")>"Read the basics"</a>
            </div>
        </section>
        <section class="card" aria-labelledby="demo">
            <h2 id="demo">"Just looking?"</h2>
            <p>"See Durable with a year of made-up training: Today, Progress, History. It is kept apart from your own data and gone when you leave it."</p>
            <button class="secondary" on:click=move |_| state.open_demo()>"Look around with example data"</button>
        </section>
        <p class="small muted">
            "Durable gives education and structure, not a diagnosis. Everything you enter stays on this "
            "device; nothing is sent anywhere."
        </p>
    }
}
