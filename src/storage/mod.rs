//! Storage: keeps one person's data in browser local storage and never loses it.
