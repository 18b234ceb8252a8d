//! Runs the built `durable catalog` command and checks the library it prints.

use std::collections::BTreeSet;
use std::process::Command;

/// Runs `durable` with these arguments and returns its standard output, failing on a bad exit.
fn durable(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_durable"))
        .args(args)
        .output()
        .expect("the durable binary runs");
    assert!(
        output.status.success(),
        "durable {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

#[test]
fn json_lists_at_least_fifty_exercises_covering_all_seven_patterns() {
    let json: serde_json::Value =
        serde_json::from_str(&durable(&["catalog", "--json"])).expect("valid JSON");
    let exercises = json["exercises"].as_array().expect("an exercises array");
    assert!(exercises.len() >= 50, "only {} exercises", exercises.len());
    let patterns: BTreeSet<&str> = exercises
        .iter()
        .map(|exercise| exercise["pattern"].as_str().expect("a pattern"))
        .collect();
    let all = ["carry", "hinge", "lunge", "pull", "push", "squat", "trunk"];
    assert_eq!(patterns, BTreeSet::from(all));

    let ladders = json["ladders"].as_array().expect("a ladders array");
    let n_rungs: usize = ladders
        .iter()
        .map(|ladder| ladder["rungs"].as_array().expect("rungs").len())
        .sum();
    assert_eq!(n_rungs, exercises.len());
    let first = &exercises[0];
    assert_eq!(first["id"], "glute-bridge");
    assert!(first["cues"].as_array().is_some_and(|cues| cues.len() >= 2));
}

#[test]
fn text_groups_rungs_by_ladder_with_equipment_and_dose() {
    let text = durable(&["catalog"]);
    assert!(text.starts_with("Hinge (hinge) — 15 rungs, pattern: Hinge\n"));
    assert!(text.contains(
        "   1. Glute bridge [glute-bridge]\n      body weight · reps · needs: nothing extra\n"
    ));
    assert!(text.contains(
        "Double-kettlebell front squat [double-kb-front-squat]\n      kettlebell · reps · needs: two kettlebells of the same size\n"
    ));
    assert!(text.contains("seconds per side"));
    assert!(text.contains("barbell gate"));
    assert!(!text.contains("(missing)"));
    assert!(text.ends_with("72 exercises on 11 ladders.\n"));
}

#[test]
fn unknown_catalog_options_are_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_durable"))
        .args(["catalog", "--yaml"])
        .output()
        .expect("the durable binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--yaml"));
}
