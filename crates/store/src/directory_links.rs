//! The directory joined to the case log (migration m0015): the lists' problem categories are the
//! terms services are tagged with, and every referral destination is a service of the directory.
//! [`Tx::sync_directory_lists`] keeps them in step and is run for every unit after migrating, so
//! a database from before the directory gets its destinations as services, internal until staff
//! complete and publish them, and every old referral its `service_id`; `destination_id` is left as
//! it was, so the statistics are unchanged. The keeping in step is in [`sync`].
use lotsen_domain::ids::{ListEntryId, UnitId};
use std::collections::{HashMap, HashSet};

use lotsen_domain::lists::DestinationGroup;
use lotsen_hsds::{Row, spec::object};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, EntityTrait};
use serde_json::Value;
use uuid::Uuid;

use crate::directory::{Owned, Writer};
use crate::entity::unit;
use crate::{Result, Store, StoreError, Tx};

mod sync;

/// Lotsen's namespace for ids derived from its own records: the same id on every run and backend.
const NAMESPACE: Uuid = Uuid::from_u128(0x6c6f_7473_656e_4000_8000_6469_7265_6374);

/// A stable UUID for something Lotsen derives (`"unit/3/categories"`, `"list-entry/12/service"`).
pub fn derived_id(name: &str) -> String {
    Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

/// The taxonomy holding a unit's problem categories.
pub fn category_taxonomy_id(unit_id: UnitId) -> String {
    derived_id(&format!("unit/{unit_id}/categories"))
}

/// The taxonomy whose terms mark translations ("en:description"): HSDS has no field for text in
/// another language, so English and Arabic travel as attributes with these terms.
pub fn translation_taxonomy_id() -> String {
    derived_id("translations")
}

/// The term for a field's translation into a language.
pub fn translation_term_id(lang: &str, field: &str) -> String {
    derived_id(&format!("translation/{lang}/{field}"))
}

/// The fields that may be translated.
pub const TRANSLATED: [&str; 7] = [
    "name",
    "alternate_name",
    "description",
    "application_process",
    "eligibility_description",
    "fees_description",
    "alert",
];

/// Who may see a directory entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// In "Hitta stöd" and the open HSDS API.
    Public,
    /// Staff only: referral destinations not yet completed, partners' internal lines.
    Internal,
}

impl Visibility {
    pub const fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Internal => "internal",
        }
    }
}

/// What staff see of the directory that HSDS does not carry.
#[derive(Debug, Clone, Default)]
pub struct DirectoryFlags {
    /// Services, organisations and locations that are internal.
    pub internal: HashSet<String>,
    /// Retired services.
    pub retired: HashSet<String>,
    /// Organisations' groups for the statistics ("municipal", "region", "ngo", "other"), where set.
    pub groups: HashMap<String, String>,
    /// The unit maintaining each service, organisation and location (Lotsen's own have none).
    pub owners: HashMap<String, UnitId>,
}

impl DirectoryFlags {
    /// Left out of public answers: internal entries and retired services.
    pub fn hidden(&self, id: &str) -> bool {
        self.internal.contains(id) || self.retired.contains(id)
    }

    /// Whether `unit_id` maintains the entry.
    pub fn owned_by(&self, unit_id: UnitId, id: &str) -> bool {
        self.owners.get(id) == Some(&unit_id)
    }

    /// Whether staff of `unit_id` may see the entry: an internal one only by its own unit.
    pub fn seen_by(&self, unit_id: UnitId, id: &str) -> bool {
        !self.internal.contains(id) || self.owned_by(unit_id, id)
    }
}

fn row(obj: &str, fields: &[(&str, &str)]) -> Row {
    let mut r = Row::new(object(obj).expect("a known HSDS object"));
    for (k, v) in fields {
        r.fields.insert((*k).to_owned(), Value::String((*v).to_owned()));
    }
    r
}

