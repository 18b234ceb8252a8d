//! Exercise pictures as data: each catalog exercise's start and end pose (a mid pose where it helps)
//! as joint angles, with the implements placed relative to the hands, back or feet; the figure is
//! computed by forward kinematics, never drawn by hand.
//!
//! The poses live in one file, `public/poses.json`, read here by the native code (CLI, tests) and
//! fetched by the browser app on first use, so the pictures add no bytes to the first visit.
//! Coordinates are centimetres of a 175 cm person, `y` up from the floor, the figure facing `+x`.

mod draw;
mod figure;
mod kit;
mod read;

pub use draw::{svg_document, svg_shapes, BOX_HEIGHT, BOX_WIDTH, FLOOR_Y};
pub use figure::{Figure, Point, V2};
pub use kit::{Hold, Kit};

/// The pose file's text, for native code (CLI and tests). The browser app fetches the same file
/// instead and never calls this, so the text stays out of its wasm.
pub const POSES_JSON: &str = include_str!("../../public/poses.json");

/// The pose book of the native build, read from [`POSES_JSON`].
pub fn book() -> Book {
    Book::parse(POSES_JSON).expect("public/poses.json is valid (tested)")
}

/// From which side the figure is seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// From the side: angles are flexion and extension.
    #[default]
    Side,
    /// From the front: the hip and shoulder angles are abduction, the spine bends sideways.
    Front,
}

impl View {
    /// "from the side" or "from the front".
    pub fn label(self) -> &'static str {
        match self {
            View::Side => "from the side",
            View::Front => "from the front",
        }
    }
}

/// A pose's joint angles in degrees. Pairs are `[near, far]`: the limb nearer the viewer first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Angles {
    /// The lower trunk's direction: 0 upright, 90 bent flat forward, −90 lying on the back.
    pub trunk: f32,
    /// Bend between lower and upper trunk: positive rounds forward.
    pub spine: f32,
    /// Bend of the neck: positive tips the head forward.
    pub neck: f32,
    /// Hip flexion (abduction seen from the front).
    pub hip: [f32; 2],
    /// Knee flexion.
    pub knee: [f32; 2],
    /// Ankle dorsiflexion (negative points the toes).
    pub ankle: [f32; 2],
    /// Shoulder flexion (abduction seen from the front): 0 by the side, 180 overhead.
    pub shoulder: [f32; 2],
    /// Elbow flexion.
    pub elbow: [f32; 2],
}

impl Angles {
    /// Standing tall, arms by the sides (a little forward, so the arms show beside the trunk).
    pub const STANDING: Angles = Angles {
        trunk: 0.0,
        spine: 0.0,
        neck: 0.0,
        hip: [0.0; 2],
        knee: [0.0; 2],
        ankle: [0.0; 2],
        shoulder: [6.0; 2],
        elbow: [0.0; 2],
    };

    /// The angles a share `t` (0 to 1) of the way from `self` to `other`.
    pub fn lerp(&self, other: &Angles, t: f32) -> Angles {
        let one = |a: f32, b: f32| a + (b - a) * t;
        let two = |a: [f32; 2], b: [f32; 2]| [one(a[0], b[0]), one(a[1], b[1])];
        Angles {
            trunk: one(self.trunk, other.trunk),
            spine: one(self.spine, other.spine),
            neck: one(self.neck, other.neck),
            hip: two(self.hip, other.hip),
            knee: two(self.knee, other.knee),
            ankle: two(self.ankle, other.ankle),
            shoulder: two(self.shoulder, other.shoulder),
            elbow: two(self.elbow, other.elbow),
        }
    }

