//! Short, plain lessons: pain and damage, the traffic light, ladders, flares, and when to see someone.

use leptos::prelude::*;

use crate::domain::lessons;

/// The education page.
#[component]
pub fn Learn() -> impl IntoView {
    // The numbers come from the rules, through the domain, so this page says what the engine does.
    let [green, amber, red] = lessons::traffic_light();
    let ladder_steps = lessons::ladder_steps();
    view! {
        <h1>"The basics"</h1>
        <section class="card" aria-labelledby="hurt">
            <h2 id="hurt">"Hurt is not the same as harm"</h2>
            <p>
                "Back pain is very common and usually not a sign of damage. A sensitive back can hurt "
                "a little while it gets stronger, just as tired legs ache after a long walk."
            </p>
            <p>
                "Studies of people with long-lasting back pain found that exercise which is allowed to "
                "hurt a little helps at least as much as exercise that must be pain-free."
            </p>
        </section>
        <section class="card" aria-labelledby="light">
            <h2 id="light">"The traffic light"</h2>
            <p>"After each session Durable looks at two numbers: pain during the exercise, and pain the next morning."</p>
            <ul>
                <li><strong class="gate-green">"Green"</strong>{green}</li>
                <li><strong class="gate-amber">"Amber"</strong>{amber}</li>
                <li><strong class="gate-red">"Red"</strong>{red}</li>
            </ul>
            <p>"A missing morning rating never counts as green, so the daily check-in matters."</p>
        </section>
        <section class="card" aria-labelledby="ladders">
            <h2 id="ladders">"Ladders"</h2>
            <p>
                "Each movement — hinge, squat, lunge, push, pull, carry and trunk — is a ladder, from "
                "supported floor work up to free weights. "
                {ladder_steps}
            </p>
        </section>
        <section class="card" aria-labelledby="flares">
            <h2 id="flares">"Flares"</h2>
            <p>
                "Most people have a flare now and then. It is common and it is not damage. Keeping gently "
                "active helps. During a flare Durable halves the work and makes it easier, then brings "
                "you back to where you were over a few sessions."
            </p>
        </section>
        <section class="card" aria-labelledby="doctor">
            <h2 id="doctor">"When to get help"</h2>
            <p>
                "Seek emergency care at once if you notice numbness around your genitals or back passage, "
                "new trouble passing or holding urine, loss of bowel control, symptoms in both legs, or "
                "leg weakness that is getting worse."
            </p>
            <p>
                "See a doctor within a day or two if you have a fever or feel unwell with your back pain, "
                "unexplained weight loss, a past cancer with new back pain, or severe pain that does not "
                "ease when you lie down."
            </p>
        </section>
    }
}
