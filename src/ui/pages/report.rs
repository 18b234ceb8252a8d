//! The report for a clinician: pick a period, then print it or save it as a PDF from the print
//! dialog. Made on the device from the domain's report; nothing leaves the browser.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::report;
use crate::ui::state::{today, AppState};

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (default_from, default_to) = report::default_period(today());
    let from = RwSignal::new(default_from);
    let to = RwSignal::new(default_to);
    let made =
        Memo::new(move |_| state.with_data(|data| report::report(data, from.get(), to.get())));
    let print_report = move |_| {
        let _ = window().print();
    };
    let set_date = move |target: RwSignal<NaiveDate>| {
        move |event: leptos::ev::Event| {
            if let Ok(date) = event_target_value(&event).parse::<NaiveDate>() {
                target.set(date);
            }
        }
    };
    view! {
        <h1 class="no-print">"Report for your clinician"</h1>
        <section class="card no-print" aria-labelledby="report-how">
            <h2 id="report-how">"Print it or save it as a PDF"</h2>
            <p>"One page on how things are going, to show a physiotherapist or doctor. It is made here on your phone and never sent anywhere: use your browser's print button and choose \"Save as PDF\" to keep a copy."</p>
            <div class="period">
                <div>
                    <label for="report-from">"From"</label>
                    <input id="report-from" type="date" prop:value=move || from.get().to_string() on:change=set_date(from)/>
                </div>
                <div>
                    <label for="report-to">"To"</label>
                    <input id="report-to" type="date" prop:value=move || to.get().to_string() on:change=set_date(to)/>
                </div>
            </div>
            <div class="actions">
                <button on:click=print_report>"Print or save as PDF"</button>
            </div>
        </section>
        {move || {
            let made = made.get();
            view! {
                <article class="report" aria-labelledby="report-title">
                    <h2 id="report-title">{made.title}</h2>
                    {made
                        .sections
                        .into_iter()
                        .map(|section| {
                            view! {
                                <h3>{section.heading}</h3>
                                <ul>
                                    {section.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()}
                </article>
            }
        }}
    }
}
