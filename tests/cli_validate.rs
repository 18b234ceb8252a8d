//! Runs `durable validate` on good and hostile files: a summary and exit 0, or the app's message
//! and exit 1, and never a panic.

use std::path::PathBuf;
use std::process::Command;

/// Writes `contents` to a fresh temporary file and runs `durable validate` on it.
/// Returns (exit code, stdout, stderr).
fn validate(name: &str, contents: &[u8]) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("durable-cli-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    run(&[path.to_str().unwrap()])
}

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_durable"))
        .arg("validate")
        .args(args)
        .output()
        .expect("the durable binary runs");
    (
        output.status.code().expect("exited, not killed"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A hostile file must give exit 1 with `expected` in the message, and no panic.
fn check(name: &str, contents: &[u8], expected: &str) {
    let (code, stdout, stderr) = validate(name, contents);
    assert_eq!(code, 1, "{name}: stdout {stdout:?} stderr {stderr:?}");
    assert!(stderr.contains(expected), "{name}: {stderr:?}");
    assert!(!stderr.contains("panicked"), "{name}: {stderr:?}");
}

#[test]
fn a_good_backup_gives_a_one_line_summary() {
    let text = std::fs::read("tests/fixtures/backup-v1.json").unwrap();
    let (code, stdout, stderr) = validate("good.json", &text);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "OK: durable-backup v1 — 2 sessions, 2 check-ins, program “Back to lifting”, 2026-10-05 to 2026-11-03\n"
    );
}

#[test]
fn hostile_files_give_the_apps_message_and_exit_1() {
    check("empty.json", b"", "This file is empty");
    check(
        "binary.png",
        &[0x89, b'P', b'N', b'G', 0, 0xff, 0xfe],
        "it is not text",
    );
    check("nul.json", b"{\"a\":\0}", "it is not text");
    check("array.json", b"[]", "does not have the fields a backup has");
    check(
        "plan.json",
        br#"{"format":"durable-plan","version":1}"#,
        "This plan has 2 problems and was not opened. name: is missing. days: is missing.",
    );
    check(
        "newer.json",
        br#"{"format":"durable-backup","version":4,"data":{}}"#,
        "made by a newer version of Durable (format version 4)",
    );
    check(
        "huge-number.json",
        br#"{"format":"durable-backup","version":1,"data":{"checkins":[{"date":"2026-01-01","pain":1e400}]}}"#,
        "Line 1",
    );
    check(
        "huge-version.json",
        br#"{"format":"durable-backup","version":99999999999999999999999,"data":{}}"#,
        "no valid format version",
    );
    check(
        "wrong-type.json",
        br#"{"format":"durable-backup","version":1,"data":{"sessions":"many"}}"#,
        "found string \"many\", expected a list",
    );
    check(
        "pain-14.json",
        br#"{"format":"durable-backup","version":1,"data":{"checkins":[{"date":"2026-01-01","pain":14}]}}"#,
        "pain is 14, but the scale goes from 0 to 10",
    );
    check(
        "deep.json",
        "[".repeat(200_000).as_bytes(),
        "nested too deeply",
    );
    check(
        "cut.json",
        br#"{"format":"durable-backup","version":1,"data":{"#,
        "ends too early",
    );
}

#[test]
fn a_file_over_20_mb_is_refused_without_reading_it() {
    check(
        "big.json",
        &vec![b' '; 20 * 1024 * 1024 + 1],
        "too large to be a Durable backup",
    );
}

#[test]
fn a_missing_file_or_argument_is_reported() {
    let (code, _, stderr) = run(&["/nonexistent/backup.json"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("Cannot open"), "{stderr}");
    let (code, _, stderr) = run(&[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("give exactly one file"), "{stderr}");
}

#[test]
fn equipment_that_makes_no_sense_is_named_and_refused() {
    let backup = |inventory: &str| {
        format!(
            r#"{{"format":"durable-backup","version":1,"data":{{"profile":{{"unit":"kg","inventory":{inventory},"days_per_week":3,"minutes_per_session":40,"experience":"new","baseline_pain":3,"created":"2026-01-01"}}}}}}"#
        )
    };
    check(
        "adjustable-step-0.json",
        backup(r#"{"dumbbells":{"kind":"adjustable","min":2500,"max":25000,"step":0}}"#).as_bytes(),
        "The adjustable dumbbells have a step of 0 kg; the step must be more than 0.",
    );
    check(
        "min-above-max.json",
        backup(r#"{"dumbbells":{"kind":"adjustable","min":25000,"max":2500,"step":2500}}"#)
            .as_bytes(),
        "The adjustable dumbbells go from 25 kg to 2.5 kg: the lightest setting is above the heaviest.",
    );
    check(
        "zero-kettlebell.json",
        backup(r#"{"kettlebells":[16000,0]}"#).as_bytes(),
        "Kettlebell 2 weighs 0 kg; it must be more than 0.",
    );
    check(
        "thousands-of-plates.json",
        backup(r#"{"barbell":{"weight":20000},"plates":[{"weight":20000,"count":5000}]}"#)
            .as_bytes(),
        "There are 5,000 plates; Durable accepts up to 500.",
    );
    let (code, stdout, stderr) = validate(
        "sensible.json",
        backup(r#"{"kettlebells":[16000,16000],"barbell":{"weight":20000},"plates":[{"weight":20000,"count":2}]}"#)
            .as_bytes(),
    );
    assert_eq!(code, 0, "{stdout} {stderr}");
}

#[test]
fn plans_get_the_apps_verdict_and_every_problem() {
    let template = std::fs::read("plans/templates/floor-to-feet.json").unwrap();
    let (code, stdout, stderr) = validate("floor-to-feet.json", &template);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "OK: durable-plan v1 — “Floor to feet” by Durable: 2 days, 10 exercises, 2 phases, 12 weeks\n"
    );
    let hostile = std::fs::read("tests/plans/over-the-limit.json").unwrap();
    check(
        "over-the-limit.json",
        &hostile,
        "This plan has 1 problem and was not opened. days[2].slots[1].scheme.high: 40 is above the limit of 30.",
    );
    let (_, _, stderr) = validate(
        "wrong-types.json",
        &std::fs::read("tests/plans/wrong-types.json").unwrap(),
    );
    assert!(stderr.ends_with("Every problem:\n  weeks: expected a whole number, found a list\n  days[0].slots[0].scheme.sets: expected a whole number, found text\n"), "{stderr}");
}