    /// Every joint angle with its name and the range it must stay in for this view.
    pub fn joints(&self, view: View) -> Vec<(&'static str, f32, (f32, f32))> {
        let (hip, shoulder, spine) = match view {
            View::Side => ((-30.0, 135.0), (-60.0, 185.0), (-25.0, 70.0)),
            View::Front => ((-45.0, 50.0), (-30.0, 185.0), (-40.0, 40.0)),
        };
        let mut joints = vec![
            ("spine", self.spine, spine),
            ("neck", self.neck, (-45.0, 60.0)),
        ];
        for side in 0..2 {
            joints.push(("hip", self.hip[side], hip));
            joints.push(("knee", self.knee[side], (0.0, 155.0)));
            joints.push(("ankle", self.ankle[side], (-55.0, 40.0)));
            joints.push(("shoulder", self.shoulder[side], shoulder));
            joints.push(("elbow", self.elbow[side], (0.0, 150.0)));
        }
        joints
    }
}

/// Where a pose stands in its box: one body point at `x` (and `y`, or else the lowest point of the
/// body rests on the floor).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pin {
    /// The body point placed.
    pub at: Point,
    /// Its distance from the left edge of the box.
    pub x: f32,
    /// Its height above the floor; `None` sets the body's lowest point on the floor.
    pub y: Option<f32>,
}

/// What touches what in a pose: a body point or a held implement, and the thing it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Touch {
    /// A body point's name (`hand_n`) or a held implement's kind (`kettlebell`).
    pub what: String,
    /// The kind of a fixed implement (`box`, `wall`) or `floor`.
    pub on: String,
}

/// One pose: its angles, where it stands, what it touches, and how it is said in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Pose {
    /// The position in a few words, for the text alternative: "lying on your back, knees bent".
    pub say: String,
    /// Where the figure stands.
    pub pin: Pin,
    /// The joint angles.
    pub angles: Angles,
    /// The contacts this pose must keep.
    pub touch: Vec<Touch>,
}

/// One exercise's picture: the view, the implements and the poses, start first and end last.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Side or front view.
    pub view: View,
    /// The implements, fixed ones (box, wall) and held ones (dumbbell, band).
    pub kit: Vec<Kit>,
    /// Start, an optional mid pose, end.
    pub poses: Vec<Pose>,
}

impl Picture {
    /// The first pose.
    pub fn start(&self) -> &Pose {
        &self.poses[0]
    }

    /// The last pose.
    pub fn end(&self) -> &Pose {
        &self.poses[self.poses.len() - 1]
    }

    /// The figure of pose `index`.
    pub fn figure(&self, index: usize) -> Figure {
        let pose = &self.poses[index];
        Figure::pinned(&pose.angles, pose.pin)
    }

    /// The figure a share `t` (0 to 1) of the way through the movement, passing through every pose
    /// at equal shares, eased at each end so the move starts and stops gently. The start pose's pin
    /// point travels in a straight line between where each pose puts it, so a planted foot stays put.
    pub fn figure_at(&self, t: f32) -> Figure {
        let t = t.clamp(0.0, 1.0);
        let n_steps = self.poses.len() - 1;
        let scaled = t * n_steps as f32;
        let step = (scaled.floor() as usize).min(n_steps - 1);
        let local = scaled - step as f32;
        let eased = local * local * (3.0 - 2.0 * local);
        let (from, to) = (&self.poses[step], &self.poses[step + 1]);
        let angles = from.angles.lerp(&to.angles, eased);
        let anchor = from.pin.at;
        let placed_from = Figure::pinned(&from.angles, from.pin).point(anchor);
        let placed_to = Figure::pinned(&to.angles, to.pin).point(anchor);
        let target = placed_from.lerp(placed_to, eased);
        let loose = Figure::at_origin(&angles);
        let placed = loose.moved(target.minus(loose.point(anchor)));
        match (from.pin.y, to.pin.y) {
            // Both poses stand on the floor: so does every frame between them.
            (None, None) => placed.moved(V2::new(0.0, -placed.lowest())),
            _ => placed,
        }
    }

