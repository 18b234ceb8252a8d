//! Ready-made inventories for onboarding: typical home and gym set-ups a person can start from.

use serde::{Deserialize, Serialize};

use super::{Band, Bar, Dumbbells, Inventory, Plates};
use crate::domain::units::Mass;

/// A typical set-up, offered at onboarding and then edited to match what the person really has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    /// Floor, wall, a chair and a broom handle.
    Nothing,
    /// A set of resistance bands and a door anchor.
    Bands,
    /// A few pairs of dumbbells.
    FewDumbbells,
    /// A few kettlebells, with one size owned twice.
    Kettlebells,
    /// A barbell, plates, rack and bench at home, with adjustable dumbbells and bands.
    HomeGymBarbell,
    /// A well-equipped commercial gym.
    CommercialGym,
}

impl Preset {
    /// Every preset, from least to most equipment.
    pub const ALL: [Preset; 6] = [
        Preset::Nothing,
        Preset::Bands,
        Preset::FewDumbbells,
        Preset::Kettlebells,
        Preset::HomeGymBarbell,
        Preset::CommercialGym,
    ];

    /// A short name shown on the onboarding choice.
    pub fn label(self) -> &'static str {
        match self {
            Preset::Nothing => "Nothing yet",
            Preset::Bands => "Resistance bands",
            Preset::FewDumbbells => "A few dumbbells",
            Preset::Kettlebells => "Kettlebells",
            Preset::HomeGymBarbell => "Home gym with a barbell",
            Preset::CommercialGym => "A gym",
        }
    }

    /// One sentence saying what the preset includes.
    pub fn description(self) -> &'static str {
        match self {
            Preset::Nothing => {
                "Floor, a wall, a sturdy chair and a broom handle: enough to start every pattern but carries (the first pull uses a door frame)."
            }
            Preset::Bands => "Five bands from light to heavy, and a door anchor to fix them to.",
            Preset::FewDumbbells => "Pairs of 4, 6, 8 and 10 kg dumbbells and a sturdy step.",
            Preset::Kettlebells => "Kettlebells of 8, 12, 16 and 24 kg, with two of the 16 kg.",
            Preset::HomeGymBarbell => {
                "A 20 kg barbell with about 110 kg of plates (down to 1.25 kg), squat stands, a bench, adjustable dumbbells (2.5–25 kg) and bands."
            }
            Preset::CommercialGym => {
                "Dumbbells 2–50 kg, kettlebells 8–32 kg, barbell and trap bar with a full set of plates, benches, boxes, racks and bands."
            }
        }
    }

    /// The inventory this preset stands for.
    pub fn inventory(self) -> Inventory {
        match self {
            Preset::Nothing => Inventory::default(),
            Preset::Bands => Inventory {
                bands: band_set(),
                anchor: true,
                ..Inventory::default()
            },
            Preset::FewDumbbells => Inventory {
                dumbbells: Dumbbells::Pairs {
                    weights: kg_list(&[4.0, 6.0, 8.0, 10.0]),
                },
                box_or_step: true,
                ..Inventory::default()
            },
            Preset::Kettlebells => Inventory {
                kettlebells: kg_list(&[8.0, 12.0, 16.0, 16.0, 24.0]),
                box_or_step: true,
                ..Inventory::default()
            },
            Preset::HomeGymBarbell => Inventory {
                bands: band_set(),
                dumbbells: Dumbbells::Adjustable {
                    min: Mass::from_kg(2.5),
                    max: Mass::from_kg(25.0),
                    step: Mass::from_kg(2.5),
                },
                barbell: Some(Bar {
                    weight: Mass::from_kg(20.0),
                }),
                plates: plate_set(&[(1.25, 2), (2.5, 4), (5.0, 4), (10.0, 4), (20.0, 2)]),
                bench: true,
                box_or_step: true,
                rack: true,
                bar_to_row_under: true,
                anchor: true,
                ..Inventory::default()
            },
            Preset::CommercialGym => Inventory {
                bands: band_set(),
                dumbbells: Dumbbells::Pairs {
                    weights: (1..=25)
                        .map(|pair| Mass::from_kg(2.0 * f64::from(pair)))
                        .collect(),
                },
                kettlebells: (0..14)
                    .map(|bell| Mass::from_kg(8.0 + 4.0 * f64::from(bell / 2)))
                    .collect(),
                barbell: Some(Bar {
                    weight: Mass::from_kg(20.0),
                }),
                trap_bar: Some(Bar {
                    weight: Mass::from_kg(25.0),
                }),
                plates: plate_set(&[
                    (1.25, 4),
                    (2.5, 4),
                    (5.0, 4),
                    (10.0, 4),
                    (15.0, 4),
                    (20.0, 8),
                    (25.0, 4),
                ]),
                bench: true,
                box_or_step: true,
                rack: true,
                bar_to_row_under: true,
                anchor: true,
            },
        }
    }
}

/// A common five-band set, light to heavy, with typical resistances at full stretch.
fn band_set() -> Vec<Band> {
    [
        ("yellow", 4.0),
        ("red", 7.0),
        ("green", 11.0),
        ("blue", 16.0),
        ("black", 23.0),
    ]
    .into_iter()
    .map(|(colour, kg)| Band {
        colour: colour.to_string(),
        resistance: Mass::from_kg(kg),
    })
    .collect()
}

/// Masses from a list of kilograms.
fn kg_list(kgs: &[f64]) -> Vec<Mass> {
    kgs.iter().map(|kg| Mass::from_kg(*kg)).collect()
}

/// Plates from (kilograms, count) pairs.
fn plate_set(sizes: &[(f64, u32)]) -> Vec<Plates> {
    sizes
        .iter()
        .map(|(kg, count)| Plates {
            weight: Mass::from_kg(*kg),
            count: *count,
        })
        .collect()
}
