//! Tests of the equipment model: what an inventory has and the loads it can make.

use proptest::prelude::*;

use super::*;
use crate::domain::catalog::exercise;
use crate::domain::units::Unit;

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
    // A fixed seed and case count: `make test` gives the same answer on every run.
    #![proptest_config(proptest::test_runner::Config {
        cases: 256,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x00e9),
        ..proptest::test_runner::Config::default()
    })]

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
                // Loads within the gram-rounding tolerance of the target count as the target.
                let target = Mass(target) + SAME_LOAD_TOLERANCE;
                prop_assert!(mass <= target);
let heaviest_below = loads.iter().all(|other| {
                    let other_mass = other.mass(&inventory).unwrap_or(Mass::ZERO);
                    other_mass <= mass || other_mass > target
                });
                prop_assert!(heaviest_below);
            }
            None => prop_assert!(loads.iter().all(|load| load.mass(&inventory).unwrap_or(Mass::ZERO) > Mass(target) + SAME_LOAD_TOLERANCE)),
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

// ---------------------------------------------------------------------------------------------
// Choosing loads: round, within, step_up (CLINICAL.md §3, §6)
// ---------------------------------------------------------------------------------------------

fn lb(value: f64) -> Mass {
    Mass::from_lb(value)
}

fn lb_load(value: f64) -> Load {
    Load::Mass(lb(value))
}

/// A bar of `bar_lb` pounds with the plates given as (pounds, count), as a barbell and a trap bar.
fn lb_bars(bar_lb: f64, plates: &[(f64, u32)]) -> Inventory {
    Inventory {
        barbell: Some(Bar { weight: lb(bar_lb) }),
        trap_bar: Some(Bar { weight: lb(bar_lb) }),
        plates: plates
            .iter()
            .map(|(weight, count)| Plates {
                weight: lb(*weight),
                count: *count,
            })
            .collect(),
        ..Inventory::default()
    }
}

/// Fixed dumbbell pairs, in kilograms.
fn dumbbell_pairs(kgs: &[f64]) -> Inventory {
    Inventory {
        dumbbells: Dumbbells::Pairs {
            weights: kgs.iter().map(|value| kg(*value)).collect(),
        },
        ..Inventory::default()
    }
}

/// True when two masses are the same load to within the gram-rounding tolerance.
fn same(a: Mass, b: Mass) -> bool {
    (a.grams() - b.grams()).abs() <= SAME_LOAD_TOLERANCE.grams()
}

/// The mass of a load in `inventory` (zero for body weight).
fn mass_in(inventory: &Inventory, load: &Load) -> Mass {
    load.mass(inventory).unwrap_or(Mass::ZERO)
}

