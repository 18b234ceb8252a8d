//! Tests of the equipment model: what an inventory has and the loads it can make.

use proptest::prelude::*;

use super::*;
use crate::domain::catalog::exercise;

fn kg(value: f64) -> Mass {
    Mass::from_kg(value)
}

fn kg_load(value: f64) -> Load {
    Load::Mass(kg(value))
}

fn band(colour: &str, resistance_kg: f64) -> Band {
    Band {
        colour: colour.to_string(),
        resistance: kg(resistance_kg),
    }
}

/// A 20 kg barbell with a pair of each plate size given.
fn barbell_with(plates: &[(f64, u32)]) -> Inventory {
    Inventory {
        barbell: Some(Bar { weight: kg(20.0) }),
        plates: plates
            .iter()
            .map(|(weight, count)| Plates {
                weight: kg(*weight),
                count: *count,
            })
            .collect(),
        ..Inventory::default()
    }
}

/// Checks the plates per side for a barbell total.
fn check(inventory: &Inventory, total_kg: f64, expected: Option<&[f64]>) {
    let expected: Option<Vec<Mass>> =
        expected.map(|plates| plates.iter().map(|plate| kg(*plate)).collect());
    assert_eq!(
        inventory.plates_per_side(Implement::Barbell, kg(total_kg)),
        expected,
        "{total_kg} kg"
    );
}

#[test]
fn plate_maths_on_a_twenty_kilogram_bar() {
    let gym = barbell_with(&[(1.25, 2), (2.5, 2), (5.0, 2), (10.0, 4), (20.0, 4)]);
    check(&gym, 20.0, Some(&[]));
    check(&gym, 60.0, Some(&[20.0]));
    check(&gym, 62.5, Some(&[20.0, 1.25]));
    check(&gym, 65.0, Some(&[20.0, 2.5]));
    check(&gym, 80.0, Some(&[20.0, 10.0]));
    check(&gym, 97.5, Some(&[20.0, 10.0, 5.0, 2.5, 1.25]));
    check(&gym, 157.5, Some(&[20.0, 20.0, 10.0, 10.0, 5.0, 2.5, 1.25]));
    check(&gym, 160.0, None);
    check(&gym, 61.0, None);
    check(&gym, 19.0, None);
    check(&gym, 63.75, None);
}

#[test]
fn plate_maths_prefers_fewer_plates_and_uses_what_is_owned() {
    let only_fives = barbell_with(&[(5.0, 6)]);
    check(&only_fives, 50.0, Some(&[5.0, 5.0, 5.0]));
    check(&only_fives, 60.0, None);
    let odd_count = barbell_with(&[(10.0, 3)]);
    check(&odd_count, 40.0, Some(&[10.0]));
    check(&odd_count, 60.0, None);
    let listed_twice = barbell_with(&[(20.0, 1), (20.0, 1), (0.0, 8), (-5.0, 2)]);
    check(&listed_twice, 60.0, Some(&[20.0]));
    assert_eq!(
        listed_twice.loads(Implement::Barbell),
        [20.0, 60.0].map(kg_load).to_vec()
    );
    let split_sizes = barbell_with(&[(15.0, 2), (10.0, 2), (5.0, 2)]);
    check(&split_sizes, 60.0, Some(&[15.0, 5.0]));
    assert_eq!(
        Inventory::default().plates_per_side(Implement::Barbell, kg(60.0)),
        None
    );
    assert_eq!(
        only_fives.plates_per_side(Implement::Dumbbell, kg(20.0)),
        None
    );
}

#[test]
fn barbell_loads_are_the_bar_plus_symmetric_pairs() {
    let home = barbell_with(&[(1.25, 2), (2.5, 2), (5.0, 2)]);
    let loads: Vec<Load> = [20.0, 22.5, 25.0, 27.5, 30.0, 32.5, 35.0, 37.5]
        .map(kg_load)
        .to_vec();
    assert_eq!(home.loads(Implement::Barbell), loads);
    assert!(home.loads(Implement::TrapBar).is_empty());
    let gym = Preset::CommercialGym.inventory();
    assert_eq!(gym.loads(Implement::TrapBar).first(), Some(&kg_load(25.0)));
    assert_eq!(
        gym.next_load_up(Implement::Barbell, &kg_load(60.0), kg(2.5)),
        Some(kg_load(62.5))
    );
    assert_eq!(
        gym.next_load_up(Implement::Barbell, &kg_load(60.0), kg(1.0)),
        Some(kg_load(62.5))
    );
}

