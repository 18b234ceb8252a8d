//! The Progress page's "Patterns, not proof" section: the domain's pattern cards that have enough
//! days, each with its day counts, the reverse direction and something to try.

use leptos::prelude::*;

use crate::domain::patterns::PatternCard;

/// The pattern cards, or what they wait for.
pub fn patterns_section(cards: Vec<PatternCard>) -> impl IntoView {
    let waiting = cards
        .iter()
        .find(|card| !card.ready())
        .map(|card| card.sentence.clone());
    let ready: Vec<PatternCard> = cards.into_iter().filter(PatternCard::ready).collect();
    let none_ready = ready.is_empty();
    view! {
        <section class="card" aria-labelledby="progress-patterns">
            <h2 id="progress-patterns">"Patterns, not proof"</h2>
            <p class="muted">
                "Your own days compared, over the last 12 weeks. A pattern is something to try, not proof of a cause."
            </p>
            {none_ready.then(|| view! { <p>{waiting.clone().unwrap_or_default()}</p> })}
            {ready
                .into_iter()
                .map(|card| {
                    let to_try = (!card.to_try.is_empty()).then(|| view! { <p class="to-try">{card.to_try.clone()}</p> });
                    let reverse = (!card.reverse_sentence.is_empty())
                        .then(|| view! { <p class="small muted">{card.reverse_sentence.clone()}</p> });
                    view! {
                        <article class="pattern" aria-label=card.question.title()>
                            <h3>{card.question.title()}</h3>
                            <p>{card.sentence.clone()}</p>
                            {to_try}
                            {reverse}
                        </article>
                    }
                })
                .collect_view()}
        </section>
    }
}
