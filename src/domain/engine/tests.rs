//! Unit tests of the engine pipeline (the scenarios in tests/scenarios/ cover the clinical rules).
