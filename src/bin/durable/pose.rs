//! `durable pose EXERCISE [--svg] [--out FILE]`: one exercise's picture, described in words or
//! written as an SVG of its poses side by side, for review and the docs.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::PathBuf;

use durable::domain::catalog;
use durable::domain::pose::{self, Picture};

const USAGE: &str = "usage: durable pose EXERCISE [--svg] [--out FILE]";

/// Runs the command with the arguments after its name.
pub fn run(args: &[OsString]) -> Result<(), String> {
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let (mut id, mut svg, mut out) = (None, false, None);
    while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
        match arg {
            lexopt::Arg::Long("svg") => svg = true,
            lexopt::Arg::Long("out") => {
                out = Some(PathBuf::from(
                    parser.value().map_err(|error| error.to_string())?,
                ));
            }
            lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            lexopt::Arg::Value(value) if id.is_none() => {
                id = Some(value.to_string_lossy().into_owned());
            }
            other => return Err(format!("pose: {}\n{USAGE}", other.unexpected())),
        }
    }
    let id = id.ok_or_else(|| format!("pose: which exercise?\n{USAGE}"))?;
    let exercise = catalog::exercise(&id).ok_or_else(|| {
        format!("pose: no exercise `{id}` in the library; `durable catalog` lists them")
    })?;
    let book = pose::book();
    let picture = book
        .get(exercise.id)
        .ok_or_else(|| format!("pose: `{id}` has no picture yet"))?;
    let text = if svg {
        pose::svg_document(picture, &pose::alt_text(exercise.name, picture))
    } else {
        describe(exercise.name, picture)
    };
    match out {
        Some(path) => std::fs::write(&path, text)
            .map_err(|error| format!("pose: cannot write {}: {error}", path.display())),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The picture in words: the text alternative, then each pose's angles.
fn describe(name: &str, picture: &Picture) -> String {
    let mut text = format!("{}\n", pose::alt_text(name, picture));
    for (index, found) in picture.poses.iter().enumerate() {
        let angles = &found.angles;
        let _ = writeln!(
            text,
            "  pose {}: trunk {}°, spine {}°, neck {}°, hip {:?}, knee {:?}, ankle {:?}, shoulder {:?}, elbow {:?}",
            index + 1,
            angles.trunk,
            angles.spine,
            angles.neck,
            angles.hip,
            angles.knee,
            angles.ankle,
            angles.shoulder,
            angles.elbow
        );
    }
    text
}
