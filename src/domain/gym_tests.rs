//! Tests of the gym rules.
