//! What every form shares: the choices a select offers, and the errors of a submission; and the
//! forms that more than one area reads: the case form ([`case`]), checked alike for the page and the
//! JSON API, and the report period ([`period`]).
//!
//! Form errors: one message per field, shown beside the field, with the person's input kept.
//! Errors keep the order they were found in, which handlers keep equal to the form's order.
pub mod case;
mod choices;

use std::borrow::Cow;

use lotsen_domain::Invalid;

pub use choices::{Opt, code_options, hints, label, multi_options, options, pick, pick_keep};

#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(Cow<'static, str>, &'static str)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message_id: &'static str) {
        if self.get(field).is_none() {
            self.0.push((Cow::Borrowed(field), message_id));
        }
    }

    /// For forms whose field names are made at run time (`q_{key}`).
    pub fn add_owned(&mut self, field: String, message_id: &'static str) {
        if self.get(&field).is_none() {
            self.0.push((Cow::Owned(field), message_id));
        }
    }

    /// A domain check's errors, named by its fields, for a form whose inputs carry `prefix`
    /// (`name` → `s_name`).
    pub fn add_prefixed(&mut self, prefix: &str, list: Vec<(&'static str, Invalid)>) {
        for (field, e) in list {
            self.add_owned(format!("{prefix}{field}"), e.message_id);
        }
    }

    /// Keeps the parsed value, or records why the field was refused.
    pub fn check<T>(&mut self, field: &'static str, r: Result<T, Invalid>) -> Option<T> {
        r.map_err(|e| self.add(field, e.message_id)).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message id for a field, used by templates: `{% if let Some(e) = errors.get("username") %}`.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| *m)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &'static str)> + '_ {
        self.0.iter().map(|(f, m)| (f.as_ref(), *m))
    }
}
