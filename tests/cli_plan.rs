//! Runs `durable plan export` and `durable plan preview`: a backup's program comes out as a plan
//! the app reads back, and a plan's green weeks come out as text.

use std::process::Command;

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

#[test]
fn export_writes_the_backups_program_as_a_plan() {
    let (code, stdout, stderr) = durable(&["plan", "export", "tests/fixtures/backup-v2.json"]);
    assert_eq!(code, 0, "{stderr}");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let program = durable::domain::plan::read(&stdout, date).unwrap();
    let backup = std::fs::read_to_string("tests/fixtures/backup-v2.json").unwrap();
    let data = durable::domain::backup::read(&backup).unwrap();
    let written = data.program.unwrap();
    let ids = |program: &durable::domain::program::Program| -> Vec<Vec<String>> {
        program
            .days
            .iter()
            .map(|day| day.slots.iter().map(|slot| slot.exercise.clone()).collect())
            .collect()
    };
    assert_eq!(ids(&program), ids(&written));
    assert_eq!(
        (program.name, program.phases),
        (written.name, written.phases)
    );
}

#[test]
fn preview_prints_the_green_weeks() {
    let (code, stdout, stderr) = durable(&[
        "plan",
        "preview",
        "plans/templates/short-on-time.json",
        "--weeks",
        "1",
        "--date",
        "2026-11-30",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "“Short on time” — the next 1 weeks if every session goes green
Week 1
  Mon 30 Nov — Day A
    Squat to a high seat: 2 × 12–15 reps at body weight
    Glute bridge: 2 × 12–15 reps at body weight
    Incline push-up: 2 × 12–15 reps at body weight
    Bird dog, small reach: 2 × 12–15 reps each side at body weight
  Thu 3 Dec — Day B
    Split squat: 2 × 12–15 reps each side at body weight
    Hip hinge with a broom handle: 2 × 12–15 reps at body weight
    Doorway row: 2 × 12–15 reps at body weight
    Side plank from the knees: 2 × 20–30 s each side at body weight
"
    );
    let (code, _, stderr) = durable(&["plan", "preview", "tests/plans/newer-version.json"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("newer version of Durable (plan format version 2)"),
        "{stderr}"
    );
}
