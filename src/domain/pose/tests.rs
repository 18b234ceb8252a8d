//! The pose file against the catalog and the body: every exercise pictured, joints within their
//! limits, implements held and resting where they should, every figure inside its box.

use super::*;
use crate::domain::catalog::EXERCISES;

/// How far a contact may be from its surface, in centimetres (the joints are centres, not skin).
const SLACK: f32 = 8.0;

/// Collects a failed check, so one run lists every pose to fix.
macro_rules! check {
    ($failures:ident, $condition:expr, $($message:tt)+) => {
        let kept: bool = $condition;
        if !kept {
            $failures.push(format!($($message)+));
        }
    };
}

/// Fails with every collected message.
fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The share steps at which a movement is checked between its poses.
fn shares() -> impl Iterator<Item = f32> {
    (0..=20).map(|step| step as f32 / 20.0)
}

#[test]
fn every_catalog_exercise_has_a_start_and_an_end_pose_and_nothing_else_is_pictured() {
    let book = book();
    for exercise in EXERCISES {
        let picture = book
            .get(exercise.id)
            .unwrap_or_else(|| panic!("{} has no picture", exercise.id));
        assert!(
            (2..=3).contains(&picture.poses.len()),
            "{}: {} poses",
            exercise.id,
            picture.poses.len()
        );
        for pose in &picture.poses {
            assert!(!pose.say.is_empty(), "{}: a pose says nothing", exercise.id);
        }
    }
    assert_eq!(book.pictures.len(), EXERCISES.len());
}

#[test]
fn no_pose_breaks_a_joint_limit() {
    let mut failures = Vec::new();
    for (id, picture) in &book().pictures {
        for (index, pose) in picture.poses.iter().enumerate() {
            for (joint, angle, (low, high)) in pose.angles.joints(picture.view) {
                check!(
                    failures,
                    (low..=high).contains(&angle),
                    "{id} pose {index}: {joint} at {angle}° is outside {low}..{high}"
                );
            }
        }
    }
    report(failures);
}

#[test]
fn every_figure_and_its_implements_stay_inside_the_box_and_above_the_floor() {
    let mut failures = Vec::new();
    for (id, picture) in &book().pictures {
        for t in shares() {
            let figure = picture.figure_at(t);
            let (low, high) = figure.bounds();
            check!(
                failures,
                low.x >= 2.0 && high.x <= BOX_WIDTH - 2.0,
                "{id} at {t}: x from {} to {}",
                low.x,
                high.x
            );
            check!(
                failures,
                low.y >= -1.0,
                "{id} at {t}: the body goes {} below the floor",
                low.y
            );
            check!(
                failures,
                high.y <= FLOOR_Y - 2.0,
                "{id} at {t}: the head reaches {}",
                high.y
            );
            for kit in &picture.kit {
                if let Some(lowest) = kit.lowest(&figure) {
                    check!(
                        failures,
                        lowest >= -1.5,
                        "{id} at {t}: the {} sinks to {lowest}",
                        kit.kind()
                    );
                }
            }
        }
    }
    report(failures);
}

#[test]
fn held_implements_never_float_away_from_the_hands_back_or_chest() {
    let mut failures = Vec::new();
    for (id, picture) in &book().pictures {
        for t in shares() {
            let figure = picture.figure_at(t);
            for kit in picture.kit.iter().filter(|kit| kit.is_held()) {
                let grips = kit.grips(&figure);
                check!(
                    failures,
                    !grips.is_empty(),
                    "{id}: the {} is held by nothing",
                    kit.kind()
                );
                for (grip, body, gap) in grips {
                    check!(
                        failures,
                        grip.distance(body) <= gap,
                        "{id} at {t}: the {} is {} cm from where it is held",
                        kit.kind(),
                        grip.distance(body)
                    );
                }
            }
        }
    }
    report(failures);
}

#[test]
fn every_contact_a_pose_names_is_kept() {
    let mut failures = Vec::new();
    let mut n_checked = 0;
    for (id, picture) in &book().pictures {
        for (index, pose) in picture.poses.iter().enumerate() {
            let figure = picture.figure(index);
            for touch in &pose.touch {
                let height_of_what = match Point::named(&touch.what) {
                    Some(point) => vec![figure.point(point)],
                    None => {
                        let held = picture
                            .kit
                            .iter()
                            .find(|kit| kit.kind() == touch.what)
                            .unwrap_or_else(|| panic!("{id}: nothing called {}", touch.what));
                        let lowest = held.lowest(&figure).expect("a held implement");
                        let x = held.grips(&figure)[0].0.x;
                        vec![V2::new(x, lowest)]
                    }
                };
                for point in height_of_what {
                    let kept = if touch.on == "floor" {
                        point.y.abs() <= SLACK
                    } else {
                        let surface = picture
                            .kit
                            .iter()
                            .find(|kit| kit.kind() == touch.on)
                            .unwrap_or_else(|| panic!("{id}: nothing called {}", touch.on));
                        surface.supports(point, SLACK)
                    };
                    check!(
                        failures,
                        kept,
                        "{id} pose {index}: {} is not on the {} ({point:?})",
                        touch.what,
                        touch.on
                    );
                    n_checked += 1;
                }
            }
        }
    }
    assert!(n_checked >= 20, "only {n_checked} contacts are checked");
    report(failures);
}

