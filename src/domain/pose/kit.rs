//! The implements of a picture: fixed ones stand in the box (box, bench, chair, wall, doorway, bar,
//! band anchor), held ones follow the hands, back or chest of the figure; each becomes a few shapes.

use super::figure::{Figure, Point, V2};

/// Where a held implement sits on the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// In the near hand.
    HandN,
    /// In the far hand.
    HandF,
    /// One in each hand (a barbell or a band: one held by both).
    Hands,
    /// Upright against the chest, held in both hands (a goblet hold).
    Goblet,
    /// Across the upper back.
    Back,
    /// Resting on the front of the shoulders.
    Rack,
}

impl Hold {
    /// The hold named as the pose file writes it (`hand_n`, `goblet`).
    pub fn named(name: &str) -> Option<Hold> {
        Some(match name {
            "hand_n" => Hold::HandN,
            "hand_f" => Hold::HandF,
            "hands" => Hold::Hands,
            "goblet" => Hold::Goblet,
            "back" => Hold::Back,
            "rack" => Hold::Rack,
            _ => return None,
        })
    }
}

/// One implement of a picture. Fixed ones are placed in centimetres from the box's left edge.
#[derive(Clone, Debug, PartialEq)]
pub enum Kit {
    /// A dumbbell, seen end on (upright in a goblet hold).
    Dumbbell {
        /// Where it is held.
        at: Hold,
    },
    /// A kettlebell hanging from the hand (on the forearm in a rack).
    Kettlebell {
        /// Where it is held.
        at: Hold,
        /// True for two bells of the same size (seen from the side, one hides the other).
        pair: bool,
    },
    /// A barbell with plates, seen end on.
    Barbell {
        /// Where it is held.
        at: Hold,
    },
    /// A trap bar with plates, held at the handles.
    TrapBar {
        /// True for raised handles, which sit above the plates' centre.
        high: bool,
    },
    /// A band from an anchor at `(x, y)` to where it is held.
    Band {
        /// The anchor's distance from the left edge.
        x: f32,
        /// The anchor's height.
        y: f32,
        /// Where the band is held.
        at: Hold,
    },
    /// A box or step, `w` long and `h` high.
    Box {
        /// Left edge.
        x: f32,
        /// Length.
        w: f32,
        /// Height.
        h: f32,
    },
    /// A bench `h` high at its left end, its top tilted up by `tilt` degrees.
    Bench {
        /// Left edge.
        x: f32,
        /// Length.
        w: f32,
        /// Height at the left end.
        h: f32,
        /// The top's rise towards the right, in degrees.
        tilt: f32,
    },
    /// A chair, seat 45 cm high and 42 cm deep from `x`, its back on the left (on the right when
    /// `left` is set: the chair faces left).
    Chair {
        /// The seat's left edge.
        x: f32,
        /// True when the chair faces left.
        left: bool,
    },
    /// A wall at `x`.
    Wall {
        /// The wall's face.
        x: f32,
    },
    /// The side post of a door frame at `x`.
    Doorway {
        /// The post's face.
        x: f32,
    },
    /// A fixed bar (a rack or a sturdy table edge) at `(x, y)`.
    Bar {
        /// Distance from the left edge.
        x: f32,
        /// Height.
        y: f32,
    },
    /// A broom handle held along the back.
    Stick,
}

/// The seat height and depth of a chair.
const SEAT: f32 = 45.0;
const SEAT_DEPTH: f32 = 42.0;
/// How tall walls, door posts and the box are drawn.
pub const WALL_TOP: f32 = 185.0;
/// A plate's radius (a 45 cm plate).
pub const PLATE: f32 = 22.5;
/// A kettlebell's radius and how far its centre hangs below the hand.
const BELL: f32 = 8.5;
const BELL_DROP: f32 = 12.0;
/// A dumbbell head's radius.
const DUMBBELL: f32 = 6.5;

/// A shape to draw, in centimetres, `y` up.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A line through these points.
    Line(Vec<V2>),
    /// A faint thin line, for what only holds an implement up (a rack's upright).
    Guide(Vec<V2>),
    /// A circle: centre and radius; filled when the bool is set.
    Circle(V2, f32, bool),
    /// A rectangle from its lower-left to its upper-right corner.
    Rect(V2, V2),
}