    /// The leftmost and rightmost points the picture reaches over its whole movement, body and
    /// implements.
    pub fn reach(&self) -> (f32, f32) {
        let mut reach = (f32::MAX, f32::MIN);
        for step in 0..=REACH_STEPS {
            let figure = self.figure_at(step as f32 / REACH_STEPS as f32);
            let (low, high) = figure.bounds();
            reach = (reach.0.min(low.x), reach.1.max(high.x));
            for kit in &self.kit {
                for shape in kit.shapes(&figure) {
                    let (left, right) = shape.span();
                    reach = (reach.0.min(left), reach.1.max(right));
                }
            }
        }
        reach
    }

    /// The SVG `viewBox` of this picture: the full width, and the height its movement reaches
    /// (body and implements) with a margin, so a figure lying down takes less room than one
    /// standing, at the same scale.
    pub fn view_box(&self) -> String {
        let mut top: f32 = 40.0;
        for step in 0..=REACH_STEPS {
            let figure = self.figure_at(step as f32 / REACH_STEPS as f32);
            top = top.max(figure.bounds().1.y);
            for kit in &self.kit {
                for shape in kit.shapes(&figure) {
                    top = top.max(shape.top());
                }
            }
        }
        let top = (top + 8.0).min(FLOOR_Y).round();
        format!(
            "0 {} {BOX_WIDTH} {}",
            FLOOR_Y - top,
            top + BOX_HEIGHT - FLOOR_Y
        )
    }

    /// The picture moved sideways so its whole movement sits in the middle of the box: the pose
    /// file need not place each figure exactly.
    fn centred(self) -> Picture {
        let (left, right) = self.reach();
        let dx = (BOX_WIDTH - (right - left)) / 2.0 - left;
        Picture {
            view: self.view,
            kit: self.kit.iter().map(|kit| kit.shifted(dx)).collect(),
            poses: self
                .poses
                .into_iter()
                .map(|pose| Pose {
                    pin: Pin {
                        x: pose.pin.x + dx,
                        ..pose.pin
                    },
                    ..pose
                })
                .collect(),
        }
    }

    /// The positions in words: "Start: standing tall. End: squatting, hips back."
    pub fn describe(&self) -> String {
        self.poses
            .iter()
            .enumerate()
            .map(|(index, pose)| {
                let label = if index == 0 {
                    "Start"
                } else if index + 1 == self.poses.len() {
                    "End"
                } else {
                    "Then"
                };
                format!("{label}: {}.", pose.say)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The picture's text alternative: "Glute bridge, seen from the side. Start: …. End: …."
pub fn alt_text(name: &str, picture: &Picture) -> String {
    let kit: Vec<&str> = picture.kit.iter().map(Kit::label).collect();
    let with = match kit.as_slice() {
        [] => String::new(),
        [one] => format!(", with {one}"),
        [first @ .., last] => format!(", with {} and {last}", first.join(", ")),
    };
    format!(
        "{name}, seen {}{with}. {}",
        picture.view.label(),
        picture.describe()
    )
}

/// How many frames of a movement are measured to centre it.
const REACH_STEPS: usize = 20;

/// Every exercise's picture, by catalog id.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Book {
    /// The pictures with their exercise ids, in the file's order (a list: a map would cost the
    /// browser app more code than looking through 72 entries does time).
    pub pictures: Vec<(String, Picture)>,
}

/// Why a pose file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookError(pub String);

impl std::fmt::Display for BookError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "the pose file cannot be read: {}", self.0)
    }
}

/// One entry as written: `like` borrows another exercise's view and poses, which the entry's own
/// fields then override pose by pose.
struct RawEntry {
    like: Option<String>,
    view: Option<View>,
    kit: Option<Vec<Kit>>,
    poses: Vec<RawPose>,
}

/// One pose as written: every field optional, standing tall by default.
#[derive(Default)]
struct RawPose {
    say: Option<String>,
    at: Option<Point>,
    x: Option<f32>,
    y: Option<f32>,
    trunk: Option<f32>,
    spine: Option<f32>,
    neck: Option<f32>,
    hip: Option<[f32; 2]>,
    knee: Option<[f32; 2]>,
    ankle: Option<[f32; 2]>,
    shoulder: Option<[f32; 2]>,
    elbow: Option<[f32; 2]>,
    touch: Option<Vec<(String, String)>>,
}

