//! The HSDS 3.0 objects as the vendored schemas define them.
#[path = "spec_data.rs"]
mod data;

pub use data::OBJECTS;

/// A column's JSON type. HSDS scalars are strings or numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Text,
    Number,
}

/// A scalar property: a column of the object's CSV file.
#[derive(Debug, PartialEq, Eq)]
pub struct Col {
    pub name: &'static str,
    pub ty: Type,
    /// JSON Schema `format` (uuid, email, uri, date-time) or the data package type (date, time).
    pub format: &'static str,
    /// The allowed values, when the schema gives an enumeration.
    pub choices: &'static [&'static str],
}

/// An object nested in another, as an array (`many`) or a single object.
#[derive(Debug, PartialEq, Eq)]
pub struct Nest {
    pub key: &'static str,
    pub object: &'static str,
    pub many: bool,
}

/// One HSDS object.
#[derive(Debug, PartialEq, Eq)]
pub struct Obj {
    /// `service`, `service_at_location`, …
    pub name: &'static str,
    /// Its file in the tabular package, `services.csv`.
    pub file: &'static str,
    pub required: &'static [&'static str],
    /// Required in the tabular (CSV) form only: the references nesting stands for in JSON.
    pub tabular_required: &'static [&'static str],
    pub columns: &'static [Col],
    pub nests: &'static [Nest],
}

impl Obj {
    pub fn column(&self, name: &str) -> Option<&'static Col> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Nested objects, with the two the compiled schemas add to the base ones: an organisation's
    /// `services` and a service-at-location's `service`.
    pub fn all_nests(&self) -> impl Iterator<Item = &'static Nest> {
        static ORG: Nest = Nest { key: "services", object: "service", many: true };
        static SAL: Nest = Nest { key: "service", object: "service", many: false };
        let extra: &'static [Nest] = match self.name {
            "organization" => std::slice::from_ref(&ORG),
            "service_at_location" => std::slice::from_ref(&SAL),
            _ => &[],
        };
        self.nests.iter().chain(extra.iter())
    }

    pub fn nest(&self, key: &str) -> Option<&'static Nest> {
        self.all_nests().find(|n| n.key == key)
    }
}

/// The object called `name`.
pub fn object(name: &str) -> Option<&'static Obj> {
    OBJECTS.iter().find(|o| o.name == name)
}

/// How a nested object hangs on its parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The child's column holds the parent's id (`phone.service_id` under a service).
    ChildColumn(&'static str),
    /// The parent's column holds the child's id (`service.organization_id` for its organization).
    ParentColumn(&'static str),
}

/// The link of `nest` under `parent`, from the spec's naming: an array of children points back with
/// `<parent>_id` (an attribute with `link_id`, metadata with `resource_id`); a single object is
/// pointed at by `<key>_id` (`taxonomy_detail` by `taxonomy_id`).
pub fn link(parent: &Obj, nest: &Nest) -> Option<Link> {
    let child = object(nest.object)?;
    if nest.many {
        let col = match nest.object {
            "attribute" => "link_id",
            "metadata" => "resource_id",
            _ => child.columns.iter().find(|c| c.name.strip_suffix("_id") == Some(parent.name))?.name,
        };
        Some(Link::ChildColumn(col))
    } else {
        let want = if nest.key == "taxonomy_detail" { "taxonomy_id".to_owned() } else { format!("{}_id", nest.key) };
        parent.columns.iter().find(|c| c.name == want).map(|c| Link::ParentColumn(c.name))
    }
}

/// Reference columns the JSON form leaves out because nesting says the same, as the official
/// examples do. Self-references (`parent_organization_id`, `parent_id`) stay.
pub fn nesting_reference(col: &str) -> bool {
    matches!(
        col,
        "organization_id"
            | "program_id"
            | "service_id"
            | "location_id"
            | "contact_id"
            | "phone_id"
            | "service_at_location_id"
            | "link_id"
            | "taxonomy_term_id"
            | "taxonomy_id"
            | "resource_id"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_holds_every_object_of_the_tabular_package_in_order() {
        let files: Vec<&str> = OBJECTS.iter().map(|o| o.file).collect();
        assert_eq!(files.len(), 21);
        assert_eq!(&files[..3], &["organizations.csv", "programs.csv", "services.csv"]);
        assert_eq!(files[4], "service_at_location.csv");
        let service = object("service").unwrap();
        assert_eq!(service.required, &["id", "name", "status"]);
        assert_eq!(service.tabular_required, &["organization_id"]);
        assert_eq!(service.column("status").unwrap().choices, &["active", "inactive", "defunct", "temporarily closed"]);
        assert_eq!(service.column("minimum_age").unwrap().ty, Type::Number);
    }

    #[test]
    fn every_nest_has_a_link() {
        for o in OBJECTS {
            for n in o.all_nests() {
                assert!(link(o, n).is_some(), "{}.{}", o.name, n.key);
            }
        }
        let service = object("service").unwrap();
        assert_eq!(link(service, service.nest("phones").unwrap()), Some(Link::ChildColumn("service_id")));
        assert_eq!(link(service, service.nest("organization").unwrap()), Some(Link::ParentColumn("organization_id")));
        let term = object("taxonomy_term").unwrap();
        assert_eq!(link(term, term.nest("taxonomy_detail").unwrap()), Some(Link::ParentColumn("taxonomy_id")));
        let org = object("organization").unwrap();
        assert_eq!(link(org, org.nest("services").unwrap()), Some(Link::ChildColumn("organization_id")));
    }
}
