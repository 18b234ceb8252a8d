//! Runs `durable next` on backups of every schema version (a synthetic year written by
//! `durable synth`, and the same year written back as schema 1) and checks that every sentence of
//! the plan matches its data: the work and load in each summary, each load change's percentage
//! from the real masses, no traffic-light words, and the v1 file read through the migration.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Runs the CLI; returns (exit code, stdout, stderr).
fn durable(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_durable"))
        .args(args)
        .output()
        .expect("the durable binary runs");
    (
        output.status.code().expect("exited, not killed"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A fresh scratch folder for this test process.
fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("durable-cli-next-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A year of synthetic training, written by this version.
fn synthetic_year(dir: &Path) -> PathBuf {
    let path = dir.join("year.json");
    let (code, _, stderr) = durable(&[
        "synth",
        "--years",
        "1",
        "--seed",
        "7",
        "--start",
        "2025-01-06",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "synth failed: {stderr}");
    path
}

/// Removes what schema 1 did not have: phases, max sets, slot and logged implements, tempo, range.
fn strip_to_v1(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for key in ["phases", "max_sets", "implement", "tempo", "range"] {
                map.remove(key);
            }
            for child in map.values_mut() {
                strip_to_v1(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_to_v1),
        _ => {}
    }
}

/// The grams of a load in the plan's JSON (`None` for body weight or a band).
fn grams(load: &Value) -> Option<i64> {
    (load["kind"] == "mass")
        .then(|| load["value"].as_i64())
        .flatten()
}

/// Every mismatch between the plan's sentences and its data.
fn problems(plan: &Value) -> Vec<String> {
    let mut found = Vec::new();
    let forbidden = ["gate", "amber", "red", "green", "rung"];
    let mut texts: Vec<String> = Vec::new();
    for key in ["status_reasons", "ask_safety_screen"] {
        for reason in plan[key].as_array().into_iter().flatten() {
            texts.push(reason["text"].as_str().unwrap_or_default().to_string());
        }
    }
    for day in plan["days"].as_array().into_iter().flatten() {
        for slot in day["slots"].as_array().into_iter().flatten() {
            let summary = slot["summary"].as_str().unwrap_or_default();
            texts.push(summary.to_string());
            let sets = slot["sets"].as_u64().unwrap_or_default();
            let (low, high) = (
                slot["low"].as_u64().unwrap_or(0),
                slot["high"].as_u64().unwrap_or(0),
            );
            let range = if low == high {
                format!("{low}")
            } else {
                format!("{low}–{high}")
            };
            if slot["decision"] != "blocked-by-safety-screen" {
                let work = format!("{sets} × {range}");
                if !summary.contains(&work) {
                    found.push(format!("summary without its work {work:?}: {summary}"));
                }
            }
            for reason in slot["reasons"].as_array().into_iter().flatten() {
                texts.push(reason["text"].as_str().unwrap_or_default().to_string());
                match reason["rule"].as_str() {
                    Some("load-change") => {
                        if let (Some(from), Some(to)) =
                            (grams(&reason["from"]), grams(&reason["to"]))
                        {
                            let real = (to * 100 + from / 2) / from;
                            let said = reason["percent"].as_i64().unwrap_or(-1);
                            let text = reason["text"].as_str().unwrap_or_default();
                            if real != said || !text.contains(&format!("({said}%")) {
                                found.push(format!("{text}: the real change is {real}%"));
                            }
                        }
                    }
                    Some("fewer-reps")
                        if reason["low"] != slot["low"] || reason["high"] != slot["high"] =>
                    {
                        found.push(format!("fewer reps not as prescribed: {}", reason["text"]));
                    }
                    Some("load-rounded") if reason["made"] != slot["load"] => {
                        found.push(format!("rounded load not prescribed: {}", reason["text"]));
                    }
                    _ => {}
                }
            }
        }
    }
    for text in texts {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        for (index, word) in words.iter().enumerate() {
            // A band's colour ("the red band") is the name of a band, not a traffic light.
            let band_colour = words.get(index + 1) == Some(&"band");
            if forbidden.contains(word) && !band_colour {
                found.push(format!("{word:?} in {text:?}"));
            }
        }
    }
    found
}

/// The plan `durable next` prints for `file` on `date`, as JSON.
fn next(file: &Path, date: &str) -> Value {
    let (code, stdout, stderr) =
        durable(&["next", file.to_str().unwrap(), "--date", date, "--json"]);
    assert_eq!(code, 0, "{}: {stderr}", file.display());
    serde_json::from_str(&stdout).expect("the plan is JSON")
}

#[test]
fn every_sentence_matches_its_data_on_v1_and_current_backups() {
    let dir = scratch();
    let v2 = synthetic_year(&dir);
    let mut backup: Value = serde_json::from_str(&std::fs::read_to_string(&v2).unwrap()).unwrap();
    assert_eq!(
        backup["version"],
        durable::domain::migrate::CURRENT,
        "synth writes the current version"
    );
    strip_to_v1(&mut backup);
    backup["version"] = Value::from(1);
    let v1 = dir.join("year-v1.json");
    std::fs::write(&v1, serde_json::to_string(&backup).unwrap()).unwrap();

    let mut checked = 0;
    for date in [
        "2025-01-06",
        "2025-02-03",
        "2025-04-14",
        "2025-09-01",
        "2026-01-05",
        "2026-03-02",
    ] {
        for file in [&v2, &v1] {
            let plan = next(file, date);
            let slots: usize = plan["days"]
                .as_array()
                .map(|days| {
                    days.iter()
                        .map(|day| day["slots"].as_array().map_or(0, Vec::len))
                        .sum()
                })
                .unwrap_or(0);
            assert!(slots > 0, "{} on {date}: no prescriptions", file.display());
            checked += slots;
            let found = problems(&plan);
            assert!(
                found.is_empty(),
                "{} on {date}:\n{}",
                file.display(),
                found.join("\n")
            );
        }
    }
    assert!(checked > 50, "only {checked} prescriptions checked");

    // The human form prints every day with its reasons.
    let (code, stdout, _) = durable(&["next", v2.to_str().unwrap(), "--date", "2025-09-01"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Day A"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
