//! Runs the built `durable pose` command: an exercise's picture in words and as SVG, and the errors.

use std::process::Command;

/// Runs `durable` with these arguments: exit code, standard output, standard error.
fn durable(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_durable"))
        .args(args)
        .output()
        .expect("the durable binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("output is UTF-8"),
        String::from_utf8(output.stderr).expect("errors are UTF-8"),
    )
}

#[test]
fn svg_draws_the_start_and_end_side_by_side_with_the_text_alternative_as_title() {
    let (code, svg, _) = durable(&["pose", "glute-bridge", "--svg"]);
    assert_eq!(code, 0);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(
        "<title>Glute bridge, seen from the side. Start: lying on your back, knees bent, feet flat. \
         End: hips lifted so knees, hips and shoulders are in a line.</title>"
    ));
    assert_eq!(
        svg.matches("<circle class=\"ph\"").count(),
        2,
        "two heads: start and end"
    );
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn without_svg_it_describes_the_picture_and_its_angles() {
    let (code, text, _) = durable(&["pose", "bird-dog"]);
    assert_eq!(code, 0);
    assert!(text.starts_with("Bird dog, seen from the side. Start: on hands and knees."));
    assert_eq!(text.matches("\n  pose ").count(), 2, "{text}");
}

#[test]
fn an_unknown_exercise_or_a_missing_name_is_refused_with_the_reason() {
    let (code, _, errors) = durable(&["pose", "handstand"]);
    assert_eq!(code, 2);
    assert_eq!(
        errors,
        "durable: pose: no exercise `handstand` in the library; `durable catalog` lists them\n"
    );
    let (code, _, errors) = durable(&["pose", "--svg"]);
    assert_eq!(code, 2);
    assert!(
        errors.starts_with("durable: pose: which exercise?"),
        "{errors}"
    );
}

#[test]
fn out_writes_the_svg_to_a_file() {
    let path = std::env::temp_dir().join(format!("durable-pose-{}.svg", std::process::id()));
    let (code, printed, _) = durable(&[
        "pose",
        "kb-deadlift",
        "--svg",
        "--out",
        path.to_str().expect("a path"),
    ]);
    assert_eq!(code, 0);
    assert_eq!(printed, "");
    let written = std::fs::read_to_string(&path).expect("the file was written");
    std::fs::remove_file(&path).expect("removed");
    assert!(written.contains("Kettlebell deadlift, seen from the side, with a kettlebell."));
}