impl Shape {
    /// The highest `y` of the shape.
    pub fn top(&self) -> f32 {
        match self {
            Shape::Line(points) | Shape::Guide(points) => {
                points.iter().map(|point| point.y).fold(f32::MIN, f32::max)
            }
            Shape::Circle(centre, radius, _) => centre.y + radius,
            Shape::Rect(_, high) => high.y,
        }
    }

    /// The leftmost and rightmost `x` of the shape.
    pub fn span(&self) -> (f32, f32) {
        match self {
            Shape::Line(points) | Shape::Guide(points) => points
                .iter()
                .fold((f32::MAX, f32::MIN), |(left, right), point| {
                    (left.min(point.x), right.max(point.x))
                }),
            Shape::Circle(centre, radius, _) => (centre.x - radius, centre.x + radius),
            Shape::Rect(low, high) => (low.x, high.x),
        }
    }
}

impl Kit {
    /// The kind's name as the pose file writes it, used by the poses' `touch` lists.
    pub fn kind(&self) -> &'static str {
        match self {
            Kit::Dumbbell { .. } => "dumbbell",
            Kit::Kettlebell { .. } => "kettlebell",
            Kit::Barbell { .. } => "barbell",
            Kit::TrapBar { .. } => "trap-bar",
            Kit::Band { .. } => "band",
            Kit::Box { .. } => "box",
            Kit::Bench { .. } => "bench",
            Kit::Chair { .. } => "chair",
            Kit::Wall { .. } => "wall",
            Kit::Doorway { .. } => "doorway",
            Kit::Bar { .. } => "bar",
            Kit::Stick => "stick",
        }
    }

    /// The implement in words: "a kettlebell", "a door frame".
    pub fn label(&self) -> &'static str {
        match self {
            Kit::Dumbbell { at: Hold::Hands } => "dumbbells",
            Kit::Dumbbell { .. } => "a dumbbell",
            Kit::Kettlebell { pair: true, .. } => "two kettlebells",
            Kit::Kettlebell { .. } => "a kettlebell",
            Kit::Barbell { .. } => "a barbell",
            Kit::TrapBar { .. } => "a trap bar",
            Kit::Band { .. } => "a band",
            Kit::Box { .. } => "a box",
            Kit::Bench { .. } => "a bench",
            Kit::Chair { .. } => "a chair",
            Kit::Wall { .. } => "a wall",
            Kit::Doorway { .. } => "a door frame",
            Kit::Bar { .. } => "a bar",
            Kit::Stick => "a broom handle",
        }
    }

    /// The implement moved `dx` to the right (held ones follow the body and stay as they are).
    pub fn shifted(&self, dx: f32) -> Kit {
        let mut kit = self.clone();
        match &mut kit {
            Kit::Band { x, .. }
            | Kit::Box { x, .. }
            | Kit::Bench { x, .. }
            | Kit::Chair { x, .. }
            | Kit::Wall { x }
            | Kit::Doorway { x }
            | Kit::Bar { x, .. } => *x += dx,
            _ => {}
        }
        kit
    }

    /// True for implements that move with the body.
    pub fn is_held(&self) -> bool {
        matches!(
            self,
            Kit::Dumbbell { .. }
                | Kit::Kettlebell { .. }
                | Kit::Barbell { .. }
                | Kit::TrapBar { .. }
                | Kit::Band { .. }
                | Kit::Stick
        )
    }

    /// Each place a held implement is held: the implement's grip point, the body point holding
    /// it, and the largest gap allowed between them (a bar on the back sits on the shoulders,
    /// with the hands beside it out of the picture's plane).
    pub fn grips(&self, figure: &Figure) -> Vec<(V2, V2, f32)> {
        let hand_n = figure.point(Point::HandN);
        let hand_f = figure.point(Point::HandF);
        let in_hands = |at: Hold| match at {
            Hold::HandN | Hold::Goblet => vec![(hand_n, hand_n, 1.0)],
            Hold::HandF => vec![(hand_f, hand_f, 1.0)],
            Hold::Hands => vec![(hand_n, hand_n, 1.0), (hand_f, hand_f, 1.0)],
            Hold::Back | Hold::Rack => {
                let bar = bar_on_trunk(figure, at);
                vec![(bar, figure.point(Point::Shoulder), 10.0)]
            }
        };
        match self {
            Kit::Kettlebell { at: Hold::Rack, .. } => vec![
                (hand_n, hand_n, 1.0),
                (rack_bell(figure), figure.point(Point::Shoulder), 22.0),
            ],
            Kit::Dumbbell { at } | Kit::Kettlebell { at, .. } | Kit::Barbell { at } => {
                in_hands(*at)
            }
            Kit::Band { at, .. } => in_hands(*at),
            Kit::TrapBar { .. } => vec![(hand_n, hand_n, 1.0)],
            Kit::Stick => {
                let (low, high) = stick(figure);
                vec![
                    (low, figure.point(Point::Hip), 12.0),
                    (high, figure.point(Point::Head), 14.0),
                ]
            }
            _ => Vec::new(),
        }
    }

    /// The implement's shapes for this figure.
    pub fn shapes(&self, figure: &Figure) -> Vec<Shape> {
        let hands = |at: Hold| -> Vec<V2> {
            match at {
                Hold::HandN | Hold::Goblet => vec![figure.point(Point::HandN)],
                Hold::HandF => vec![figure.point(Point::HandF)],
                Hold::Hands => vec![figure.point(Point::HandF), figure.point(Point::HandN)],
                Hold::Back | Hold::Rack => vec![bar_on_trunk(figure, at)],
            }
        };
        match *self {
            Kit::Dumbbell { at: Hold::Goblet } => {
                let hand = figure.point(Point::HandN);
                let (low, high) = (hand.plus(V2::new(0.0, -9.0)), hand.plus(V2::new(0.0, 9.0)));
                vec![
                    Shape::Line(vec![low, high]),
                    Shape::Circle(low, DUMBBELL, true),
                    Shape::Circle(high, DUMBBELL, true),
                ]
            }
            Kit::Dumbbell { at } => hands(at)
                .into_iter()
                .map(|hand| Shape::Circle(hand, DUMBBELL, true))
                .collect(),
            Kit::Kettlebell { at: Hold::Rack, .. } => {
                let bell = rack_bell(figure);
                vec![
                    Shape::Line(vec![figure.point(Point::HandN), bell]),
                    Shape::Circle(bell, BELL, true),
                ]
            }
            Kit::Kettlebell { at, .. } => hands(at)
                .into_iter()
                .flat_map(|hand| {
                    let bell = hand.plus(V2::new(0.0, -BELL_DROP));
                    [
                        Shape::Line(vec![
                            bell.plus(V2::new(-5.0, 4.0)),
                            hand.plus(V2::new(-3.5, 1.5)),
                            hand.plus(V2::new(3.5, 1.5)),
                            bell.plus(V2::new(5.0, 4.0)),
                        ]),
                        Shape::Circle(bell, BELL, true),
                    ]
                })
                .collect(),
            Kit::Barbell { at } => {
                let bar = match at {
                    Hold::HandF => figure.point(Point::HandF),
                    Hold::Back | Hold::Rack => bar_on_trunk(figure, at),
                    _ => figure.point(Point::HandN),
                };
                vec![
                    Shape::Circle(bar, PLATE, false),
                    Shape::Circle(bar, 2.5, true),
                ]
            }
            Kit::TrapBar { high } => {
                let hand = figure.point(Point::HandN);
                let centre = hand.plus(V2::new(0.0, if high { -10.0 } else { 0.0 }));
                vec![
                    Shape::Line(vec![
                        centre.plus(V2::new(-30.0, 0.0)),
                        centre.plus(V2::new(30.0, 0.0)),
                    ]),
                    Shape::Circle(centre, PLATE, false),
                    Shape::Line(vec![centre, hand]),
                ]
            }
            Kit::Band { x, y, at } => {
                let anchor = V2::new(x, y);
                let mut shapes = vec![Shape::Circle(anchor, 2.5, true)];
                shapes.extend(
                    hands(at)
                        .into_iter()
                        .map(|hand| Shape::Line(vec![anchor, hand])),
                );
                shapes
            }
            Kit::Box { x, w, h } => vec![Shape::Rect(V2::new(x, 0.0), V2::new(x + w, h))],
            Kit::Bench { x, w, h, tilt } => {
                let right = h + w * tilt.to_radians().tan();
                vec![
                    Shape::Line(vec![V2::new(x, h), V2::new(x + w, right)]),
                    Shape::Line(vec![V2::new(x + 8.0, 0.0), V2::new(x + 8.0, h)]),
                    Shape::Line(vec![
                        V2::new(x + w - 8.0, 0.0),
                        V2::new(x + w - 8.0, bench_top(x, w, h, tilt, x + w - 8.0)),
                    ]),
                ]
            }
            Kit::Chair { x, left } => {
                let back = if left { x + SEAT_DEPTH } else { x };
                vec![
                    Shape::Line(vec![V2::new(x, 0.0), V2::new(x, SEAT)]),
                    Shape::Line(vec![
                        V2::new(x + SEAT_DEPTH, 0.0),
                        V2::new(x + SEAT_DEPTH, SEAT),
                    ]),
                    Shape::Line(vec![V2::new(x, SEAT), V2::new(x + SEAT_DEPTH, SEAT)]),
                    Shape::Line(vec![V2::new(back, SEAT), V2::new(back, SEAT + 45.0)]),
                ]
            }
            Kit::Wall { x } => vec![Shape::Line(vec![V2::new(x, 0.0), V2::new(x, WALL_TOP)])],
            Kit::Doorway { x } => vec![
                Shape::Line(vec![V2::new(x, 0.0), V2::new(x, WALL_TOP)]),
                Shape::Guide(vec![V2::new(x + 7.0, 0.0), V2::new(x + 7.0, WALL_TOP)]),
            ],
            Kit::Bar { x, y } => vec![
                Shape::Guide(vec![V2::new(x, 0.0), V2::new(x, y)]),
                Shape::Circle(V2::new(x, y), 3.0, true),
            ],
            Kit::Stick => {
                let (low, high) = stick(figure);
                vec![Shape::Line(vec![low, high])]
            }
        }
    }

    /// True when `point` rests on or against this fixed implement (within `slack` cm), or on
    /// the floor for the kind `floor`.
    pub fn supports(&self, point: V2, slack: f32) -> bool {
        let within =
            |low: f32, high: f32, value: f32| value >= low - slack && value <= high + slack;
        match *self {
            Kit::Box { x, w, h } => within(x, x + w, point.x) && (point.y - h).abs() <= slack,
            Kit::Bench { x, w, h, tilt } => {
                within(x, x + w, point.x)
                    && (point.y - bench_top(x, w, h, tilt, point.x)).abs() <= slack
            }
            Kit::Chair { x, left } => {
                let back = if left { x + SEAT_DEPTH } else { x };
                let on_seat = within(x, x + SEAT_DEPTH, point.x) && (point.y - SEAT).abs() <= slack;
                let on_back = (point.x - back).abs() <= slack && within(SEAT, SEAT + 45.0, point.y);
                on_seat || on_back
            }
            Kit::Wall { x } | Kit::Doorway { x } => {
                (point.x - x).abs() <= slack && within(0.0, WALL_TOP, point.y)
            }
            Kit::Bar { x, y } => point.distance(V2::new(x, y)) <= slack + 3.0,
            _ => false,
        }
    }

    /// The lowest point of a held implement's shape (the bottom of a plate or a bell).
    pub fn lowest(&self, figure: &Figure) -> Option<f32> {
        if !self.is_held() {
            return None;
        }
        self.shapes(figure)
            .iter()
            .map(|shape| match shape {
                Shape::Line(points) | Shape::Guide(points) => {
                    points.iter().map(|point| point.y).fold(f32::MAX, f32::min)
                }
                Shape::Circle(centre, radius, _) => centre.y - radius,
                Shape::Rect(low, _) => low.y,
            })
            .reduce(f32::min)
    }
}

/// The height of a bench's top at `at_x`.
fn bench_top(x: f32, _w: f32, h: f32, tilt: f32, at_x: f32) -> f32 {
    h + (at_x - x) * tilt.to_radians().tan()
}

/// Where a bar rests on the trunk: on the upper back behind the neck, or on the front of the
/// shoulders.
fn bar_on_trunk(figure: &Figure, at: Hold) -> V2 {
    match at {
        Hold::Back => figure.on_trunk(-7.0, 3.0),
        _ => figure.on_trunk(8.0, -2.0),
    }
}

/// Where a racked kettlebell rests: on the forearm, in front of the chest.
fn rack_bell(figure: &Figure) -> V2 {
    figure.on_trunk(15.0, 10.0)
}

/// A broom handle along the back: from below the tailbone to above the back of the head.
fn stick(figure: &Figure) -> (V2, V2) {
    let back_of_hip = figure.point(Point::Hip).step(figure.lower - 90.0, 7.0);
    let back_of_head = figure.point(Point::Head).step(figure.upper - 90.0, 10.0);
    (
        back_of_hip.step(figure.lower + 180.0, 6.0),
        back_of_head.step(figure.upper, 8.0),
    )
}
