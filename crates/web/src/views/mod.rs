//! What several areas' pages show the same way: view models and labels, never handlers. An area
//! that needs another's way of showing a thing finds it here, not in the other area.
pub mod labels;
pub mod request;
pub mod sessions;
pub mod tokens;
