//! `ExercisePicture`: an exercise drawn from its poses as a calm line figure. The pose file is
//! fetched once, on first use (so the first visit does not carry it), and kept for the session;
//! a tap moves the figure slowly to the other end of the movement, never on its own, and with
//! reduced motion the start and end stand side by side.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::catalog;
use crate::domain::pose::{self, Book};

/// The pose file, next to `index.html` (precached by the service worker for offline use).
const POSES_URL: &str = "poses.json";
/// How long the whole movement takes, start to end, in milliseconds: slow enough to follow.
const MOVE_MS: f64 = 2200.0;

thread_local! {
    /// The pose book once fetched, shared by every picture of the session.
    static BOOK: RefCell<Option<Arc<Book>>> = const { RefCell::new(None) };
    /// The pictures waiting for the one fetch in flight.
    static WAITING: RefCell<Vec<Waiter>> = const { RefCell::new(Vec::new()) };
}

/// A picture waiting for the pose book.
type Waiter = Box<dyn FnOnce(Result<Arc<Book>, String>)>;

/// The picture of the catalog exercise `id`, or nothing when the library has none.
#[component]
pub fn ExercisePicture(
    /// The exercise's catalog id (`"bird-dog"`).
    #[prop(into)]
    id: String,
    /// A smaller figure (about 8 rem wide), for lists such as Today's plan.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let name = catalog::name_of(&id);
    let book = RwSignal::new(None::<Result<Arc<Book>, String>>);
    // The component may be gone when the file arrives: then there is nothing to set.
    with_book(move |loaded| {
        let _ = book.try_set(Some(loaded));
    });
    move || {
        let picture = match book.get() {
            None => {
                return view! { <div class="pose pose-wait" class:compact=compact aria-hidden="true"></div> }
                    .into_any()
            }
            Some(Err(message)) => {
                return view! { <p class="pose-missing small">{message}</p> }.into_any()
            }
            Some(Ok(book)) => (book.pictures.iter())
                .position(|(found, _)| *found == id)
                .map(|index| (book, index)),
        };
        match picture {
            Some((book, index)) => picture_view(name.clone(), book, index, compact).into_any(),
            None => ().into_any(),
        }
    }
}

/// The figure: a button that moves it, a still pair for reduced motion, and the text alternative.
fn picture_view(name: String, book: Arc<Book>, index: usize, compact: bool) -> impl IntoView {
    let picture = &book.pictures[index].1;
    let alt = pose::alt_text(&name, picture);
    let (to_start, to_end) = (
        format!("{name}: show the start position"),
        format!("{name}: show the end position"),
    );
    let position = RwSignal::new(0.0_f32);
    let at_end = RwSignal::new(false);
    let generation = RwSignal::new(0_u32);
    let move_figure = move |_| {
        let goal_end = !at_end.get_untracked();
        at_end.set(goal_end);
        generation.update(|count| *count += 1);
        let goal = if goal_end { 1.0 } else { 0.0 };
        step(
            position,
            goal,
            generation.get_untracked(),
            generation,
            js_sys::Date::now(),
        );
    };
    let view_box = picture.view_box();
    let still: String = (0..picture.poses.len())
        .map(|pose_index| {
            svg(
                &view_box,
                &pose::svg_shapes(picture, &picture.figure(pose_index)),
            )
        })
        .collect();
    let moving = {
        let book = Arc::clone(&book);
        move || {
            let picture = &book.pictures[index].1;
            let figure = picture.figure_at(position.get());
            svg(&view_box, &pose::svg_shapes(picture, &figure))
        }
    };
    view! {
        <figure class="pose" class:compact=compact>
            <button
                type="button"
                class="pose-move"
                on:click=move_figure
                aria-label=move || if at_end.get() { to_start.clone() } else { to_end.clone() }
                inner_html=moving
            ></button>
            <div class="pose-still" aria-hidden="true" inner_html=still></div>
            <p class="pose-hint small muted" aria-hidden="true">"Tap the picture to see the movement."</p>
            <figcaption class="visually-hidden">{alt}</figcaption>
        </figure>
    }
}

/// One frame's shapes in an SVG element, hidden from assistive technology (the caption speaks).
fn svg(view_box: &str, shapes: &str) -> String {
    format!(r#"<svg viewBox="{view_box}" aria-hidden="true" focusable="false">{shapes}</svg>"#)
}

/// One animation frame: moves `position` towards `goal` by the time since `last`, until it
/// arrives or a newer tap (another `generation`) takes over.
fn step(position: RwSignal<f32>, goal: f32, mine: u32, generation: RwSignal<u32>, last: f64) {
    request_animation_frame(move || {
        if generation.get_untracked() != mine {
            return;
        }
        let now = js_sys::Date::now();
        let share = ((now - last) / MOVE_MS) as f32;
        let at = position.get_untracked();
        let next = if goal > at {
            (at + share).min(goal)
        } else {
            (at - share).max(goal)
        };
        position.set(next);
        if next != goal {
            step(position, goal, mine, generation, now);
        }
    });
}

/// The pose book: from memory after the first time, else fetched and parsed.
fn with_book(done: impl FnOnce(Result<Arc<Book>, String>) + 'static) {
    if let Some(book) = BOOK.with(|book| book.borrow().clone()) {
        return done(Ok(book));
    }
    // Pictures shown together (a day of the editor, Today's plan) wait for one fetch.
    let first = WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        let first = waiting.is_empty();
        waiting.push(Box::new(done));
        first
    });
    if !first {
        return;
    }
    leptos::task::spawn_local(async {
        let loaded = fetch_book().await.map(Arc::new).map_err(|_| {
            "The picture could not be loaded. It will show once the app has been online."
                .to_string()
        });
        if let Ok(book) = &loaded {
            BOOK.with(|cached| *cached.borrow_mut() = Some(Arc::clone(book)));
        }
        for waiter in WAITING.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
            waiter(loaded.clone());
        }
    });
}

/// Fetches and parses the pose file.
async fn fetch_book() -> Result<Book, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(POSES_URL))
        .await
        .map_err(|_| "offline")?
        .dyn_into()
        .map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("status {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "no body")?)
        .await
        .map_err(|_| "no body")?
        .as_string()
        .ok_or("not text")?;
    Book::parse(&text).map_err(|error| error.to_string())
}
