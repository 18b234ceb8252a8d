//! Settings: light or dark screens, or as the device is set; saved in the profile and applied to
//! the whole page at once.

use leptos::prelude::*;

use crate::domain::profile::Theme;
use crate::ui::state::AppState;

/// The theme choice, once there is a profile to save it in.
#[component]
pub fn AppearanceSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current =
        move || state.with_data(|data| data.profile.as_ref().map(|profile| profile.theme));
    let choose = move |theme: Theme| {
        state.save(move |store| match store.data().profile.clone() {
            Some(mut profile) if profile.theme != theme => {
                profile.theme = theme;
                store.save_profile(&profile)
            }
            _ => Ok(()),
        });
    };
    view! {
        <section class="card" aria-labelledby="appearance">
            <h2 id="appearance">"Appearance"</h2>
            {move || current().map(|current| view! {
                <fieldset>
                    <legend>"Screens"</legend>
                    <div class="choices">
                        {Theme::ALL.into_iter().map(|theme| view! {
                            <label>
                                <input type="radio" name="theme" prop:checked=theme == current on:change=move |_| choose(theme)/>
                                {theme.label()}
                            </label>
                        }).collect_view()}
                    </div>
                </fieldset>
            })}
        </section>
    }
}

/// Applies the person's theme to the page (`data-theme` on the root element; none follows the
/// device), now and whenever it changes.
pub fn apply_theme(state: AppState) {
    Effect::new(move |_| {
        let theme = state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| profile.theme)
                .unwrap_or_default()
        });
        let Some(root) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        else {
            return;
        };
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            Theme::Light => root.set_attribute("data-theme", "light"),
            Theme::Dark => root.set_attribute("data-theme", "dark"),
        };
    });
}
