//! Tests of the goal keyword table.

use super::*;

#[test]
fn goals_map_to_ladders_and_patterns() {
    let check = |goal: &str, expected: &[Pattern]| {
        assert_eq!(patterns_for(goal), expected, "{goal}");
    };
    check("Carry groceries", &[Pattern::Hinge, Pattern::Carry]);
    check(
        "carry the shopping up the stairs",
        &[Pattern::Hinge, Pattern::Carry, Pattern::Lunge],
    );
    check(
        "Gardening: weeding for an hour",
        &[Pattern::Trunk, Pattern::Lunge, Pattern::Hinge],
    );
    check(
        "lift my toddler",
        &[Pattern::Squat, Pattern::Hinge, Pattern::Carry],
    );
    check("Climb the stairs", &[Pattern::Lunge]);
    check(
        "Driving to work",
        &[
            Pattern::Trunk,
            Pattern::Hinge,
            Pattern::Squat,
            Pattern::Carry,
        ],
    );
    check(
        "getting up from the floor",
        &[Pattern::Lunge, Pattern::Squat],
    );
    check("play the piano", &[]);
    check("", &[]);
}

#[test]
fn words_match_whole_words_only() {
    // "car" must not be found inside "carry", nor "lift" inside "uplifting".
    assert_eq!(ladders_for("carry"), vec!["hinge", "carry"]);
    assert!(ladders_for("uplifting music").is_empty());
    assert!(ladders_for("scary").is_empty());
}

#[test]
fn gardening_asks_for_the_half_kneeling_pallof_first() {
    assert_eq!(ladders_for("gardening")[0], "pallof");
}

#[test]
fn all_goals_keep_the_persons_order_without_repeats() {
    let goals = vec![
        "Climb the stairs".to_string(),
        "carry groceries".to_string(),
        "hiking".to_string(),
    ];
    assert_eq!(ladders_for_all(&goals), vec!["lunge", "hinge", "carry"]);
    assert!(ladders_for_all(&[]).is_empty());
}

#[test]
fn every_rule_names_real_ladders_and_lower_case_words() {
    for rule in GOAL_RULES {
        assert!(!rule.words.is_empty() && !rule.ladders.is_empty());
        for ladder_id in rule.ladders {
            assert!(
                ladder::ladder(ladder_id).is_some(),
                "unknown ladder {ladder_id}"
            );
        }
        for word in rule.words {
            assert_eq!(
                normalise(word).trim(),
                *word,
                "word {word:?} is not normalised"
            );
        }
    }
}
