//! Records as read for the unit they belong to.
use lotsen_domain::ids::UnitId;
use std::ops::Deref;

/// A record read for the unit it belongs to: only the store makes one, from a query that names the
/// unit, and the writes that change such a record take one. A change to another unit's record
/// cannot be expressed, by mistake or by a changed id in a form. Reads through it as the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scoped<T> {
    record: T,
    unit_id: UnitId,
}

impl<T> Scoped<T> {
    pub(crate) fn new(unit_id: UnitId, record: T) -> Self {
        Self { record, unit_id }
    }

    /// The unit the record belongs to.
    pub fn unit_id(&self) -> UnitId {
        self.unit_id
    }

    pub fn into_inner(self) -> T {
        self.record
    }
}

impl<T> Deref for Scoped<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.record
    }
}