#[test]
fn kettlebells_run_out_at_the_heaviest_bell() {
    let bells = Preset::Kettlebells.inventory();
    assert_eq!(
        bells.loads(Implement::Kettlebell),
        [8.0, 12.0, 16.0, 24.0].map(kg_load).to_vec()
    );
    let step = kg(0.001);
    assert_eq!(
        bells.next_load_up(Implement::Kettlebell, &kg_load(16.0), step),
        Some(kg_load(24.0))
    );
    assert_eq!(
        bells.next_load_up(Implement::Kettlebell, &kg_load(24.0), step),
        None
    );
    assert_eq!(
        bells.next_load_down(Implement::Kettlebell, &kg_load(8.0)),
        None
    );
    let pair_squat = exercise("double-kb-front-squat").expect("in the library");
    assert_eq!(bells.loads_for(pair_squat), vec![kg_load(16.0)]);
    assert_eq!(bells.next_load_up(pair_squat, &kg_load(16.0), step), None);
    assert_eq!(
        bells.load_at_most(pair_squat, kg(30.0)),
        Some(kg_load(16.0))
    );
    assert_eq!(
        bells.next_load_down(pair_squat, &kg_load(24.0)),
        Some(kg_load(16.0))
    );
    assert!(bells.has(Need::KettlebellPair));
    let one_of_each = Inventory {
        kettlebells: vec![kg(8.0), kg(12.0)],
        ..Inventory::default()
    };
    assert!(one_of_each.has(Need::Kettlebell) && !one_of_each.has(Need::KettlebellPair));
    assert!(!one_of_each.can_do(pair_squat));
}

#[test]
fn dumbbell_pairs_and_adjustable_sets() {
    let pairs = Inventory {
        dumbbells: Dumbbells::Pairs {
            weights: vec![kg(10.0), kg(4.0), kg(8.0), kg(6.0), kg(8.0)],
        },
        ..Inventory::default()
    };
    assert_eq!(
        pairs.loads(Implement::Dumbbell),
        [4.0, 6.0, 8.0, 10.0].map(kg_load).to_vec()
    );
    assert_eq!(
        pairs.next_load_up(Implement::Dumbbell, &kg_load(4.0), kg(3.0)),
        Some(kg_load(8.0))
    );
    assert_eq!(
        pairs.next_load_up(Implement::Dumbbell, &kg_load(10.0), kg(1.0)),
        None
    );
    assert_eq!(
        pairs.next_load_down(Implement::Dumbbell, &kg_load(7.0)),
        Some(kg_load(6.0))
    );
    let adjustable = Inventory {
        dumbbells: Dumbbells::Adjustable {
            min: kg(2.0),
            max: kg(23.0),
            step: kg(2.5),
        },
        ..Inventory::default()
    };
    let settings = adjustable.loads(Implement::Dumbbell);
    assert_eq!(settings.len(), 10);
    assert_eq!(settings.first(), Some(&kg_load(2.0)));
    assert_eq!(settings[1], kg_load(4.5));
    assert_eq!(settings.last(), Some(&kg_load(23.0)));
    assert_eq!(
        adjustable.load_at_most(Implement::Dumbbell, kg(11.9)),
        Some(kg_load(9.5))
    );
    assert_eq!(adjustable.load_at_most(Implement::Dumbbell, kg(1.0)), None);
}

#[test]
fn bands_are_ordered_by_resistance() {
    let bands = Inventory {
        bands: vec![
            band("blue", 16.0),
            band("yellow", 4.0),
            band("red", 7.0),
            band("blue", 99.0),
        ],
        anchor: true,
        ..Inventory::default()
    };
    let colours: Vec<Load> = ["yellow", "red", "blue"]
        .map(|colour| Load::Band(colour.into()))
        .to_vec();
    assert_eq!(bands.loads(Implement::Band), colours);
    let red = Load::Band("red".into());
    assert_eq!(red.mass(&bands), Some(kg(7.0)));
    assert_eq!(Load::Band("blue".into()).mass(&bands), Some(kg(16.0)));
    assert_eq!(Load::Band("pink".into()).mass(&bands), None);
    assert_eq!(
        bands.next_load_up(Implement::Band, &red, Mass::ZERO),
        Some(Load::Band("blue".into()))
    );
    assert_eq!(
        bands.next_load_up(Implement::Band, &Load::Bodyweight, Mass::ZERO),
        Some(Load::Band("yellow".into()))
    );
    assert_eq!(
        bands.next_load_down(Implement::Band, &red),
        Some(Load::Band("yellow".into()))
    );
}

