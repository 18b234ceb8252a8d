//! The share sheet: the plan as a dated file, through the phone's share menu with the file where
//! the browser allows it, as a link that carries the plan (its length shown, a file offered when
//! it is too long for chat apps), as a QR code of that link, and printed on one page.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::plan::{self, import, share};
use crate::domain::program::Program;
use crate::ui::download::download_text;
use crate::ui::href;
use crate::ui::state::{today, AppState};

/// The address links point to: this app's Program page, on this site.
fn link_base() -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href("/program"))
}

/// Shares the plan file through the Web Share API when the browser can share files; `Ok(false)`
/// when it cannot, so the caller offers the download instead.
fn share_file(name: &str, text: &str, title: &str) -> Result<bool, String> {
    let navigator: JsValue = web_sys::window()
        .ok_or("There is no browser window.")?
        .navigator()
        .into();
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(can_share), Some(share)) = (can_share, share) else {
        return Ok(false);
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    let parts = js_sys::Array::of1(&text.into());
    let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options)
        .map_err(|_| "The file could not be made.".to_string())?;
    let data = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&data, &key.into(), value).is_ok();
    set("files", &js_sys::Array::of1(&file).into());
    set("title", &title.into());
    if !can_share
        .call1(&navigator, &data)
        .map(|yes| yes.is_truthy())
        .unwrap_or(false)
    {
        return Ok(false);
    }
    // The promise settles when the person picks an app or closes the menu; either is fine.
    share
        .call1(&navigator, &data)
        .map_err(|_| "The share menu could not open.".to_string())?;
    Ok(true)
}

/// Copies text to the clipboard (the browser may refuse; the link stays on screen to copy by hand).
fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator: JsValue = window.navigator().into();
    let clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    write.is_some_and(|write| write.call1(&clipboard, &text.into()).is_ok())
}

/// The SVG path of a QR code's dark modules, one square each, inside a 4-module quiet zone.
fn qr_path(grid: &share::QrGrid) -> String {
    let mut path = String::new();
    for (index, dark) in grid.dark.iter().enumerate() {
        if *dark {
            path.push_str(&format!(
                "M{} {}h1v1h-1z",
                index % grid.width + 4,
                index / grid.width + 4
            ));
        }
    }
    path
}

/// The share sheet of the current plan.
#[component]
pub fn ShareSheet() -> impl IntoView {
    let state = expect_context::<AppState>();
    let program = Memo::new(move |_| state.with_data(|data| data.program.clone()));
    let said = RwSignal::new(String::new());
    let with_program = move |act: &dyn Fn(&Program)| {
        if let Some(program) = program.get_untracked() {
            act(&program);
        }
    };
    let download = move |_| {
        with_program(&|program| {
            let result = download_text(
                &plan::file_name(program, today()),
                &plan::write(program),
                "application/json",
            );
            said.set(result.map_or_else(
                |error| error,
                |()| "The plan file was saved to your downloads.".to_string(),
            ));
        })
    };
    let share_menu = move |_| {
        with_program(&|program| {
            let result = share_file(
                &plan::file_name(program, today()),
                &plan::write(program),
                &program.name,
            );
            said.set(match result {
            Ok(true) => String::new(),
            Ok(false) => "This browser cannot share files: use “Download the plan file” and send the file.".to_string(),
            Err(error) => error,
        });
        })
    };
    let link = Memo::new(move |_| {
        program
            .get()
            .map(|program| share::link(&link_base(), &program))
            .unwrap_or_default()
    });
    let copy_link = move |_| {
        said.set(if copy(&link.get_untracked()) {
            "The link was copied.".to_string()
        } else {
            "Copy the link from the box by hand.".to_string()
        });
    };
    let length = move || format!("{} characters", link.get().chars().count());
    let too_long = move || !share::fits_chat(&link.get());
    let qr = move || match share::qr(&link.get()) {
        Ok(grid) => {
            let size = grid.width + 8;
            view! {
                <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-label="QR code of the link to this plan" shape-rendering="crispEdges">
                    <rect width=size height=size fill="#fff"></rect>
                    <path d=qr_path(&grid) fill="#000"></path>
                </svg>
            }
            .into_any()
        }
        Err(refusal) => view! { <p class="notice">{refusal.to_string()}</p> }.into_any(),
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="card share-sheet no-print" aria-labelledby="share-plan">
            <h2 id="share-plan">"Share this plan"</h2>
            <p>"The plan holds your days and exercises, with no pain scores, notes or history."</p>
            <div class="actions">
                <button on:click=download>"Download the plan file"</button>
                <button class="secondary" on:click=share_menu>"Share…"</button>
                <button class="secondary" on:click=print>"Print"</button>
            </div>
            <label for="plan-link">"Link to this plan " <span class="hint">"(" {length} ")"</span></label>
            <input id="plan-link" type="text" readonly prop:value=move || link.get()/>
            <div class="actions">
                <button class="secondary" on:click=copy_link>"Copy the link"</button>
            </div>
            <Show when=too_long>
                <div class="notice">
                    <p>"This link is too long for some chat apps, which cut it short. Send the plan file instead."</p>
                    <button class="secondary" on:click=download>"Download the plan file"</button>
                </div>
            </Show>
            <p class="hint">"The plan travels inside the link itself: no server ever sees it."</p>
            <h3>"QR code"</h3>
            <p class="hint">"Another phone can open this plan by pointing its camera here."</p>
            <div class="qr-box">{qr}</div>
            <p role="status" aria-live="polite">{move || said.get()}</p>
        </section>
        <PrintView/>
    }
}

/// The plan on one printed page (shown only when printing).
#[component]
fn PrintView() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.with_data(|data| {
            let program = data.program.clone()?;
            let unit = data.profile.as_ref().map_or(crate::domain::units::Unit::Kg, |profile| profile.unit);
            let days = import::days(&program, unit);
            Some(view! {
                <section class="print-only plan-print">
                    <h1 dir="auto">{program.name.clone()}</h1>
                    {(!program.author.is_empty()).then(|| view! { <p dir="auto">"By " {program.author.clone()}</p> })}
                    {(!program.notes.is_empty()).then(|| view! { <p dir="auto">{program.notes.clone()}</p> })}
                    {(!program.phases.is_empty()).then(|| view! {
                        <h2>"Phases"</h2>
                        <ul>{program.phases.iter().map(|phase| view! { <li dir="auto">{import::phase_line(phase)}</li> }).collect_view()}</ul>
                    })}
                    {days.into_iter().map(|day| view! {
                        <h2 dir="auto">{day.name}</h2>
                        <ul>{day.lines.into_iter().map(|line| view! { <li><strong>{line.name}</strong> " — " {line.work}</li> }).collect_view()}</ul>
                    }).collect_view()}
                </section>
            })
        })
    }
}