/// A case of `within`: dumbbells owned, from (kg), band (%), expected load (kg), its percent, fit.
type WithinCase = (&'static [f64], f64, (u8, u8), f64, u8, Fit);

#[test]
fn within_picks_a_load_in_the_band_or_says_it_fell_back() {
    let cases: [WithinCase; 9] = [
        // The tester's bug: 75% of 12 kg with 6 and 12 kg owned gave 6 kg as if it were 75%.
        (&[6.0, 12.0], 12.0, (70, 80), 6.0, 50, Fit::BelowBand),
        // 8 kg is 67%, 10 kg is 83%: nothing in the band, the nearest below it is kept.
        (
            &[6.0, 8.0, 10.0, 12.0],
            12.0,
            (70, 80),
            8.0,
            67,
            Fit::BelowBand,
        ),
        (
            &[6.0, 8.0, 9.0, 10.0, 12.0],
            12.0,
            (70, 80),
            9.0,
            75,
            Fit::InBand,
        ),
        // Nothing in or below the band: the lightest, flagged above it.
        (&[10.0, 12.0], 12.0, (70, 80), 10.0, 83, Fit::AboveBand),
        (&[12.0], 12.0, (70, 80), 12.0, 100, Fit::AboveBand),
        // Two loads in the band: the one nearest its middle (75% of 20 kg is 15 kg).
        (
            &[14.0, 15.0, 16.0, 20.0],
            20.0,
            (70, 80),
            15.0,
            75,
            Fit::InBand,
        ),
        // A tie around the middle goes to the lighter load.
        (&[14.0, 16.0, 20.0], 20.0, (70, 80), 14.0, 70, Fit::InBand),
        // A band written upside down is read the right way up.
        (
            &[6.0, 8.0, 9.0, 10.0, 12.0],
            12.0,
            (80, 70),
            9.0,
            75,
            Fit::InBand,
        ),
        // A light week at 80%: 16 of 20 kg exactly.
        (
            &[10.0, 16.0, 18.0, 20.0],
            20.0,
            (80, 80),
            16.0,
            80,
            Fit::InBand,
        ),
    ];
    for (owned, from, (low, high), load, percent, fit) in cases {
        let inventory = dumbbell_pairs(owned);
        assert_eq!(
            inventory.within(Implement::Dumbbell, &kg_load(from), low, high),
            Some(Scaled {
                load: kg_load(load),
                percent,
                fit
            }),
            "{owned:?} from {from} kg at {low}–{high}%"
        );
    }
    let heavier_only = dumbbell_pairs(&[14.0, 16.0]);
    assert_eq!(
        heavier_only.within(Implement::Dumbbell, &kg_load(12.0), 70, 80),
        None
    );
    assert_eq!(
        Inventory::default().within(Implement::Dumbbell, &kg_load(12.0), 70, 80),
        None
    );
}

#[test]
fn within_works_on_bars_bands_and_body_weight() {
    let home = Preset::HomeGymBarbell.inventory();
    assert_eq!(
        home.within(Implement::Barbell, &kg_load(100.0), 70, 80),
        Some(Scaled {
            load: kg_load(75.0),
            percent: 75,
            fit: Fit::InBand
        })
    );
    // 70% of 95 lb is 66.5 lb, 80% is 76 lb: 45 + 2 × 12.5 = 70 lb is in the band (74%).
    let pounds = lb_bars(45.0, &[(45.0, 4), (25.0, 2), (10.0, 2), (5.0, 2), (2.5, 2)]);
    let scaled = pounds
        .within(Implement::Barbell, &lb_load(95.0), 70, 80)
        .expect("a load");
    assert!(same(mass_in(&pounds, &scaled.load), lb(70.0)), "{scaled:?}");
    assert_eq!((scaled.percent, scaled.fit), (74, Fit::InBand));
    // 80% of a black band (23 kg) is 18.4 kg: blue (16 kg) is 70%.
    let bands = Preset::Bands.inventory();
    assert_eq!(
        bands.within(Implement::Band, &Load::Band("black".into()), 80, 80),
        Some(Scaled {
            load: Load::Band("blue".into()),
            percent: 70,
            fit: Fit::BelowBand
        })
    );
    assert_eq!(
        bands.within(Implement::Bodyweight, &Load::Bodyweight, 70, 80),
        Some(Scaled {
            load: Load::Bodyweight,
            percent: 100,
            fit: Fit::AboveBand
        })
    );
}

#[test]
fn a_written_load_rounds_to_the_nearest_makeable_one() {
    let pounds = lb_bars(45.0, &[(45.0, 4), (25.0, 2), (10.0, 2), (5.0, 2), (2.5, 2)]);
    // The tester's bug: 95 lb is 45 + 2 × 25 lb, but those grams do not add up to exactly
    // `Mass::from_lb(95.0)`; it was dropped to a lighter load.
    let rounded = pounds
        .round(Implement::Barbell, &lb_load(95.0))
        .expect("owned");
    assert!(rounded.exact);
    assert!(same(mass_in(&pounds, &rounded.load), lb(95.0)));
    assert!(pounds.loads(Implement::Barbell).contains(&rounded.load));
    assert_eq!(
        pounds.at_most(Implement::Barbell, lb(95.0)),
        Some(rounded.load.clone())
    );
    assert_eq!(
        pounds.load_at_most(Implement::Barbell, lb(95.0)),
        Some(rounded.load)
    );
    // 96 lb is not makeable: 95 lb is nearer than 100 lb.
    let rounded = pounds
        .round(Implement::Barbell, &lb_load(96.0))
        .expect("owned");
    assert!(!rounded.exact && same(mass_in(&pounds, &rounded.load), lb(95.0)));
    // Heavier than anything makeable: the heaviest. Lighter than the bar: the bar.
    let heaviest = pounds.heaviest(Implement::Barbell).expect("owned");
    assert_eq!(
        pounds.round(Implement::Barbell, &lb_load(900.0)),
        Some(Rounded {
            load: heaviest,
            exact: false
        })
    );
    assert_eq!(
        pounds.round(Implement::Barbell, &lb_load(20.0)),
        Some(Rounded {
            load: pounds.lightest(Implement::Barbell).expect("owned"),
            exact: false
        })
    );

    let pairs = dumbbell_pairs(&[6.0, 8.0, 10.0]);
    let cases = [
        (7.0, 6.0, false), // a tie goes to the lighter load
        (7.5, 8.0, false),
        (8.0, 8.0, true),
        (8.03, 8.0, true), // within the gram-rounding tolerance
        (8.1, 8.0, false),
        (30.0, 10.0, false),
        (1.0, 6.0, false),
    ];
    for (written, expected, exact) in cases {
        assert_eq!(
            pairs.round(Implement::Dumbbell, &kg_load(written)),
            Some(Rounded {
                load: kg_load(expected),
                exact
            }),
            "{written} kg"
        );
    }
    assert_eq!(
        pairs.round(Implement::Kettlebell, &kg_load(8.0)),
        None,
        "not owned"
    );
    let bands = Preset::Bands.inventory();
    let red = Load::Band("red".into());
    assert_eq!(
        bands.round(Implement::Band, &red),
        Some(Rounded {
            load: red,
            exact: true
        })
    );
    assert_eq!(
        bands.round(Implement::Band, &Load::Band("pink".into())),
        Some(Rounded {
            load: Load::Band("yellow".into()),
            exact: false
        })
    );
    assert_eq!(
        bands.round(Implement::Bodyweight, &Load::Bodyweight),
        Some(Rounded {
            load: Load::Bodyweight,
            exact: true
        })
    );
}

#[test]
fn lightest_heaviest_and_at_most() {
    let pairs = dumbbell_pairs(&[10.0, 4.0, 8.0]);
    assert_eq!(pairs.lightest(Implement::Dumbbell), Some(kg_load(4.0)));
    assert_eq!(pairs.heaviest(Implement::Dumbbell), Some(kg_load(10.0)));
    assert_eq!(
        pairs.at_most(Implement::Dumbbell, kg(9.0)),
        Some(kg_load(8.0))
    );
    assert_eq!(pairs.at_most(Implement::Dumbbell, kg(3.0)), None);
    assert_eq!(pairs.lightest(Implement::Band), None);
    assert_eq!(pairs.heaviest(Implement::Barbell), None);
    assert_eq!(
        pairs.lightest(Implement::Bodyweight),
        Some(Load::Bodyweight)
    );
    assert_eq!(
        pairs.weighed_loads(Implement::Dumbbell),
        vec![
            (kg(4.0), kg_load(4.0)),
            (kg(8.0), kg_load(8.0)),
            (kg(10.0), kg_load(10.0))
        ]
    );
    assert_eq!(
        pairs.weighed_loads(Implement::Bodyweight),
        vec![(Mass::ZERO, Load::Bodyweight)]
    );
}

#[test]
fn bar_steps_are_unit_aware_and_capped() {
    let five_lb_plates = &[(45.0, 4), (25.0, 2), (10.0, 2), (5.0, 2)];
    let pounds = lb_bars(45.0, five_lb_plates);
    let trap_60 = lb_bars(60.0, five_lb_plates);
    let fine_kg = barbell_with(&[(1.25, 2), (2.5, 2), (5.0, 2), (10.0, 4), (20.0, 4)]);
    let half_kg = barbell_with(&[
        (0.5, 2),
        (1.25, 2),
        (2.5, 2),
        (5.0, 2),
        (10.0, 4),
        (20.0, 4),
    ]);
    let tens_only = barbell_with(&[(10.0, 2), (20.0, 20)]);
    let one_small_step = barbell_with(&[(0.5, 2)]);
    // (inventory, implement, current load, lower body, unit, expected step)
    let cases: Vec<(&Inventory, Implement, Load, bool, Unit, StepUp)> = vec![
        // The tester's bug: an lb user with 5 lb plates at 95 lb was told the plates ran out. The
        // smallest step is 10 lb, over 5 lb or 5% (4.75 lb): reps first, and say so.
        (
            &pounds,
            Implement::Barbell,
            lb_load(95.0),
            true,
            Unit::Lb,
            StepUp::TooBig {
                next: lb_load(105.0),
                step: lb(10.0),
            },
        ),
        // At 200 lb, 5% is 10 lb: the 10 lb step is allowed (≤ 10 lb max, ≤ 10 lb = 5%).
        (
            &trap_60,
            Implement::TrapBar,
            lb_load(200.0),
            true,
            Unit::Lb,
            StepUp::Next(lb_load(210.0)),
        ),
        // Upper body in pounds: 10 lb is over the 5 lb maximum at any load.
        (
            &trap_60,
            Implement::TrapBar,
            lb_load(200.0),
            false,
            Unit::Lb,
            StepUp::TooBig {
                next: lb_load(210.0),
                step: lb(10.0),
            },
        ),
        // Kilograms: 100 kg lower body with 1.25 kg plates goes up 2.5 kg.
        (
            &fine_kg,
            Implement::Barbell,
            kg_load(100.0),
            true,
            Unit::Kg,
            StepUp::Next(kg_load(102.5)),
        ),
        // 40 kg lower body: 2.5 kg is over 5% (2 kg) but not over the 2.5 kg minimum step.
        (
            &fine_kg,
            Implement::Barbell,
            kg_load(40.0),
            true,
            Unit::Kg,
            StepUp::Next(kg_load(42.5)),
        ),
        // 40 kg upper body: 2.5 kg is over max(1 kg, 5% = 2 kg).
        (
            &fine_kg,
            Implement::Barbell,
            kg_load(40.0),
            false,
            Unit::Kg,
            StepUp::TooBig {
                next: kg_load(42.5),
                step: kg(2.5),
            },
        ),
        // With 0.5 kg plates the upper-body step is 1 kg.
        (
            &half_kg,
            Implement::Barbell,
            kg_load(40.0),
            false,
            Unit::Kg,
            StepUp::Next(kg_load(41.0)),
        ),
        // Only 10 kg plates: a 20 kg step is over the 5 kg maximum even at 200 kg.
        (
            &tens_only,
            Implement::Barbell,
            kg_load(200.0),
            true,
            Unit::Kg,
            StepUp::TooBig {
                next: kg_load(220.0),
                step: kg(20.0),
            },
        ),
        // The heaviest the plates make: nothing heavier at all.
        (
            &fine_kg,
            Implement::Barbell,
            kg_load(157.5),
            true,
            Unit::Kg,
            StepUp::RunsOut,
        ),
        // Only a step smaller than the minimum is left: it is taken.
        (
            &one_small_step,
            Implement::Barbell,
            kg_load(20.0),
            true,
            Unit::Kg,
            StepUp::Next(kg_load(21.0)),
        ),
    ];
    for (inventory, implement, current, lower_body, unit, expected) in cases {
        let got = inventory.step_up(implement, &current, lower_body, unit);
        let matches = match (&got, &expected) {
            (StepUp::Next(got), StepUp::Next(expected)) => {
                same(mass_in(inventory, got), mass_in(inventory, expected))
            }
            (
                StepUp::TooBig { next, step },
                StepUp::TooBig {
                    next: expected_next,
                    step: expected_step,
                },
            ) => {
                same(mass_in(inventory, next), mass_in(inventory, expected_next))
                    && same(*step, *expected_step)
            }
            (StepUp::RunsOut, StepUp::RunsOut) => true,
            _ => false,
        };
        assert!(
            matches,
            "{implement:?} from {current:?}, lower body {lower_body}, {unit:?}: got {got:?}, expected {expected:?}"
        );
    }
}

#[test]
fn dumbbells_bells_and_bands_step_to_the_next_one_owned() {
    let up = |inventory: &Inventory, source: LoadSource, current: Load| {
        inventory.step_up(source, &current, true, Unit::Kg)
    };
    let pairs = dumbbell_pairs(&[4.0, 6.0, 10.0]);
    let dumbbell = LoadSource::from(Implement::Dumbbell);
    assert_eq!(
        up(&pairs, dumbbell, kg_load(6.0)),
        StepUp::Next(kg_load(10.0))
    );
    assert_eq!(up(&pairs, dumbbell, kg_load(10.0)), StepUp::RunsOut);
    // A load between pairs steps to the next pair above it; the unit does not matter.
    assert_eq!(
        pairs.step_up(Implement::Dumbbell, &kg_load(5.0), false, Unit::Lb),
        StepUp::Next(kg_load(6.0))
    );
    let adjustable = Inventory {
        dumbbells: Dumbbells::Adjustable {
            min: kg(2.5),
            max: kg(25.0),
            step: kg(2.5),
        },
        ..Inventory::default()
    };
    assert_eq!(
        up(&adjustable, dumbbell, kg_load(7.5)),
        StepUp::Next(kg_load(10.0))
    );
    assert_eq!(up(&adjustable, dumbbell, kg_load(25.0)), StepUp::RunsOut);

    let bells = Inventory {
        kettlebells: [12.0, 12.0, 16.0, 20.0, 20.0].map(kg).to_vec(),
        ..Inventory::default()
    };
    let one_bell = LoadSource::from(Implement::Kettlebell);
    let pair_squat = exercise("double-kb-front-squat").expect("in the library");
    let pair = LoadSource::from(pair_squat);
    assert!(pair.kettlebell_pair);
    assert_eq!(
        up(&bells, one_bell, kg_load(12.0)),
        StepUp::Next(kg_load(16.0))
    );
    // Two bells: 16 kg is owned once, so the pair goes from 12 to 20 kg.
    assert_eq!(up(&bells, pair, kg_load(12.0)), StepUp::Next(kg_load(20.0)));
    assert_eq!(up(&bells, pair, kg_load(20.0)), StepUp::RunsOut);
    assert_eq!(
        bells.within(pair, &kg_load(20.0), 70, 80),
        Some(Scaled {
            load: kg_load(12.0),
            percent: 60,
            fit: Fit::BelowBand
        })
    );

    let bands = Preset::Bands.inventory();
    let band = LoadSource::from(Implement::Band);
    let colours = ["yellow", "red", "green", "blue", "black"];
    for pair in colours.windows(2) {
        assert_eq!(
            up(&bands, band, Load::Band(pair[0].into())),
            StepUp::Next(Load::Band(pair[1].into()))
        );
    }
    assert_eq!(
        up(&bands, band, Load::Band("black".into())),
        StepUp::RunsOut
    );
    assert_eq!(
        up(
            &bands,
            LoadSource::from(Implement::Bodyweight),
            Load::Bodyweight
        ),
        StepUp::RunsOut
    );
    assert_eq!(
        up(&Inventory::default(), dumbbell, kg_load(6.0)),
        StepUp::RunsOut
    );
}

#[test]
fn barbell_steps_read_the_rules() {
    assert_eq!(barbell_steps(true, Unit::Kg), (kg(2.5), kg(5.0)));
    assert_eq!(barbell_steps(false, Unit::Kg), (kg(1.0), kg(2.5)));
    assert_eq!(barbell_steps(true, Unit::Lb), (lb(5.0), lb(10.0)));
    assert_eq!(barbell_steps(false, Unit::Lb), (lb(2.5), lb(5.0)));
}

// ---------------------------------------------------------------------------------------------
// Equipment that makes no sense
// ---------------------------------------------------------------------------------------------

#[test]
fn every_preset_is_sensible() {
    for preset in Preset::ALL {
        for unit in Unit::ALL {
            assert_eq!(
                preset.inventory().problems(unit),
                Vec::<String>::new(),
                "{preset:?}"
            );
        }
    }
}

#[test]
fn odd_equipment_is_named_in_plain_words() {
    let odd = Inventory {
        bands: vec![band("red", 0.0), band("blue", 16.0)],
        dumbbells: Dumbbells::Adjustable {
            min: kg(25.0),
            max: kg(2.5),
            step: Mass::ZERO,
        },
        kettlebells: vec![kg(16.0), kg(16.0), kg(0.0), kg(-8.0)],
        barbell: Some(Bar { weight: kg(0.0) }),
        trap_bar: Some(Bar { weight: kg(900.0) }),
        plates: vec![
            Plates {
                weight: kg(20.0),
                count: 2,
            },
            Plates {
                weight: Mass::from_grams(-3),
                count: 2,
            },
        ],
        ..Inventory::default()
    };
    assert_eq!(
        odd.problems(Unit::Kg),
        vec![
            "Band 1 (red) has a resistance of 0 kg; it must be more than 0.",
            "The adjustable dumbbells have a step of 0 kg; the step must be more than 0.",
            "The adjustable dumbbells go from 25 kg to 2.5 kg: the lightest setting is above the heaviest.",
            "Kettlebell 3 weighs 0 kg; it must be more than 0.",
            "Kettlebell 4 weighs -8 kg; it must be more than 0.",
            "The barbell weighs 0 kg; it must be more than 0.",
            "The trap bar weighs 900 kg; Durable accepts up to 500 kg.",
            "Plate size 2 weighs -3 g; it must be more than 0.",
        ]
    );
    let pounds = Inventory {
        dumbbells: Dumbbells::Pairs {
            weights: vec![lb(10.0), Mass::ZERO],
        },
        ..Inventory::default()
    };
    assert_eq!(
        pounds.problems(Unit::Lb),
        vec!["Dumbbell pair 2 weighs 0 lb; it must be more than 0."]
    );
    let fine_steps = Inventory {
        dumbbells: Dumbbells::Adjustable {
            min: kg(2.0),
            max: kg(50.0),
            step: Mass::from_grams(10),
        },
        ..Inventory::default()
    };
    assert_eq!(
        fine_steps.problems(Unit::Kg),
        vec![
            "The adjustable dumbbells go from 2 kg to 50 kg in steps of 10 g: that is 4,801 settings; \
             Durable accepts up to 500."
        ]
    );
    let no_lightest = Inventory {
        dumbbells: Dumbbells::Adjustable {
            min: Mass::ZERO,
            max: kg(20.0),
            step: kg(2.0),
        },
        ..Inventory::default()
    };
    assert_eq!(
        no_lightest.problems(Unit::Kg),
        vec!["The adjustable dumbbells' lightest setting is 0 kg; it must be more than 0."]
    );
}

#[test]
fn thousands_of_items_are_refused_once() {
    let hoard = Inventory {
        bands: (0..60).map(|_| band("red", 0.0)).collect(),
        dumbbells: Dumbbells::Pairs {
            weights: vec![Mass::ZERO; 1_000],
        },
        kettlebells: vec![kg(16.0); 101],
        plates: vec![Plates {
            weight: kg(20.0),
            count: 5_000,
        }],
        ..Inventory::default()
    };
    assert_eq!(
        hoard.problems(Unit::Kg),
        vec![
            "There are 60 bands; Durable accepts up to 50.",
            "There are 1,000 dumbbell pairs; Durable accepts up to 100.",
            "There are 101 kettlebells; Durable accepts up to 100.",
            "There are 5,000 plates; Durable accepts up to 500.",
        ]
    );
    let many_sizes = Inventory {
        plates: (1..=60)
            .map(|size| Plates {
                weight: kg(f64::from(size)),
                count: 0,
            })
            .collect(),
        ..Inventory::default()
    };
    assert_eq!(
        many_sizes.problems(Unit::Kg),
        vec!["There are 60 plate sizes listed; Durable accepts up to 50."]
    );
}

/// Property tests of the load choices run a fixed number of cases from a fixed seed, so every run
/// gives the same answer.
fn fixed_seed(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_algorithm: prop::test_runner::RngAlgorithm::ChaCha,
        rng_seed: prop::test_runner::RngSeed::Fixed(0x00d1_ab1e),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A current load: one the inventory makes (usually), or any mass.
fn pick_load(
    inventory: &Inventory,
    source: LoadSource,
    pick: prop::sample::Index,
    grams: i64,
    makeable: bool,
) -> Load {
    let loads = inventory.loads(source);
    if makeable && !loads.is_empty() {
        pick.get(&loads).clone()
    } else {
        Load::Mass(Mass(grams))
    }
}

proptest! {
    #![proptest_config(fixed_seed(256))]

    #[test]
    fn round_is_nearest_makeable_and_idempotent(
        inventory in any_inventory(),
        source in any_implement(),
        grams in -1_000i64..500_000,
        pick in any::<prop::sample::Index>(),
        makeable in any::<bool>(),
    ) {
        let written = pick_load(&inventory, source, pick, grams, makeable);
        let weighed = inventory.weighed_loads(source);
        let Some(rounded) = inventory.round(source, &written) else {
            prop_assert!(weighed.is_empty());
            return Ok(());
        };
        prop_assert!(weighed.iter().any(|(_, load)| *load == rounded.load));
        let target = mass_in(&inventory, &written);
        let chosen = mass_in(&inventory, &rounded.load);
        let gap = (chosen.grams() - target.grams()).abs();
        prop_assert!(weighed.iter().all(|(mass, _)| (mass.grams() - target.grams()).abs() >= gap));
        if weighed.iter().any(|(_, load)| *load == written) {
            prop_assert!(rounded.exact);
        }
        let again = inventory.round(source, &rounded.load).expect("still owned");
        prop_assert_eq!(again, Rounded { load: rounded.load.clone(), exact: true });
    }

    #[test]
    fn within_is_never_heavier_and_says_where_it_fell(
        inventory in any_inventory(),
        source in any_implement(),
        grams in 0i64..300_000,
        pick in any::<prop::sample::Index>(),
        makeable in any::<bool>(),
        low in 0u8..=100,
        high in 0u8..=100,
    ) {
        let from = pick_load(&inventory, source, pick, grams, makeable);
        let from_mass = mass_in(&inventory, &from);
        let weighed = inventory.weighed_loads(source);
        let (low, high) = (low.min(high), low.max(high));
        match inventory.within(source, &from, low, high) {
            None => prop_assert!(weighed.iter().all(|(mass, _)| *mass > from_mass)),
            Some(scaled) => {
                prop_assert!(weighed.iter().any(|(_, load)| *load == scaled.load));
                let mass = mass_in(&inventory, &scaled.load);
                prop_assert!(mass <= from_mass);
                prop_assert!(scaled.percent <= 100);
                match scaled.fit {
                    Fit::InBand => prop_assert!((low..=high).contains(&scaled.percent)),
                    Fit::BelowBand => prop_assert!(scaled.percent < low),
                    Fit::AboveBand => {
                        prop_assert!(scaled.percent > high);
                        prop_assert!(weighed.iter().all(|(other, _)| *other >= mass));
                    }
                }
            }
        }
    }

    #[test]
    fn step_up_is_heavier_makeable_and_within_the_caps(
        inventory in any_inventory(),
        source in any_implement(),
        grams in 0i64..300_000,
        pick in any::<prop::sample::Index>(),
        makeable in any::<bool>(),
        lower_body in any::<bool>(),
        pounds in any::<bool>(),
    ) {
        let unit = if pounds { Unit::Lb } else { Unit::Kg };
        let current = pick_load(&inventory, source, pick, grams, makeable);
        let from = mass_in(&inventory, &current);
        let weighed = inventory.weighed_loads(source);
        let bar = matches!(source.implement, Implement::Barbell | Implement::TrapBar);
        let (min_step, max_step) = barbell_steps(lower_body, unit);
        let limit = max_step.min(min_step.max(from.percent(u32::from(crate::domain::rules::BARBELL_STEP_MAX_PERCENT))));
        match inventory.step_up(source, &current, lower_body, unit) {
            StepUp::Next(next) => {
                prop_assert!(weighed.iter().any(|(_, load)| *load == next));
                let to = mass_in(&inventory, &next);
                prop_assert!(to > from);
                if bar {
                    prop_assert!(to - from <= limit + SAME_LOAD_TOLERANCE);
                } else {
                    // The next one owned: nothing lies between.
                    prop_assert!(weighed.iter().all(|(mass, _)| *mass >= to || *mass <= from + SAME_LOAD_TOLERANCE));
                }
            }
            StepUp::TooBig { next, step } => {
                prop_assert!(bar);
                prop_assert!(weighed.iter().any(|(_, load)| *load == next));
                let to = mass_in(&inventory, &next);
                prop_assert_eq!(step, to - from);
                prop_assert!(step > limit + SAME_LOAD_TOLERANCE);
            }
            StepUp::RunsOut => {
                prop_assert!(weighed.iter().all(|(mass, _)| *mass <= from + SAME_LOAD_TOLERANCE));
            }
        }
    }

    #[test]
    fn problems_never_panic_and_sensible_inventories_have_none(
        inventory in any_inventory(),
        pounds in any::<bool>(),
    ) {
        let unit = if pounds { Unit::Lb } else { Unit::Kg };
        let problems = inventory.problems(unit);
        prop_assert!(problems.iter().all(|problem| problem.ends_with('.')));
        let positive = inventory.bands.iter().all(|band| band.resistance > Mass::ZERO)
            && inventory.kettlebells.iter().all(|bell| *bell > Mass::ZERO)
            && inventory.plates.iter().all(|plate| plate.weight > Mass::ZERO)
            && [&inventory.barbell, &inventory.trap_bar].iter().all(|bar| bar.as_ref().is_none_or(|bar| bar.weight > Mass::ZERO))
            && match &inventory.dumbbells {
                Dumbbells::None => true,
                Dumbbells::Pairs { weights } => weights.iter().all(|weight| *weight > Mass::ZERO),
                Dumbbells::Adjustable { min, max, step } => {
                    *min > Mass::ZERO && min <= max && *step > Mass::ZERO
                        && (max.grams() - min.grams()) / step.grams() < 500
                }
            };
        prop_assert_eq!(problems.is_empty(), positive, "{:?}", problems);
    }
}
