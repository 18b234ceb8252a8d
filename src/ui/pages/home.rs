//! The start page: what Durable is, how it works, and where to begin.

use leptos::prelude::*;

use crate::ui::href;

/// Welcome page with the product's message and the next step.
#[component]
pub fn Home() -> impl IntoView {
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
                "Browse the exercise ladders to see where you might start, or read how pain and "
                "training fit together."
            </p>
            <div class="actions">
                <a class="button" href=href("/exercises")>"See the exercises"</a>
                <a class="button secondary" href=href("/learn")>"Read the basics"</a>
            </div>
        </section>
        <p class="small muted">
            "Durable gives education and structure, not a diagnosis. Everything you enter stays on this "
            "device; nothing is sent anywhere."
        </p>
    }
}
