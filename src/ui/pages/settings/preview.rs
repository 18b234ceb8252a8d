//! Settings: the side-by-side summary of the data now in the browser and the data in a backup file.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::data::AppData;
use crate::storage::Store;

/// What a person recognises their data by: counts, the program, the dates it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    sessions: usize,
    checkins: usize,
    program: String,
    dates: String,
    profile: &'static str,
}

impl Summary {
    /// Summarises what a backup of `store` would hold: its data and the session in progress.
    pub fn of_store(store: &Store) -> Summary {
        match store.in_progress() {
            Some(current)
                if !store
                    .data()
                    .sessions
                    .iter()
                    .any(|session| session.id == current.id) =>
            {
                let mut data = store.data().clone();
                data.sessions.push(current.clone());
                Summary::of(&data)
            }
            _ => Summary::of(store.data()),
        }
    }

    /// Summarises `data`.
    pub fn of(data: &AppData) -> Summary {
        let dates = data
            .sessions
            .iter()
            .map(|session| session.started.date())
            .chain(data.checkins.iter().map(|checkin| checkin.date));
        let first = dates.clone().min();
        let last = dates.max();
        Summary {
            sessions: data.sessions.len(),
            checkins: data.checkins.len(),
            program: data
                .program
                .as_ref()
                .map_or_else(|| "None".to_string(), |program| program.name.clone()),
            dates: match (first, last) {
                (Some(first), Some(last)) => format!("{} to {}", day(first), day(last)),
                _ => "Nothing logged".to_string(),
            },
            profile: if data.profile.is_some() {
                "Yes"
            } else {
                "None"
            },
        }
    }
}

fn day(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// A table comparing the data now in this browser with the data in the file.
#[component]
pub fn Comparison(
    /// The data in this browser now.
    current: Summary,
    /// The data in the file.
    file: Summary,
) -> impl IntoView {
    let rows = [
        (
            "Sessions",
            current.sessions.to_string(),
            file.sessions.to_string(),
        ),
        (
            "Check-ins",
            current.checkins.to_string(),
            file.checkins.to_string(),
        ),
        ("Program", current.program, file.program),
        ("Dates", current.dates, file.dates),
        (
            "Profile",
            current.profile.to_string(),
            file.profile.to_string(),
        ),
    ];
    view! {
        <table class="compare">
            <caption class="visually-hidden">"Your data now and the data in the file"</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">"Now in this browser"</th>
                    <th scope="col">"In the file"</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(what, now, in_file)| view! {
                        <tr>
                            <th scope="row">{what}</th>
                            <td>{now}</td>
                            <td>{in_file}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
