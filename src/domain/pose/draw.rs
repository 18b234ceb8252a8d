//! A figure and its implements as SVG markup: thick round lines in `currentColor`, the far limbs
//! fainter, the implements in a calm second colour; classes let the app's stylesheet theme them.

use std::fmt::Write as _;

use super::figure::{Figure, Point, HEAD_RADIUS, V2};
use super::kit::Shape;
use super::Picture;

/// The picture box's width in centimetres (the SVG `viewBox`).
pub const BOX_WIDTH: f32 = 240.0;
/// The picture box's height in centimetres.
pub const BOX_HEIGHT: f32 = 215.0;
/// Where the floor is, in the SVG's downward `y`.
pub const FLOOR_Y: f32 = 208.0;

/// The inner markup of one picture frame: the floor, the fixed implements, the far limbs, the
/// trunk and head, the near limbs, then the held implements.
pub fn svg_shapes(picture: &Picture, figure: &Figure) -> String {
    let mut out = String::new();
    let floor = num(FLOOR_Y);
    let right = num(BOX_WIDTH - 4.0);
    push(
        &mut out,
        &[r#"<path class="pg" d="M4 "#, &floor, "H", &right, r#""/>"#],
    );
    let (held, fixed): (Vec<_>, Vec<_>) = picture.kit.iter().partition(|kit| kit.is_held());
    for kit in fixed {
        shapes(&mut out, &kit.shapes(figure));
    }
    let point = |name: Point| figure.point(name);
    let leg = |knee, heel, toe| path(&[point(Point::Hip), point(knee), point(heel), point(toe)]);
    let arm = |elbow, hand| path(&[point(Point::Shoulder), point(elbow), point(hand)]);
    let limbs = |out: &mut String, class: &str, leg: String, arm: String| {
        push(out, &[r#"<g class=""#, class, r#""><path d=""#, &leg]);
        push(out, &[r#""/><path d=""#, &arm, r#""/></g>"#]);
    };
    limbs(
        &mut out,
        "pf",
        leg(Point::KneeF, Point::HeelF, Point::ToeF),
        arm(Point::ElbowF, Point::HandF),
    );
    let head = point(Point::Head);
    let trunk = path(&[
        point(Point::Hip),
        point(Point::Mid),
        point(Point::Shoulder),
        head,
    ]);
    push(&mut out, &[r#"<path class="pt" d=""#, &trunk, r#""/>"#]);
    circle(&mut out, "ph", head, HEAD_RADIUS);
    limbs(
        &mut out,
        "pb",
        leg(Point::KneeN, Point::HeelN, Point::ToeN),
        arm(Point::ElbowN, Point::HandN),
    );
    for kit in held {
        shapes(&mut out, &kit.shapes(figure));
    }
    out
}

/// Appends the parts one after the other (cheaper in the browser app than `write!`).
fn push(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

/// Appends a circle of class `class`.
fn circle(out: &mut String, class: &str, centre: V2, radius: f32) {
    let (x, y, r) = (num(centre.x), num(FLOOR_Y - centre.y), num(radius));
    push(
        out,
        &[
            r#"<circle class=""#,
            class,
            r#"" cx=""#,
            &x,
            r#"" cy=""#,
            &y,
            r#"" r=""#,
            &r,
            r#""/>"#,
        ],
    );
}

/// A whole SVG document of a picture's poses side by side (start to end), with its own styles in
/// light and dark, for `durable pose --svg` and the docs.
pub fn svg_document(picture: &Picture, title: &str) -> String {
    let n_poses = picture.poses.len();
    let view_box = picture.view_box();
    let numbers: Vec<f32> = view_box
        .split(' ')
        .filter_map(|number| number.parse().ok())
        .collect();
    let (top, height) = (numbers[1], numbers[3]);
    let width = BOX_WIDTH * n_poses as f32;
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {} {width} {}" width="{}" height="{}" role="img"><title>{}</title><style>{STYLE}</style>"#,
        num(top),
        num(height),
        num(width * 1.2),
        num(height * 1.2),
        escape(title)
    );
    for index in 0..n_poses {
        let _ = write!(
            out,
            r#"<g transform="translate({} 0)">{}</g>"#,
            num(BOX_WIDTH * index as f32),
            svg_shapes(picture, &picture.figure(index))
        );
    }
    out.push_str("</svg>\n");
    out
}

/// The standalone document's styles; the app's stylesheet sets the same classes.
const STYLE: &str = "svg{color:#1d2b2a;background:#fbfaf7}\
.pb,.pf,.pt,.pk,.pg{fill:none;stroke:currentColor;stroke-linecap:round;stroke-linejoin:round}\
.pb,.pf{stroke-width:7}.pt{stroke-width:10}.pf{opacity:.45}.ph{fill:currentColor}\
.pk{stroke:#5f7f7b;stroke-width:3.5}.pw{fill:#5f7f7b;stroke:#5f7f7b;stroke-width:2}\
.pw.po{fill:none;stroke-width:3.5}.pg{stroke-width:2;opacity:.35}\
@media (prefers-color-scheme:dark){svg{color:#e9efed;background:#162120}.pk{stroke:#8fb3ae}.pw{fill:#8fb3ae;stroke:#8fb3ae}}";

/// Appends implement shapes: lines and outlines in `pk`, guides in `pg`, filled weights in `pw`.
fn shapes(out: &mut String, shapes: &[Shape]) {
    for shape in shapes {
        match shape {
            Shape::Line(points) => push(out, &[r#"<path class="pk" d=""#, &path(points), r#""/>"#]),
            Shape::Guide(points) => {
                push(out, &[r#"<path class="pg" d=""#, &path(points), r#""/>"#])
            }
            Shape::Circle(centre, radius, filled) => {
                circle(out, if *filled { "pw" } else { "pw po" }, *centre, *radius);
            }
            Shape::Rect(low, high) => {
                let corner = V2::new(low.x, high.y);
                let (width, height) = (num(high.x - low.x), num(high.y - low.y));
                push(
                    out,
                    &[
                        r#"<rect class="pk" x=""#,
                        &num(corner.x),
                        r#"" y=""#,
                        &num(FLOOR_Y - corner.y),
                    ],
                );
                push(
                    out,
                    &[r#"" width=""#, &width, r#"" height=""#, &height, r#""/>"#],
                );
            }
        }
    }
}

/// An SVG path through points, `y` flipped to point down.
fn path(points: &[V2]) -> String {
    let mut d = String::new();
    for (index, point) in points.iter().enumerate() {
        let command = if index == 0 { "M" } else { "L" };
        push(
            &mut d,
            &[command, &num(point.x), " ", &num(FLOOR_Y - point.y)],
        );
    }
    d
}

/// A number with at most one decimal.
fn num(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i32)
    } else {
        format!("{rounded:.1}")
    }
}

/// Text safe inside an SVG element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
