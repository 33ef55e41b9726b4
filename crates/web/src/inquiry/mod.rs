//! The public contact form ("Kontakta oss"): requests to be contacted and anonymous feedback, and
//! the coordinators' intake list where a request becomes a case or is closed.
pub mod feedback;
pub mod intake;
pub mod public;
