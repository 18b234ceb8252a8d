//! Tidy checks of the codebase's own rules: every source file opens with a `//!` doc comment, the
//! domain never touches the web, and every path ARCHITECTURE.md names exists.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
    files
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_source_file_opens_with_a_doc_comment() {
    let missing: Vec<String> = rust_files(&root().join("src"))
        .into_iter()
        .filter(|path| {
            let text = fs::read_to_string(path).expect("readable file");
            !text.trim_start().starts_with("//!")
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a `//!` opening line: {missing:?}"
    );
}

#[test]
fn the_domain_never_touches_the_web() {
    let forbidden = ["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"];
    let mut offenders = Vec::new();
    for path in rust_files(&root().join("src/domain")) {
        let text = fs::read_to_string(&path).expect("readable file");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if forbidden.iter().any(|name| {
                code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"))
            }) {
                offenders.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "domain code that touches the web:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn every_path_in_the_architecture_map_exists() {
    let text = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut missing = Vec::new();
    for (index, quoted) in text.split('`').enumerate() {
        // Odd pieces are inside backticks; paths have a slash or a file extension and no spaces.
        let looks_like_path = index % 2 == 1
            && !quoted.contains(' ')
            && !quoted.contains('*')
            && (quoted.ends_with('/') || quoted.ends_with(".rs") || quoted.ends_with(".md"))
            && !quoted.starts_with("../");
        if !looks_like_path {
            continue;
        }
        let candidates = [
            root().join(quoted),
            root().join("src").join(quoted),
            root().join("src/domain").join(quoted),
            root().join("src/storage").join(quoted),
            root().join("src/ui").join(quoted),
            root().join("src/ui/pages").join(quoted),
        ];
        if !candidates.iter().any(|candidate| candidate.exists()) {
            missing.push(quoted.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );
}

/// Every constant of `domain/rules.rs` is read by code outside the rules module (doc comments and
/// tests do not count), so a clinician who tunes one changes what the app does.
#[test]
fn every_clinical_constant_is_read() {
    let rules = fs::read_to_string(root().join("src/domain/rules.rs")).expect("rules.rs");
    let names: Vec<&str> = rules
        .lines()
        .filter_map(|line| line.strip_prefix("pub const "))
        .filter_map(|rest| rest.split(':').next())
        .collect();
    assert!(names.len() > 50, "found only {} constants", names.len());
    // A constant may be read by another constant's definition in rules.rs itself.
    let rules_code: String = rules
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| line.split_once('=').map_or("", |(_, value)| value))
        .collect::<Vec<_>>()
        .join("\n");
    let code: Vec<String> = rust_files(&root().join("src"))
        .into_iter()
        .filter(|path| {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            !name.ends_with("_tests.rs") && name != "tests.rs" && !path.ends_with("domain/rules.rs")
        })
        .map(|path| {
            let text = fs::read_to_string(&path).expect("readable file");
            // Code only: drop comment lines and `#[cfg(test)]` modules kept inline.
            let before_tests = text.split("#[cfg(test)]").next().unwrap_or_default();
            before_tests
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .chain([rules_code])
        .collect();
    let unread: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| {
            !code.iter().any(|text| {
                text.match_indices(name).any(|(at, _)| {
                    let after = text[at + name.len()..].chars().next();
                    let before = text[..at].chars().last();
                    !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        && !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            })
        })
        .collect();
    assert!(
        unread.is_empty(),
        "constants of rules.rs that no code reads: {unread:?}"
    );
}
