//! Sharing a plan by link and QR code: the plan's compact JSON deflated (`miniz_oxide`), then
//! base64url, after `#plan=` in the link's fragment, which browsers never send to a server. The
//! QR code of the link is made by the `qrcode` crate and refused when it would be too dense to
//! scan reliably from a phone screen or a printed page.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::NaiveDate;
use qrcode::{EcLevel, QrCode, Version};

use super::{limits, read, write_compact, PlanError};
use crate::domain::program::Program;

/// What comes before the encoded plan in a link's fragment.
pub const FRAGMENT_PREFIX: &str = "plan=";
/// Longest link a chat app is sure to carry whole (several cut links near 2,000 characters); a
/// longer plan is offered as a file instead.
pub const CHAT_LINK_MAX_CHARS: usize = 2_000;
/// Densest QR code offered: version 25 (117 × 117 modules) still scans from a phone screen or an
/// A4 print at arm's length; denser codes often fail with ordinary phone cameras.
pub const MAX_QR_VERSION: i16 = 25;
/// Deflate level for links: the smallest output, and a plan is small.
const DEFLATE_LEVEL: u8 = 10;

/// The link to `base` (the app's address, without a fragment) that carries the plan.
pub fn link(base: &str, program: &Program) -> String {
    let packed =
        miniz_oxide::deflate::compress_to_vec(write_compact(program).as_bytes(), DEFLATE_LEVEL);
    format!("{base}#{FRAGMENT_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// True when a link is short enough for chat apps.
pub fn fits_chat(link: &str) -> bool {
    link.chars().count() <= CHAT_LINK_MAX_CHARS
}

/// The plan text a link or fragment carries, `None` when it carries no plan at all. Takes a whole
/// link, a fragment with or without its `#`, or the encoded part alone after `plan=`.
pub fn plan_text(link_or_fragment: &str) -> Option<Result<String, PlanError>> {
    let fragment = link_or_fragment.trim();
    let fragment = fragment
        .rsplit_once('#')
        .map_or(fragment, |(_, after)| after);
    let encoded = fragment.strip_prefix(FRAGMENT_PREFIX)?;
    let broken = || PlanError::Syntax {
        line: 1,
        column: 1,
        detail: "the link is incomplete or was changed on the way (it may have been cut short)."
            .to_string(),
    };
    let Ok(packed) = URL_SAFE_NO_PAD.decode(encoded.trim_end_matches('=')) else {
        return Some(Err(broken()));
    };
    // The limit keeps a small link from unpacking into a huge text (a "zip bomb").
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, limits::MAX_BYTES)
        .map_err(|_| broken())
        .and_then(|bytes| String::from_utf8(bytes).map_err(|_| PlanError::NotText));
    Some(text)
}

/// Reads the plan a link carries, starting on `start`; `None` when the link carries no plan.
pub fn read_link(link_or_fragment: &str, start: NaiveDate) -> Option<Result<Program, PlanError>> {
    plan_text(link_or_fragment).map(|text| text.and_then(|text| read(&text, start)))
}

/// A QR code as a square of modules, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrGrid {
    /// Modules per side.
    pub width: usize,
    /// The QR version (1–40): 4 × version + 17 modules per side.
    pub version: i16,
    /// `width × width` modules, row by row.
    pub dark: Vec<bool>,
}

/// Why no QR code is offered for a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrRefusal {
    /// The code would be denser than [`MAX_QR_VERSION`].
    TooDense {
        /// The version it would need (41 when even the densest cannot hold it).
        version: i16,
    },
}

impl std::fmt::Display for QrRefusal {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QrRefusal::TooDense { .. } => write!(
                out,
                "This plan is too long for a QR code that phones can read reliably. Share the file or the link instead."
            ),
        }
    }
}

/// The QR code of a link at error-correction level L, or why it is not offered.
pub fn qr(link: &str) -> Result<QrGrid, QrRefusal> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::L)
        .map_err(|_| QrRefusal::TooDense { version: 41 })?;
    let version = match code.version() {
        Version::Normal(version) | Version::Micro(version) => version,
    };
    if version > MAX_QR_VERSION {
        return Err(QrRefusal::TooDense { version });
    }
    Ok(QrGrid {
        width: code.width(),
        version,
        dark: code
            .to_colors()
            .into_iter()
            .map(|color| color == qrcode::Color::Dark)
            .collect(),
    })
}
