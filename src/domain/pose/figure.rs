//! Forward kinematics: joint angles in, the body's points out, with the segment lengths of a 175 cm
//! person.

use super::{Angles, Pin};

/// A point or a vector in centimetres, `y` up.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct V2 {
    /// Rightwards.
    pub x: f32,
    /// Upwards.
    pub y: f32,
}

impl V2 {
    /// A point.
    pub const fn new(x: f32, y: f32) -> V2 {
        V2 { x, y }
    }

    /// The unit vector of a direction: 0° up, 90° forward (`+x`), 180° down.
    pub fn towards(degrees: f32) -> V2 {
        let radians = degrees.to_radians();
        V2::new(radians.sin(), radians.cos())
    }

    /// This point plus `other`.
    pub fn plus(self, other: V2) -> V2 {
        V2::new(self.x + other.x, self.y + other.y)
    }

    /// This point minus `other`.
    pub fn minus(self, other: V2) -> V2 {
        V2::new(self.x - other.x, self.y - other.y)
    }

    /// This vector times `factor`.
    pub fn times(self, factor: f32) -> V2 {
        V2::new(self.x * factor, self.y * factor)
    }

    /// The point a share `t` of the way to `other`.
    pub fn lerp(self, other: V2, t: f32) -> V2 {
        self.plus(other.minus(self).times(t))
    }

    /// The distance to `other`.
    pub fn distance(self, other: V2) -> f32 {
        let gap = other.minus(self);
        (gap.x * gap.x + gap.y * gap.y).sqrt()
    }

    /// The point `length` away in direction `degrees`.
    pub fn step(self, degrees: f32, length: f32) -> V2 {
        self.plus(V2::towards(degrees).times(length))
    }
}

/// A named point of the body; `_n` is the limb nearer the viewer, `_f` the farther one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Point {
    Head,
    Shoulder,
    Mid,
    Hip,
    KneeN,
    AnkleN,
    HeelN,
    ToeN,
    KneeF,
    AnkleF,
    HeelF,
    ToeF,
    ElbowN,
    HandN,
    ElbowF,
    HandF,
}

impl Point {
    /// Every point, in the order of [`Figure::points`].
    pub const ALL: [Point; 16] = [
        Point::Head,
        Point::Shoulder,
        Point::Mid,
        Point::Hip,
        Point::KneeN,
        Point::AnkleN,
        Point::HeelN,
        Point::ToeN,
        Point::KneeF,
        Point::AnkleF,
        Point::HeelF,
        Point::ToeF,
        Point::ElbowN,
        Point::HandN,
        Point::ElbowF,
        Point::HandF,
    ];

    /// The point's name as the pose file writes it (`hand_n`).
    pub fn name(self) -> &'static str {
        const NAMES: [&str; 16] = [
            "head", "shoulder", "mid", "hip", "knee_n", "ankle_n", "heel_n", "toe_n", "knee_f",
            "ankle_f", "heel_f", "toe_f", "elbow_n", "hand_n", "elbow_f", "hand_f",
        ];
        NAMES[self as usize]
    }

    /// The point named `name`.
    pub fn named(name: &str) -> Option<Point> {
        Point::ALL.into_iter().find(|point| point.name() == name)
    }
}

/// Segment lengths in centimetres.
const LOWER_TRUNK: f32 = 22.0;
const UPPER_TRUNK: f32 = 30.0;
const NECK_TO_HEAD: f32 = 18.0;
const THIGH: f32 = 44.0;
const SHIN: f32 = 44.0;
const HEEL: f32 = 6.0;
const FOOT: f32 = 19.0;
const UPPER_ARM: f32 = 31.0;
const FOREARM: f32 = 32.0;
/// The head's radius.
pub const HEAD_RADIUS: f32 = 10.0;

/// The body's points in place, and the directions the trunk faces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// Every point, in the order of [`Point::ALL`].
    pub points: [V2; 16],
    /// The lower trunk's direction (0° upright).
    pub lower: f32,
    /// The upper trunk's direction (0° upright), to place what rests on the back or chest.
    pub upper: f32,
}

impl Figure {
    /// The figure with the hip at the origin.
    pub fn at_origin(angles: &Angles) -> Figure {
        let hip = V2::default();
        let mid = hip.step(angles.trunk, LOWER_TRUNK);
        let upper = angles.trunk + angles.spine;
        let shoulder = mid.step(upper, UPPER_TRUNK);
        let head = shoulder.step(upper + angles.neck, NECK_TO_HEAD);
        let mut points = [V2::default(); 16];
        points[Point::Head as usize] = head;
        points[Point::Shoulder as usize] = shoulder;
        points[Point::Mid as usize] = mid;
        points[Point::Hip as usize] = hip;
        for side in 0..2 {
            let thigh = angles.trunk + 180.0 - angles.hip[side];
            let knee = hip.step(thigh, THIGH);
            let shin = thigh + angles.knee[side];
            let ankle = knee.step(shin, SHIN);
            let heel = ankle.step(shin, HEEL);
            let toe = ankle.step(shin - 72.0 - angles.ankle[side], FOOT);
            let arm = upper + 180.0 - angles.shoulder[side];
            let elbow = shoulder.step(arm, UPPER_ARM);
            let hand = elbow.step(arm - angles.elbow[side], FOREARM);
            let leg = 4 + side * 4;
            points[leg] = knee;
            points[leg + 1] = ankle;
            points[leg + 2] = heel;
            points[leg + 3] = toe;
            points[12 + side * 2] = elbow;
            points[13 + side * 2] = hand;
        }
        Figure {
            points,
            lower: angles.trunk,
            upper,
        }
    }

    /// The figure placed as the pin says.
    pub fn pinned(angles: &Angles, pin: Pin) -> Figure {
        let loose = Figure::at_origin(angles);
        let pinned = loose.point(pin.at);
        let y = match pin.y {
            Some(y) => y - pinned.y,
            None => -loose.lowest(),
        };
        loose.moved(V2::new(pin.x - pinned.x, y))
    }

    /// One point.
    pub fn point(&self, point: Point) -> V2 {
        self.points[point as usize]
    }

    /// The figure shifted by `offset`.
    pub fn moved(&self, offset: V2) -> Figure {
        let mut points = self.points;
        for point in &mut points {
            *point = point.plus(offset);
        }
        Figure { points, ..*self }
    }

    /// The height of the body's lowest point (the head counted by its edge).
    pub fn lowest(&self) -> f32 {
        self.points
            .iter()
            .map(|point| point.y)
            .fold(self.point(Point::Head).y - HEAD_RADIUS, f32::min)
    }

    /// The smallest box holding the body: `(min, max)` corners, the head counted whole.
    pub fn bounds(&self) -> (V2, V2) {
        let head = self.point(Point::Head);
        let mut low = head.minus(V2::new(HEAD_RADIUS, HEAD_RADIUS));
        let mut high = head.plus(V2::new(HEAD_RADIUS, HEAD_RADIUS));
        for point in &self.points {
            low = V2::new(low.x.min(point.x), low.y.min(point.y));
            high = V2::new(high.x.max(point.x), high.y.max(point.y));
        }
        (low, high)
    }

    /// A point on the front of the chest (`out` cm in front of the upper trunk, `down` below the
    /// shoulder), or behind it for negative `out`.
    pub fn on_trunk(&self, out: f32, down: f32) -> V2 {
        self.point(Point::Shoulder)
            .step(self.upper + 90.0, out)
            .step(self.upper + 180.0, down)
    }
}
