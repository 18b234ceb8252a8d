//! Equipment entered item by item: a weight as typed, checked; each kind of item added or taken
//! away, lists kept in order from light to heavy. The forms (onboarding and Settings) call these;
//! `problems` checks the whole before it is saved.

use super::problems::MAX_ITEM_MASS;
use super::{Band, Bar, Dumbbells, Inventory, Plates};
use crate::domain::units::{Mass, Unit};

/// A weight as typed ("12", "12.5" or "12,5") in `unit`: more than zero and at most the heaviest
/// item accepted.
pub fn parse_mass(text: &str, unit: Unit) -> Result<Mass, String> {
    let example = match unit {
        Unit::Kg => "12 or 12.5",
        Unit::Lb => "25 or 27.5",
    };
    let value = text
        .trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite() && *value > 0.0)
        .ok_or_else(|| format!("Enter a weight in {}, like {example}.", unit.label()))?;
    let mass = Mass::from_unit(value, unit);
    if mass > MAX_ITEM_MASS {
        return Err(format!("That is more than {}.", unit.show(MAX_ITEM_MASS)));
    }
    Ok(mass)
}

/// Adds a pair of fixed dumbbells (switching from an adjustable set or none to pairs).
pub fn add_pair(inventory: &mut Inventory, weight: Mass) {
    let mut weights = match &inventory.dumbbells {
        Dumbbells::Pairs { weights } => weights.clone(),
        _ => Vec::new(),
    };
    if !weights.contains(&weight) {
        weights.push(weight);
        weights.sort();
    }
    inventory.dumbbells = Dumbbells::Pairs { weights };
}

/// Takes away the pair at `index`; the last one taken leaves no dumbbells.
pub fn remove_pair(inventory: &mut Inventory, index: usize) {
    if let Dumbbells::Pairs { weights } = &mut inventory.dumbbells {
        if index < weights.len() {
            weights.remove(index);
        }
        if weights.is_empty() {
            inventory.dumbbells = Dumbbells::None;
        }
    }
}

/// Adds one kettlebell (two of a size are two bells).
pub fn add_kettlebell(inventory: &mut Inventory, weight: Mass) {
    inventory.kettlebells.push(weight);
    inventory.kettlebells.sort();
}

/// Adds a band of `colour` (trimmed; a colour already listed is replaced).
pub fn add_band(inventory: &mut Inventory, colour: &str, resistance: Mass) -> Result<(), String> {
    let colour = colour.trim().to_lowercase();
    if colour.is_empty() {
        return Err("Enter the band's colour, like red.".to_string());
    }
    inventory.bands.retain(|band| band.colour != colour);
    inventory.bands.push(Band { colour, resistance });
    inventory.bands.sort_by_key(|band| band.resistance);
    Ok(())
}

/// Adds `count` plates of `weight` (to the plates of that weight already listed).
pub fn add_plates(inventory: &mut Inventory, weight: Mass, count: u32) -> Result<(), String> {
    if count == 0 || u64::from(count) > super::problems::MAX_PLATES {
        return Err("Enter how many plates, like 2.".to_string());
    }
    match inventory
        .plates
        .iter_mut()
        .find(|plates| plates.weight == weight)
    {
        Some(plates) => plates.count = plates.count.saturating_add(count),
        None => inventory.plates.push(Plates { weight, count }),
    }
    inventory
        .plates
        .sort_by_key(|plates| std::cmp::Reverse(plates.weight));
    Ok(())
}

/// A bar of `weight`, or none.
pub fn bar(weight: Option<Mass>) -> Option<Bar> {
    weight.map(|weight| Bar { weight })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_weight_is_read_in_the_persons_unit_and_checked() {
        assert_eq!(parse_mass("12", Unit::Kg), Ok(Mass::from_kg(12.0)));
        assert_eq!(parse_mass(" 12,5 ", Unit::Kg), Ok(Mass::from_kg(12.5)));
        assert_eq!(parse_mass("25", Unit::Lb), Ok(Mass::from_lb(25.0)));
        for bad in ["", "0", "-4", "twelve", "NaN", "inf"] {
            assert!(
                parse_mass(bad, Unit::Kg).unwrap_err().contains("like 12"),
                "{bad}"
            );
        }
        assert!(parse_mass("501", Unit::Kg)
            .unwrap_err()
            .contains("more than 500 kg"));
    }

    #[test]
    fn items_are_added_and_taken_away_one_by_one_in_order() {
        let mut inventory = Inventory::default();
        add_kettlebell(&mut inventory, Mass::from_kg(12.0));
        assert_eq!(
            inventory.kettlebells,
            vec![Mass::from_kg(12.0)],
            "one 12 kg kettlebell"
        );
        add_kettlebell(&mut inventory, Mass::from_kg(8.0));
        assert_eq!(
            inventory.kettlebells,
            vec![Mass::from_kg(8.0), Mass::from_kg(12.0)]
        );
        add_pair(&mut inventory, Mass::from_kg(10.0));
        add_pair(&mut inventory, Mass::from_kg(6.0));
        add_pair(&mut inventory, Mass::from_kg(10.0));
        assert_eq!(
            inventory.dumbbells,
            Dumbbells::Pairs {
                weights: vec![Mass::from_kg(6.0), Mass::from_kg(10.0)]
            }
        );
        remove_pair(&mut inventory, 0);
        remove_pair(&mut inventory, 0);
        assert_eq!(inventory.dumbbells, Dumbbells::None);
        add_band(&mut inventory, " Red ", Mass::from_kg(11.0)).unwrap();
        add_band(&mut inventory, "yellow", Mass::from_kg(5.0)).unwrap();
        add_band(&mut inventory, "red", Mass::from_kg(12.0)).unwrap();
        let colours: Vec<&str> = inventory
            .bands
            .iter()
            .map(|band| band.colour.as_str())
            .collect();
        assert_eq!(colours, ["yellow", "red"]);
        assert!(add_band(&mut inventory, "  ", Mass::from_kg(5.0)).is_err());
        add_plates(&mut inventory, Mass::from_kg(5.0), 2).unwrap();
        add_plates(&mut inventory, Mass::from_kg(10.0), 2).unwrap();
        add_plates(&mut inventory, Mass::from_kg(5.0), 2).unwrap();
        assert_eq!(
            inventory.plates,
            vec![
                Plates {
                    weight: Mass::from_kg(10.0),
                    count: 2
                },
                Plates {
                    weight: Mass::from_kg(5.0),
                    count: 4
                }
            ]
        );
        assert!(add_plates(&mut inventory, Mass::from_kg(5.0), 0).is_err());
        inventory.barbell = bar(Some(Mass::from_kg(20.0)));
        assert!(
            inventory.problems(Unit::Kg).is_empty(),
            "{:?}",
            inventory.problems(Unit::Kg)
        );
    }
}