impl RawPose {
    /// This pose written over `base`.
    fn over(&self, base: &Pose) -> Pose {
        let angles = &base.angles;
        Pose {
            say: self.say.clone().unwrap_or_else(|| base.say.clone()),
            pin: Pin {
                at: self.at.unwrap_or(base.pin.at),
                x: self.x.unwrap_or(base.pin.x),
                y: match (self.at, self.x, self.y) {
                    (_, _, Some(y)) => Some(y),
                    (None, None, None) => base.pin.y,
                    _ => None,
                },
            },
            angles: Angles {
                trunk: self.trunk.unwrap_or(angles.trunk),
                spine: self.spine.unwrap_or(angles.spine),
                neck: self.neck.unwrap_or(angles.neck),
                hip: self.hip.unwrap_or(angles.hip),
                knee: self.knee.unwrap_or(angles.knee),
                ankle: self.ankle.unwrap_or(angles.ankle),
                shoulder: self.shoulder.unwrap_or(angles.shoulder),
                elbow: self.elbow.unwrap_or(angles.elbow),
            },
            touch: match &self.touch {
                Some(pairs) => pairs
                    .iter()
                    .map(|(what, on)| Touch {
                        what: what.clone(),
                        on: on.clone(),
                    })
                    .collect(),
                None => base.touch.clone(),
            },
        }
    }
}

impl Book {
    /// Reads the pose file's text, resolving each `like` (one level deep: the borrowed entry must
    /// not itself borrow).
    pub fn parse(text: &str) -> Result<Book, BookError> {
        let raw = read::entries(text)?;
        let mut pictures = Vec::with_capacity(raw.len());
        for (id, entry) in &raw {
            let (view, kit, bases) = match &entry.like {
                Some(other) => {
                    let borrowed = raw
                        .iter()
                        .find(|(borrowed_id, borrowed)| {
                            borrowed_id == other && borrowed.like.is_none()
                        })
                        .map(|(_, borrowed)| borrowed)
                        .ok_or_else(|| {
                            BookError(format!("{id} is like {other}, which is not a plain entry"))
                        })?;
                    let base = resolve(&borrowed.poses, &[]);
                    (borrowed.view, borrowed.kit.clone(), base)
                }
                None => (None, None, Vec::new()),
            };
            let poses = resolve(&entry.poses, &bases);
            if poses.len() < 2 {
                return Err(BookError(format!("{id} needs a start and an end pose")));
            }
            let picture = Picture {
                view: entry.view.or(view).unwrap_or_default(),
                kit: entry.kit.clone().or(kit).unwrap_or_default(),
                poses,
            };
            pictures.push((id.clone(), picture.centred()));
        }
        Ok(Book { pictures })
    }

    /// The picture of one exercise.
    pub fn get(&self, id: &str) -> Option<&Picture> {
        self.pictures
            .iter()
            .find(|(found, _)| found == id)
            .map(|(_, picture)| picture)
    }
}

/// Written poses over borrowed ones: pose `i` overrides borrowed pose `i`; without a borrowed pose it
/// overrides the pose before it (so an end pose writes only what moves).
fn resolve(written: &[RawPose], borrowed: &[Pose]) -> Vec<Pose> {
    let standing = Pose {
        say: "standing tall".to_string(),
        pin: Pin {
            at: Point::Hip,
            x: BOX_WIDTH / 2.0,
            y: None,
        },
        angles: Angles::STANDING,
        touch: Vec::new(),
    };
    let count = written.len().max(borrowed.len());
    let mut poses: Vec<Pose> = Vec::with_capacity(count);
    for index in 0..count {
        let base = borrowed
            .get(index)
            .or(poses.last())
            .unwrap_or(&standing)
            .clone();
        let pose = match written.get(index) {
            Some(raw) => raw.over(&base),
            None => base,
        };
        poses.push(pose);
    }
    poses
}

#[cfg(test)]
mod tests;