#[test]
fn bodyweight_is_always_there_and_never_steps_up() {
    let nothing = Inventory::default();
    assert_eq!(nothing.loads(Implement::Bodyweight), vec![Load::Bodyweight]);
    assert_eq!(
        nothing.next_load_up(Implement::Bodyweight, &Load::Bodyweight, Mass::ZERO),
        None
    );
    assert_eq!(
        nothing.load_at_most(Implement::Bodyweight, kg(10.0)),
        Some(Load::Bodyweight)
    );
    assert_eq!(Load::Bodyweight.mass(&nothing), None);
    for implement in [
        Implement::Band,
        Implement::Dumbbell,
        Implement::Kettlebell,
        Implement::Barbell,
        Implement::TrapBar,
    ] {
        assert!(nothing.loads(implement).is_empty(), "{implement:?}");
        assert!(!nothing.owns(implement), "{implement:?}");
        assert_eq!(
            nothing.next_load_up(implement, &Load::Bodyweight, Mass::ZERO),
            None
        );
    }
}

#[test]
fn needs_map_to_what_is_owned() {
    let home = Preset::HomeGymBarbell.inventory();
    for need in [
        Need::Band,
        Need::Anchor,
        Need::Dumbbell,
        Need::Barbell,
        Need::Bench,
        Need::Box,
        Need::Rack,
        Need::Bar,
    ] {
        assert!(home.has(need), "{need:?}");
    }
    for need in [Need::Kettlebell, Need::KettlebellPair, Need::TrapBar] {
        assert!(!home.has(need), "{need:?}");
    }
    let empty_pairs = Inventory {
        dumbbells: Dumbbells::Pairs {
            weights: Vec::new(),
        },
        ..Inventory::default()
    };
    assert!(!empty_pairs.has(Need::Dumbbell));
}

#[test]
fn presets_are_labelled_described_and_round_trip_through_json() {
    for preset in Preset::ALL {
        assert!(!preset.label().is_empty() && preset.description().ends_with('.'));
        let inventory = preset.inventory();
        let json = serde_json::to_string(&inventory).expect("serialises");
        let back: Inventory = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, inventory, "{preset:?}");
        let name = serde_json::to_string(&preset).expect("serialises");
        assert_eq!(
            serde_json::from_str::<Preset>(&name).expect("parses"),
            preset
        );
    }
    let gym = Preset::CommercialGym.inventory();
    assert_eq!(gym.loads(Implement::Dumbbell).len(), 25);
    assert_eq!(gym.loads(Implement::Kettlebell).len(), 7);
    assert_eq!(gym.loads(Implement::Barbell).last(), Some(&kg_load(415.0)));
}

#[test]
fn an_inventory_with_missing_fields_parses_as_empty() {
    let parsed: Inventory = serde_json::from_str("{}").expect("parses");
    assert_eq!(parsed, Inventory::default());
    let adjustable: Inventory = serde_json::from_str(
        r#"{"dumbbells":{"kind":"adjustable","min":5000,"max":2000,"step":0}}"#,
    )
    .expect("parses");
    assert!(adjustable.loads(Implement::Dumbbell).is_empty());
}

/// Any inventory, including odd ones: zero or negative weights, odd plate counts, a zero step.
fn any_inventory() -> impl Strategy<Value = Inventory> {
    let bands = prop::collection::vec(
        (
            prop::sample::select(vec!["yellow", "red", "green", "blue"]),
            -1_000i64..40_000,
        ),
        0..5,
    );
    let dumbbells = prop_oneof![
        Just(Dumbbells::None),
        prop::collection::vec(-1_000i64..60_000, 0..8).prop_map(|weights| Dumbbells::Pairs {
            weights: weights.into_iter().map(Mass).collect()
        }),
        (-1_000i64..30_000, -1_000i64..60_000, -100i64..5_000).prop_map(|(min, max, step)| {
            Dumbbells::Adjustable {
                min: Mass(min),
                max: Mass(max),
                step: Mass(step),
            }
        }),
    ];
    let bells = prop::collection::vec(-1_000i64..48_000, 0..6);
    let bar = prop::option::of(-1_000i64..30_000);
    let plates = prop::collection::vec((any_plate_weight(), 0u32..7), 0..5);
    (bands, dumbbells, bells, bar.clone(), bar, plates).prop_map(
        |(bands, dumbbells, bells, barbell, trap_bar, plates)| Inventory {
            bands: bands
                .into_iter()
                .map(|(colour, grams)| Band {
                    colour: colour.to_string(),
                    resistance: Mass(grams),
                })
                .collect(),
            dumbbells,
            kettlebells: bells.into_iter().map(Mass).collect(),
            barbell: barbell.map(|grams| Bar {
                weight: Mass(grams),
            }),
            trap_bar: trap_bar.map(|grams| Bar {
                weight: Mass(grams),
            }),
            plates: plates
                .into_iter()
                .map(|(grams, count)| Plates {
                    weight: Mass(grams),
                    count,
                })
                .collect(),
            ..Inventory::default()
        },
    )
}

/// A plate weight: usually a multiple of 1.25 kg as in real sets, sometimes anything at all.
fn any_plate_weight() -> impl Strategy<Value = i64> {
    prop_oneof![3 => (1i64..20).prop_map(|steps| steps * 1_250), 1 => -1_000i64..25_000]
}

