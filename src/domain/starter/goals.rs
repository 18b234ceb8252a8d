//! Everyday goals in a person's own words, mapped to the ladders that carry over to them.
//!
//! A small keyword table, not language understanding: "carry the groceries" finds the carry and
//! hinge ladders because it says "carry" and "groceries". Goals no rule recognises are kept as PSFS
//! activities and simply do not steer the choice of exercises.

use super::super::catalog::Pattern;
use super::super::ladder;

/// One row of the goal table: words that name an everyday activity, and the ladders that build it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalRule {
    /// Whole words or phrases, lower case, matched as whole words in the goal.
    pub words: &'static [&'static str],
    /// Ladder ids, most relevant first.
    pub ladders: &'static [&'static str],
}

/// The goal table (CLINICAL.md §4: "groceries → hinge + carry; gardening → half-kneeling, split
/// squat, hinge"), extended in the same spirit [design].
pub const GOAL_RULES: &[GoalRule] = &[
    GoalRule {
        words: &[
            "grocery",
            "groceries",
            "shopping",
            "bag",
            "bags",
            "carry",
            "carrying",
            "suitcase",
            "luggage",
            "basket",
        ],
        ladders: &["hinge", "carry"],
    },
    GoalRule {
        words: &[
            "garden",
            "gardening",
            "weed",
            "weeds",
            "weeding",
            "plant",
            "planting",
            "dig",
            "digging",
            "kneel",
            "kneeling",
        ],
        ladders: &["pallof", "lunge", "hinge"],
    },
    GoalRule {
        words: &[
            "toddler",
            "child",
            "children",
            "kid",
            "kids",
            "baby",
            "grandchild",
            "grandchildren",
            "grandkids",
            "lift",
            "lifting",
            "pick up",
            "picking up",
        ],
        ladders: &["squat", "hinge", "carry"],
    },
    GoalRule {
        words: &[
            "stairs",
            "stair",
            "staircase",
            "steps",
            "climb",
            "climbing",
            "hike",
            "hiking",
            "hill",
            "hills",
        ],
        ladders: &["lunge"],
    },
    GoalRule {
        words: &[
            "sit", "sitting", "seated", "drive", "driving", "car", "desk", "office", "computer",
            "commute",
        ],
        ladders: &["dead-bug", "hinge"],
    },
    GoalRule {
        words: &[
            "floor",
            "get up",
            "getting up",
            "get down",
            "getting down",
            "stand up",
            "standing up",
        ],
        ladders: &["lunge", "squat"],
    },
    GoalRule {
        words: &[
            "bend",
            "bending",
            "shoes",
            "socks",
            "laundry",
            "dishwasher",
            "tie",
            "pick things up",
        ],
        ladders: &["hinge", "squat"],
    },
    GoalRule {
        words: &[
            "walk", "walking", "walks", "run", "running", "jog", "jogging", "dog",
        ],
        ladders: &["lunge", "side-plank"],
    },
    GoalRule {
        words: &[
            "vacuum",
            "vacuuming",
            "hoover",
            "hoovering",
            "mop",
            "mopping",
            "clean",
            "cleaning",
            "housework",
            "chores",
        ],
        ladders: &["lunge", "pallof"],
    },
    GoalRule {
        words: &[
            "reach", "reaching", "shelf", "shelves", "cupboard", "overhead", "hang", "washing",
        ],
        ladders: &["push", "side-plank"],
    },
    GoalRule {
        words: &[
            "push",
            "pushing",
            "pram",
            "stroller",
            "pushchair",
            "mow",
            "mowing",
            "lawnmower",
            "trolley",
            "door",
            "doors",
        ],
        ladders: &["push", "lunge"],
    },
    GoalRule {
        words: &[
            "pull", "pulling", "row", "rowing", "open", "drawer", "drawers", "lead", "leash",
        ],
        ladders: &["pull"],
    },
    GoalRule {
        words: &[
            "golf",
            "tennis",
            "padel",
            "squash",
            "badminton",
            "cricket",
            "football",
            "sport",
            "sports",
            "swing",
            "twist",
            "twisting",
            "turn",
            "turning",
        ],
        ladders: &["pallof", "hinge", "lunge"],
    },
    GoalRule {
        words: &[
            "sleep", "sleeping", "bed", "roll", "rolling", "lie", "lying",
        ],
        ladders: &["bird-dog", "dead-bug"],
    },
    GoalRule {
        words: &[
            "boxes",
            "move",
            "moving",
            "furniture",
            "work",
            "job",
            "lift boxes",
        ],
        ladders: &["hinge", "squat", "carry"],
    },
];

/// The goal in lower case with every run of non-letters turned into one space, padded with a
/// space at each end so whole words can be found with `" word "`.
fn normalise(goal: &str) -> String {
    let mut text = String::from(" ");
    for character in goal.chars().flat_map(char::to_lowercase) {
        if character.is_alphanumeric() {
            text.push(character);
        } else if !text.ends_with(' ') {
            text.push(' ');
        }
    }
    if !text.ends_with(' ') {
        text.push(' ');
    }
    text
}

/// True when the goal text (already normalised) holds this word or phrase as whole words.
fn mentions(normalised: &str, phrase: &str) -> bool {
    normalised.contains(&format!(" {phrase} "))
}

/// The ladder ids one goal points to, most relevant first and without repeats; empty for a goal
/// the table does not recognise.
pub fn ladders_for(goal: &str) -> Vec<&'static str> {
    let normalised = normalise(goal);
    let mut found: Vec<&'static str> = Vec::new();
    for rule in GOAL_RULES {
        if rule.words.iter().any(|word| mentions(&normalised, word)) {
            for ladder_id in rule.ladders {
                if !found.contains(ladder_id) {
                    found.push(ladder_id);
                }
            }
        }
    }
    found
}

/// The ladder ids all goals point to, in the order of the goals (a person's first goal first),
/// without repeats.
pub fn ladders_for_all(goals: &[String]) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = Vec::new();
    for goal in goals {
        for ladder_id in ladders_for(goal) {
            if !found.contains(&ladder_id) {
                found.push(ladder_id);
            }
        }
    }
    found
}

/// The movement patterns a goal points to, in the order of [`ladders_for`], without repeats.
pub fn patterns_for(goal: &str) -> Vec<Pattern> {
    let mut patterns: Vec<Pattern> = Vec::new();
    for ladder_id in ladders_for(goal) {
        if let Some(found) = ladder::ladder(ladder_id) {
            if !patterns.contains(&found.pattern) {
                patterns.push(found.pattern);
            }
        }
    }
    patterns
}

#[cfg(test)]
#[path = "goals_tests.rs"]
mod tests;