async fn ids<C: ConnectionTrait>(conn: &C, sql: &str) -> Result<HashSet<String>> {
    let stmt = sea_orm::Statement::from_string(conn.get_database_backend(), sql.to_owned());
    conn.query_all_raw(stmt).await?.iter().map(|r| Ok(r.try_get_by_index::<String>(0)?)).collect()
}

impl Store {
    /// The number every change to the directory raises.
    pub async fn directory_version(&self) -> Result<i64> {
        let q = Query::select().column(Alias::new("version")).from(Alias::new("directory_state")).to_owned();
        let r = self.conn().query_one(&q).await?.ok_or(StoreError::NotFound)?;
        Ok(r.try_get_by_index(0)?)
    }

    pub async fn directory_flags(&self) -> Result<DirectoryFlags> {
        let internal = ids(
            self.conn(),
            "SELECT id FROM dir_services WHERE lotsen_visibility <> 'public' \
             UNION ALL SELECT id FROM dir_organizations WHERE lotsen_visibility <> 'public' \
             UNION ALL SELECT id FROM dir_locations WHERE lotsen_visibility <> 'public'",
        )
        .await?;
        let retired = ids(self.conn(), "SELECT id FROM dir_services WHERE lotsen_retired_at IS NOT NULL").await?;
        let q = Query::select()
            .columns([Alias::new("id"), Alias::new("lotsen_group")])
            .from(Alias::new("dir_organizations"))
            .and_where(Expr::col(Alias::new("lotsen_group")).is_not_null())
            .to_owned();
        let groups = self
            .conn()
            .query_all(&q)
            .await?
            .iter()
            .map(|r| Ok((r.try_get_by_index::<String>(0)?, r.try_get_by_index::<String>(1)?)))
            .collect::<Result<_>>()?;
        let mut owners = HashMap::new();
        for t in ["dir_services", "dir_organizations", "dir_locations"] {
            let q = Query::select()
                .columns([Alias::new("id"), Alias::new("lotsen_unit_id")])
                .from(Alias::new(t))
                .and_where(Expr::col(Alias::new("lotsen_unit_id")).is_not_null())
                .to_owned();
            for r in self.conn().query_all(&q).await? {
                owners.insert(r.try_get_by_index::<String>(0)?, r.try_get_by_index::<UnitId>(1)?);
            }
        }
        Ok(DirectoryFlags { internal, retired, groups, owners })
    }

    /// A unit's referral destinations as services: list entry id → service id.
    pub async fn destination_services(&self, unit_id: UnitId) -> Result<HashMap<ListEntryId, String>> {
        let q = Query::select()
            .columns([Alias::new("list_entry_id"), Alias::new("service_id")])
            .from(Alias::new("directory_destinations"))
            .and_where(Expr::col(Alias::new("unit_id")).eq(unit_id))
            .to_owned();
        self.conn()
            .query_all(&q)
            .await?
            .iter()
            .map(|r| Ok((r.try_get_by_index::<ListEntryId>(0)?, r.try_get_by_index::<String>(1)?)))
            .collect()
    }

    /// A unit's problem categories as taxonomy terms: list entry id → term id.
    pub async fn category_terms(&self, unit_id: UnitId) -> Result<HashMap<ListEntryId, String>> {
        let q = Query::select()
            .columns([Alias::new("lotsen_list_entry_id"), Alias::new("id")])
            .from(Alias::new("dir_taxonomy_terms"))
            .and_where(Expr::col(Alias::new("taxonomy_id")).eq(category_taxonomy_id(unit_id)))
            .and_where(Expr::col(Alias::new("lotsen_list_entry_id")).is_not_null())
            .to_owned();
        self.conn()
            .query_all(&q)
            .await?
            .iter()
            .map(|r| Ok((r.try_get_by_index::<ListEntryId>(0)?, r.try_get_by_index::<String>(1)?)))
            .collect()
    }