/// Any implement, or a kettlebell exercise that needs a pair.
fn any_implement() -> impl Strategy<Value = LoadSource> {
    let implement = prop::sample::select(vec![
        Implement::Bodyweight,
        Implement::Band,
        Implement::Dumbbell,
        Implement::Kettlebell,
        Implement::Barbell,
        Implement::TrapBar,
    ]);
    (implement, any::<bool>()).prop_map(|(implement, pair)| LoadSource {
        implement,
        kettlebell_pair: pair && implement == Implement::Kettlebell,
    })
}

proptest! {
    #[test]
    fn loads_are_ascending_and_owned(inventory in any_inventory(), implement in any_implement()) {
        let loads = inventory.loads(implement);
        let masses: Vec<Mass> = loads.iter().map(|load| load.mass(&inventory).unwrap_or(Mass::ZERO)).collect();
        prop_assert!(masses.windows(2).all(|pair| pair[0] <= pair[1]));
        let owned = if implement.kettlebell_pair {
            inventory.has(Need::KettlebellPair)
        } else {
            inventory.owns(implement.implement)
        };
        prop_assert_eq!(loads.is_empty(), !owned);
    }

    #[test]
    fn next_load_up_is_makeable_and_never_lighter(
        inventory in any_inventory(),
        implement in any_implement(),
        current in 0i64..60_000,
        min_increase in 0i64..10_000,
        pick in any::<prop::sample::Index>(),
    ) {
        let loads = inventory.loads(implement);
        let current = if loads.is_empty() { Load::Mass(Mass(current)) } else { pick.get(&loads).clone() };
        let from = current.mass(&inventory).unwrap_or(Mass::ZERO);
        if let Some(next) = inventory.next_load_up(implement, &current, Mass(min_increase)) {
            prop_assert!(loads.contains(&next));
            let to = next.mass(&inventory).unwrap_or(Mass::ZERO);
            prop_assert!(to > from && to >= from + Mass(min_increase));
        } else {
let none_heavier_enough = loads.iter().all(|load| {
                let mass = load.mass(&inventory).unwrap_or(Mass::ZERO);
                mass <= from || mass < from + Mass(min_increase)
            });
            prop_assert!(none_heavier_enough);
        }
        if let Some(down) = inventory.next_load_down(implement, &current) {
            prop_assert!(loads.contains(&down));
            prop_assert!(down.mass(&inventory).unwrap_or(Mass::ZERO) < from);
        }
    }

    #[test]
    fn load_at_most_never_exceeds_the_target(
        inventory in any_inventory(),
        implement in any_implement(),
        target in -1_000i64..500_000,
    ) {
        let loads = inventory.loads(implement);
        match inventory.load_at_most(implement, Mass(target)) {
            Some(load) => {
                prop_assert!(loads.contains(&load));
                let mass = load.mass(&inventory).unwrap_or(Mass::ZERO);
                prop_assert!(mass <= Mass(target));
let heaviest_below = loads.iter().all(|other| {
                    let other_mass = other.mass(&inventory).unwrap_or(Mass::ZERO);
                    other_mass <= mass || other_mass > Mass(target)
                });
                prop_assert!(heaviest_below);
            }
            None => prop_assert!(loads.iter().all(|load| load.mass(&inventory).unwrap_or(Mass::ZERO) > Mass(target))),
        }
    }

    #[test]
    fn every_bar_load_has_its_plates(inventory in any_inventory()) {
        for implement in [Implement::Barbell, Implement::TrapBar] {
            for load in inventory.loads(implement) {
                let total = load.mass(&inventory).expect("bar loads have a mass");
                let plates = inventory.plates_per_side(implement, total).expect("makeable");
                let bar = inventory.loads(implement)[0].mass(&inventory).expect("the empty bar");
                let per_side: i64 = plates.iter().map(|plate| plate.grams()).sum();
                prop_assert_eq!(bar.grams() + 2 * per_side, total.grams());
                prop_assert!(plates.windows(2).all(|pair| pair[0] >= pair[1]));
            }
        }
    }

    #[test]
    fn the_fast_plate_table_agrees_with_the_full_search(
        plates in prop::collection::vec((any_plate_weight(), 0u32..9), 0..6),
    ) {
        let plates: Vec<Plates> = plates
            .into_iter()
            .map(|(grams, count)| Plates { weight: Mass(grams), count })
            .collect();
        let pairs = super::plates::pairs_by_size(&plates);
        let searched: Vec<i64> = super::plates::side_plates(&pairs).into_keys().collect();
        prop_assert_eq!(super::plates::side_totals(&pairs), searched);
    }
}
