//! Tests of a session from start to summary.