    /// Runs [`Tx::sync_directory_lists`] for every unit.
    pub async fn sync_directory_lists(&self) -> Result<()> {
        let tx = self.begin().await?;
        for u in unit::Entity::find().all(tx.conn()).await? {
            tx.sync_directory_lists(u.id).await?;
        }
        tx.commit().await
    }
}

impl Tx {
    /// Raises the directory's version: searches everywhere read it afresh.
    pub async fn touch_directory(&self) -> Result<()> {
        let q = Query::update()
            .table(Alias::new("directory_state"))
            .value(Alias::new("version"), Expr::col(Alias::new("version")).add(1))
            .and_where(Expr::col(Alias::new("id")).eq(1))
            .to_owned();
        self.conn().execute(&q).await?;
        Ok(())
    }

    /// Removes rows of `obj` by id that hang on `owner` (a service's phone, place or tag that staff
    /// took away): only rows its unit maintains are removed.
    pub async fn remove_directory_rows(
        &self,
        owner: &Owned,
        obj: &'static lotsen_hsds::spec::Obj,
        ids: &[String],
    ) -> Result<()> {
        self.remove_rows(Writer::Unit(owner.unit_id()), obj, ids).await
    }

    pub(crate) async fn remove_rows(
        &self,
        writer: Writer,
        obj: &'static lotsen_hsds::spec::Obj,
        ids: &[String],
    ) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut q = Query::delete()
            .from_table(Alias::new(crate::directory::table(obj)))
            .and_where(Expr::col(Alias::new("id")).is_in(ids.iter().map(String::as_str)))
            .to_owned();
        if let Writer::Unit(u) = writer {
            q.and_where(Expr::col(Alias::new("lotsen_unit_id")).eq(u));
        }
        self.conn().execute(&q).await?;
        self.touch_directory().await
    }

    /// Retires a service (status `defunct`, hidden from search and suggestions, kept for the
    /// referrals made to it), or brings it back as active.
    pub async fn set_service_retired(&self, service: &Owned, retired: bool) -> Result<()> {
        if service.object() != "service" {
            return Err(StoreError::NotFound);
        }
        self.set_owned(
            service,
            "lotsen_retired_at",
            Expr::value(if retired { Some(self.clock.timestamp()) } else { None }),
        )
        .await?;
        self.set_owned(service, "status", Expr::value(if retired { "defunct" } else { "active" })).await
    }

    /// Sets an organisation's group for the statistics.
    pub async fn set_organization_group(&self, organization: &Owned, group: Option<DestinationGroup>) -> Result<()> {
        if organization.object() != "organization" {
            return Err(StoreError::NotFound);
        }
        self.set_owned(organization, "lotsen_group", Expr::value(group.map(|g| g.as_str()))).await
    }

    /// Sets who may see one of a unit's services, organisations or locations.
    pub async fn set_directory_visibility(&self, entry: &Owned, v: Visibility) -> Result<()> {
        self.set_owned(entry, "lotsen_visibility", Expr::value(v.as_str())).await
    }

    /// The same for an entry Lotsen made for a unit (a referral destination's service).
    pub(crate) async fn set_visibility(&self, obj: &str, id: &str, v: Visibility) -> Result<()> {
        let table = match obj {
            "service" => "dir_services",
            "organization" => "dir_organizations",
            "location" => "dir_locations",
            _ => return Err(StoreError::NotFound),
        };
        let q = Query::update()
            .table(Alias::new(table))
            .value(Alias::new("lotsen_visibility"), v.as_str())
            .and_where(Expr::col(Alias::new("id")).eq(id))
            .to_owned();
        self.conn().execute(&q).await?;
        self.touch_directory().await
    }

    async fn set_group(&self, organization_id: &str, group: Option<DestinationGroup>) -> Result<()> {
        let q = Query::update()
            .table(Alias::new("dir_organizations"))
            .value(Alias::new("lotsen_group"), group.map(|g| g.as_str()))
            .and_where(Expr::col(Alias::new("id")).eq(organization_id))
            .to_owned();
        self.conn().execute(&q).await?;
        Ok(())
    }
}