#[test]
fn the_body_rests_on_the_floor_or_on_what_the_pose_names() {
    let mut failures = Vec::new();
    for (id, picture) in &book().pictures {
        for (index, pose) in picture.poses.iter().enumerate() {
            let lowest = picture.figure(index).lowest();
            let supported = pose.touch.iter().any(|touch| touch.on != "floor");
            check!(
                failures,
                lowest.abs() <= 1.0 || supported,
                "{id} pose {index}: the lowest point of the body is {lowest} cm off the floor"
            );
        }
    }
    report(failures);
}

#[test]
fn a_movement_starts_and_ends_exactly_on_its_poses() {
    let picture = book().get("glute-bridge").cloned().expect("pictured");
    assert_eq!(picture.figure_at(0.0), picture.figure(0));
    let end = picture.figure_at(1.0);
    let expected = picture.figure(1);
    for (got, want) in end.points.iter().zip(expected.points.iter()) {
        assert!(got.distance(*want) < 0.01, "{got:?} against {want:?}");
    }
}

#[test]
fn a_planted_foot_stays_put_through_the_movement() {
    let picture = book().get("bodyweight-squat").cloned().expect("pictured");
    let planted = picture.figure(0).point(Point::AnkleN);
    for t in shares() {
        let ankle = picture.figure_at(t).point(Point::AnkleN);
        assert!(
            ankle.distance(planted) < 0.5,
            "at {t} the ankle moved to {ankle:?}"
        );
    }
}

#[test]
fn standing_tall_puts_the_head_near_175_cm_and_the_hands_by_the_hips() {
    let figure = Figure::pinned(
        &Angles::STANDING,
        Pin {
            at: Point::Hip,
            x: 100.0,
            y: None,
        },
    );
    let top = figure.bounds().1.y;
    assert!((170.0..=180.0).contains(&top), "head top at {top}");
    let hand = figure.point(Point::HandN).y;
    let hip = figure.point(Point::Hip).y;
    assert!((hand - hip).abs() < 15.0, "hand at {hand}, hip at {hip}");
}

#[test]
fn a_borrowed_entry_keeps_its_own_implements_and_overrides_only_what_it_writes() {
    let text = r#"{
        "a": {"poses": [{"say": "up", "trunk": 10}, {"say": "down", "knee": [30, 30]}]},
        "b": {"like": "a", "kit": [{"k": "dumbbell", "at": "hands"}], "poses": [{}, {"say": "low"}]}
    }"#;
    let book = Book::parse(text).expect("valid");
    let borrowed = book.get("b").expect("b");
    assert_eq!(borrowed.kit, vec![Kit::Dumbbell { at: Hold::Hands }]);
    assert_eq!(borrowed.start().say, "up");
    assert_eq!(borrowed.end().say, "low");
    assert_eq!(borrowed.end().angles.trunk, 10.0);
    assert_eq!(borrowed.end().angles.knee, [30.0, 30.0]);
}

#[test]
fn a_file_with_a_typo_or_a_lone_pose_is_refused_with_the_reason() {
    let typo = Book::parse(r#"{"a": {"poses": [{"sya": "up"}, {}]}}"#).unwrap_err();
    assert!(typo.to_string().contains("unknown field `sya`"), "{typo}");
    let lone = Book::parse(r#"{"a": {"poses": [{"say": "up"}]}}"#).unwrap_err();
    assert_eq!(
        lone.to_string(),
        "the pose file cannot be read: a needs a start and an end pose"
    );
}

#[test]
fn the_text_alternative_names_the_exercise_view_implements_and_positions() {
    let book = book();
    let picture = book.get("kb-deadlift-block").expect("pictured");
    assert_eq!(
        alt_text("Kettlebell deadlift from a step", picture),
        "Kettlebell deadlift from a step, seen from the side, with a box and a kettlebell. \
         Start: hips back and knees bent, hands on the kettlebell resting on a step. \
         End: standing tall holding the kettlebell."
    );
}

#[test]
fn the_svg_document_draws_each_pose_side_by_side() {
    let book = book();
    let picture = book.get("bird-dog").expect("pictured");
    let svg = svg_document(picture, "Bird dog");
    let view_box = picture.view_box();
    let height: f32 = view_box
        .split(' ')
        .nth(3)
        .and_then(|h| h.parse().ok())
        .expect("a height");
    assert!(
        svg.contains(&format!(
            "viewBox=\"0 {} 480 {height}\"",
            FLOOR_Y + 7.0 - height
        )),
        "{svg}"
    );
    assert_eq!(svg.matches("<circle class=\"ph\"").count(), 2, "two heads");
    assert!(svg.contains("<title>Bird dog</title>"));
}

#[test]
fn a_figure_on_the_floor_takes_less_height_than_one_standing_at_the_same_scale() {
    let book = book();
    let height = |id: &str| -> f32 {
        let view_box = book.get(id).expect("pictured").view_box();
        assert!(
            view_box.starts_with("0 ") && view_box.contains(" 240 "),
            "{view_box}"
        );
        view_box
            .split(' ')
            .nth(3)
            .and_then(|h| h.parse().ok())
            .expect("a height")
    };
    assert!(height("glute-bridge") < 90.0, "{}", height("glute-bridge"));
    assert!(height("farmer-carry") > 180.0, "{}", height("farmer-carry"));
    assert!(height("db-step-up-high") <= BOX_HEIGHT);
}
