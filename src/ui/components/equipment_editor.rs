//! Equipment item by item (onboarding and Settings): dumbbell pairs or an adjustable set, each
//! kettlebell, bands by colour, a barbell or trap bar and its plates, and the box, bench, rack, bar
//! and anchor. Each add row checks its own field and says what is wrong beside it.

use leptos::prelude::*;

use crate::domain::equipment::items::{self, parse_mass};
use crate::domain::equipment::{Dumbbells, Inventory};
use crate::domain::units::{Mass, Unit};

/// The editor of `inventory`, with weights typed and shown in `unit`.
#[component]
pub fn EquipmentEditor(
    inventory: RwSignal<Inventory>,
    #[prop(into)] unit: Signal<Unit>,
) -> impl IntoView {
    let show = move |mass: Mass| unit.get().show(mass);
    let adjustable = move || {
        matches!(
            inventory.with(|inventory| inventory.dumbbells.clone()),
            Dumbbells::Adjustable { .. }
        )
    };
    view! {
        <div class="equipment-editor">
            <fieldset class="card">
                <legend>"Dumbbells"</legend>
                <div class="check">
                    <input id="dumbbells-adjustable" type="checkbox" prop:checked=adjustable on:change=move |event| {
                        let on = event_target_checked(&event);
                        inventory.update(|inventory| inventory.dumbbells = if on {
                            let kg = |value| Mass::from_unit(value, unit.get_untracked());
                            Dumbbells::Adjustable { min: kg(2.0), max: kg(24.0), step: kg(2.0) }
                        } else {
                            Dumbbells::None
                        });
                    }/>
                    <label for="dumbbells-adjustable">"An adjustable set (one pair whose weight changes)"</label>
                </div>
                {move || match inventory.with(|inventory| inventory.dumbbells.clone()) {
                    Dumbbells::Adjustable { min, max, step } => view! {
                        <AdjustableRow inventory unit min max step/>
                    }.into_any(),
                    Dumbbells::Pairs { weights } => view! {
                        <ul class="plain items">
                            {weights.into_iter().enumerate().map(|(index, weight)| {
                                let text = format!("A pair of {}", show(weight));
                                view! { <li><span>{text.clone()}</span><button type="button" class="secondary" aria-label=format!("Remove {text}") on:click=move |_| inventory.update(|inventory| items::remove_pair(inventory, index))>"Remove"</button></li> }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Dumbbells::None => view! { <p class="small muted">"No dumbbells yet."</p> }.into_any(),
                }}
                <Show when=move || !adjustable()>
                    <AddMass id="add-pair" label="Add a pair: the weight of one dumbbell" unit on_add=Callback::new(move |mass| inventory.update(|inventory| items::add_pair(inventory, mass)))/>
                </Show>
            </fieldset>
            <fieldset class="card">
                <legend>"Kettlebells"</legend>
                <ul class="plain items">
                    {move || inventory.with(|inventory| inventory.kettlebells.clone()).into_iter().enumerate().map(|(index, weight)| {
                        let text = format!("A {} kettlebell", show(weight));
                        view! { <li><span>{text.clone()}</span><button type="button" class="secondary" aria-label=format!("Remove {text}") on:click=move |_| inventory.update(|inventory| { inventory.kettlebells.remove(index); })>"Remove"</button></li> }
                    }).collect_view()}
                </ul>
                <AddMass id="add-kettlebell" label="Add one kettlebell: its weight" unit on_add=Callback::new(move |mass| inventory.update(|inventory| items::add_kettlebell(inventory, mass)))/>
            </fieldset>
            <BandsField inventory unit/>
            <BarsField inventory unit/>
            <fieldset class="card">
                <legend>"Also at hand"</legend>
                {[
                    ("has-box", "A box or a sturdy step", 0usize),
                    ("has-bench", "A flat bench", 1),
                    ("has-rack", "A squat rack or stands", 2),
                    ("has-bar", "A bar to row under (a pull-up bar, a sturdy table)", 3),
                    ("has-anchor", "Somewhere to anchor a band (a door anchor, a post)", 4),
                ].into_iter().map(|(id, text, which)| view! {
                    <div class="check">
                        <input id=id type="checkbox" prop:checked=move || inventory.with(|inventory| *flag(&mut inventory.clone(), which))
                            on:change=move |event| { let on = event_target_checked(&event); inventory.update(|inventory| *flag(inventory, which) = on); }/>
                        <label for=id>{text}</label>
                    </div>
                }).collect_view()}
            </fieldset>
        </div>
    }
}

/// The yes/no item `which` of "Also at hand".
fn flag(inventory: &mut Inventory, which: usize) -> &mut bool {
    match which {
        0 => &mut inventory.box_or_step,
        1 => &mut inventory.bench,
        2 => &mut inventory.rack,
        3 => &mut inventory.bar_to_row_under,
        _ => &mut inventory.anchor,
    }
}

/// A weight field with its button; the weight goes to `on_add` once it reads well.
#[component]
fn AddMass(
    id: &'static str,
    label: &'static str,
    #[prop(into)] unit: Signal<Unit>,
    on_add: Callback<Mass>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let (error, set_error) = signal(None::<String>);
    let error_id = format!("{id}-error");
    let add = move |_| match parse_mass(&text.get_untracked(), unit.get_untracked()) {
        Ok(mass) => {
            on_add.run(mass);
            text.set(String::new());
            set_error.set(None);
        }
        Err(message) => set_error.set(Some(message)),
    };
    view! {
        <label for=id>{move || format!("{label} ({})", unit.get().label())}</label>
        <div class="inline">
            <input id=id type="text" inputmode="decimal" aria-describedby=error_id.clone() prop:value=move || text.get() on:input=move |event| text.set(event_target_value(&event))/>
            <button type="button" class="secondary" on:click=add>"Add"</button>
        </div>
        <p id=error_id class="field-error">{move || error.get()}</p>
    }
}

/// The three settings of an adjustable dumbbell, each read when it changes.
#[component]
fn AdjustableRow(
    inventory: RwSignal<Inventory>,
    #[prop(into)] unit: Signal<Unit>,
    min: Mass,
    max: Mass,
    step: Mass,
) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let field = move |id: &'static str, label: &'static str, value: Mass, which: u8| {
        let number = unit
            .get_untracked()
            .show(value)
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_string();
        view! {
            <div>
                <label for=id>{label}</label>
                <input id=id type="text" inputmode="decimal" aria-describedby="adjustable-error" value=number on:change=move |event| {
                    match parse_mass(&event_target_value(&event), unit.get_untracked()) {
                        Ok(mass) => {
                            set_error.set(None);
                            inventory.update(|inventory| if let Dumbbells::Adjustable { min, max, step } = &mut inventory.dumbbells {
                                *match which { 0 => min, 1 => max, _ => step } = mass;
                            });
                        }
                        Err(message) => set_error.set(Some(message)),
                    }
                }/>
            </div>
        }
    };
    view! {
        <div class="three">
            {field("adjustable-min", "Lightest", min, 0)}
            {field("adjustable-max", "Heaviest", max, 1)}
            {field("adjustable-step", "Step", step, 2)}
        </div>
        <p id="adjustable-error" class="field-error">{move || error.get()}</p>
    }
}

/// Bands by colour, each with its resistance.
#[component]
fn BandsField(inventory: RwSignal<Inventory>, #[prop(into)] unit: Signal<Unit>) -> impl IntoView {
    let colour = RwSignal::new(String::new());
    let (error, set_error) = signal(None::<String>);
    let add = Callback::new(move |mass: Mass| {
        let mut result = Ok(());
        inventory
            .update(|inventory| result = items::add_band(inventory, &colour.get_untracked(), mass));
        match result {
            Ok(()) => {
                colour.set(String::new());
                set_error.set(None);
            }
            Err(message) => set_error.set(Some(message)),
        }
    });
    view! {
        <fieldset class="card">
            <legend>"Resistance bands"</legend>
            <ul class="plain items">
                {move || inventory.with(|inventory| inventory.bands.clone()).into_iter().enumerate().map(|(index, band)| {
                    let text = format!("The {} band, about {}", band.colour, unit.get().show(band.resistance));
                    view! { <li><span>{text.clone()}</span><button type="button" class="secondary" aria-label=format!("Remove {text}") on:click=move |_| inventory.update(|inventory| { inventory.bands.remove(index); })>"Remove"</button></li> }
                }).collect_view()}
            </ul>
            <label for="band-colour">"A band's colour"</label>
            <input id="band-colour" type="text" aria-describedby="band-colour-error" prop:value=move || colour.get() on:input=move |event| colour.set(event_target_value(&event))/>
            <p id="band-colour-error" class="field-error">{move || error.get()}</p>
            <AddMass id="band-resistance" label="Its resistance, as printed on it" unit on_add=add/>
        </fieldset>
    }
}

/// A barbell and a trap bar with their weights, and the plates.
#[component]
fn BarsField(inventory: RwSignal<Inventory>, #[prop(into)] unit: Signal<Unit>) -> impl IntoView {
    let count = RwSignal::new("2".to_string());
    let (error, set_error) = signal(None::<String>);
    let add_plates = Callback::new(move |mass: Mass| {
        let count = count.get_untracked().trim().parse::<u32>().unwrap_or(0);
        let mut result = Ok(());
        inventory.update(|inventory| result = items::add_plates(inventory, mass, count));
        set_error.set(result.err());
    });
    let bar_row = move |id: &'static str, text: &'static str, trap: bool| {
        let owned = move || {
            inventory.with(|inventory| {
                if trap {
                    inventory.trap_bar.is_some()
                } else {
                    inventory.barbell.is_some()
                }
            })
        };
        view! {
            <div class="check">
                <input id=id type="checkbox" prop:checked=owned on:change=move |event| {
                    let on = event_target_checked(&event);
                    // A standard bar until its own weight is entered.
                    let weight = on.then(|| Mass::from_kg(if trap { 25.0 } else { 20.0 }));
                    inventory.update(|inventory| if trap { inventory.trap_bar = items::bar(weight) } else { inventory.barbell = items::bar(weight) });
                }/>
                <label for=id>{text}</label>
            </div>
            <Show when=owned>
                <AddMass id=if trap { "trap-bar-weight" } else { "barbell-weight" } label="Its weight, empty" unit on_add=Callback::new(move |mass| inventory.update(|inventory| if trap { inventory.trap_bar = items::bar(Some(mass)) } else { inventory.barbell = items::bar(Some(mass)) }))/>
                <p class="small muted">{move || inventory.with(|inventory| if trap { inventory.trap_bar.clone() } else { inventory.barbell.clone() }).map(|bar| format!("Now {}.", unit.get().show(bar.weight)))}</p>
            </Show>
        }
    };
    view! {
        <fieldset class="card">
            <legend>"Bars and plates"</legend>
            {bar_row("has-barbell", "A barbell", false)}
            {bar_row("has-trap-bar", "A trap bar (hex bar)", true)}
            <ul class="plain items">
                {move || inventory.with(|inventory| inventory.plates.clone()).into_iter().enumerate().map(|(index, plates)| {
                    let text = format!("{} × {} plates", plates.count, unit.get().show(plates.weight));
                    view! { <li><span>{text.clone()}</span><button type="button" class="secondary" aria-label=format!("Remove {text}") on:click=move |_| inventory.update(|inventory| { inventory.plates.remove(index); })>"Remove"</button></li> }
                }).collect_view()}
            </ul>
            <label for="plate-count">"How many plates of one weight"</label>
            <input id="plate-count" type="text" inputmode="numeric" aria-describedby="plate-count-error" prop:value=move || count.get() on:input=move |event| count.set(event_target_value(&event))/>
            <p id="plate-count-error" class="field-error">{move || error.get()}</p>
            <AddMass id="plate-weight" label="Their weight, each" unit on_add=add_plates/>
        </fieldset>
    }
}
