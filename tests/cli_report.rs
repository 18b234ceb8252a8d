//! Runs `durable report` on a synthetic year: the text and HTML carry the same sections, a period
//! with its numbers, and bad arguments fail with a message and exit 1.

use std::path::PathBuf;
use std::process::Command;

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

/// A synthetic year from 2025-12-01, written by `durable synth`.
fn year() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("durable-cli-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("year.json");
    let (code, _, stderr) = durable(&[
        "synth",
        "--years",
        "1",
        "--seed",
        "7",
        "--start",
        "2025-12-01",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "synth failed: {stderr}");
    path
}

#[test]
fn text_and_html_reports_carry_the_same_sections() {
    let file = year();
    let file = file.to_str().unwrap();
    let (code, text, stderr) =
        durable(&["report", file, "--from", "2026-09-01", "--to", "2026-11-29"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text.starts_with("Durable report: 1 Sep 2026 to 29 Nov 2026 (90 days)\n"));
    for heading in [
        "\nPain\n",
        "\nTraining\n",
        "\nActivities and confidence\n",
        "\nWalking\n",
        "\nCurrent plan\n",
        "\nSafety questions\n",
        "\nAbout this report\n",
    ] {
        assert!(text.contains(heading), "{heading:?} missing:\n{text}");
    }
    assert!(text.contains("- Sessions done: "), "{text}");
    assert!(text.contains("- Morning pain averaged "), "{text}");
    assert!(text.contains("it does not diagnose"));

    let (code, html, _) = durable(&[
        "report",
        file,
        "--from",
        "2026-09-01",
        "--to",
        "2026-11-29",
        "--html",
    ]);
    assert_eq!(code, 0);
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<h2>Current plan</h2>"));
    let lines = text.lines().filter(|line| line.starts_with("- ")).count();
    assert_eq!(html.matches("<li>").count(), lines, "the same lines");
}

#[test]
fn bad_arguments_fail_with_a_message() {
    let file = year();
    let file = file.to_str().unwrap();
    for (args, message) in [
        (
            vec!["report", file, "--from", "2026-09-01"],
            "give the last day with --to",
        ),
        (
            vec!["report", file, "--to", "2026-09-01"],
            "give the first day with --from",
        ),
        (
            vec!["report", file, "--from", "2026-10-01", "--to", "2026-09-01"],
            "--from is after --to",
        ),
        (
            vec!["report", file, "--from", "1 Sep", "--to", "2026-09-01"],
            "is not a date",
        ),
        (
            vec![
                "report",
                "/nonexistent.json",
                "--from",
                "2026-09-01",
                "--to",
                "2026-09-02",
            ],
            "cannot open",
        ),
    ] {
        let (code, out, stderr) = durable(&args);
        assert_eq!(code, 1, "{args:?}");
        assert!(out.is_empty());
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}
