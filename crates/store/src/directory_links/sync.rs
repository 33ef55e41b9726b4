//! Keeping a unit's lists and the directory in step: its problem areas as a taxonomy with their
//! English and Arabic names, its referral destinations as services, and referrals to suggested
//! services made list entries on first use.
use lotsen_domain::ids::{ListEntryId, UnitId};
use std::collections::HashSet;

use lotsen_domain::lists::{DestinationGroup, ListKind};
use lotsen_hsds::spec::object;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    TRANSLATED, Visibility, category_taxonomy_id, derived_id, row, translation_taxonomy_id, translation_term_id,
};
use crate::directory::Writer;
use crate::entity::{list_entry, unit};
use crate::{Result, StoreError, Tx};

impl Tx {
    /// Keeps one unit's lists and the directory in step:
    /// - a taxonomy of the unit's problem categories, with a term per category entry (retired
    ///   ones too: old tags keep their meaning), named as the entry;
    /// - a service (and its organisation) for every referral destination that has none, internal
    ///   and unverified, so the destination list and the directory are one;
    /// - `service_id` on every referral that lacks it.
    ///
    /// Idempotent: ids are derived from the entries, and a second run changes nothing.
    pub async fn sync_directory_lists(&self, unit_id: UnitId) -> Result<()> {
        let unit = unit::Entity::find_by_id(unit_id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        let entries = list_entry::Entity::find()
            .filter(list_entry::Column::UnitId.eq(unit_id))
            .order_by_asc(list_entry::Column::Id)
            .all(self.conn())
            .await?;
        let taxonomy = category_taxonomy_id(unit_id);
        let translations = translation_taxonomy_id();
        let shared = shared_rows(&translations);
        let (rows, terms, untranslated) = category_rows(unit_id, &unit.name, &taxonomy, &entries);
        self.put_rows(Writer::Lotsen, &shared).await?;
        self.put_rows(Writer::Unit(unit_id), &rows).await?;
        if !untranslated.is_empty() {
            // Only what is there is removed, so a run that changes nothing leaves the version alone.
            let q = Query::select()
                .column(Alias::new("id"))
                .from(Alias::new("dir_attributes"))
                .and_where(Expr::col(Alias::new("id")).is_in(untranslated.iter().map(String::as_str)))
                .to_owned();
            let there: Vec<String> = self
                .conn()
                .query_all(&q)
                .await?
                .iter()
                .map(|r| Ok(r.try_get_by_index::<String>(0)?))
                .collect::<Result<_>>()?;
            if let Some(obj) = object("attribute") {
                self.remove_rows(Writer::Unit(unit_id), obj, &there).await?;
            }
        }
        for (entry, id) in &terms {
            let q = Query::update()
                .table(Alias::new("dir_taxonomy_terms"))
                .value(Alias::new("lotsen_list_entry_id"), *entry)
                .and_where(Expr::col(Alias::new("id")).eq(id.as_str()))
                .and_where(Expr::col(Alias::new("lotsen_list_entry_id")).is_null())
                .to_owned();
            self.conn().execute(&q).await?;
        }
        let q = Query::select()
            .column(Alias::new("list_entry_id"))
            .from(Alias::new("directory_destinations"))
            .and_where(Expr::col(Alias::new("unit_id")).eq(unit_id))
            .to_owned();
        let linked: HashSet<ListEntryId> = self
            .conn()
            .query_all(&q)
            .await?
            .iter()
            .map(|r| Ok(r.try_get_by_index::<ListEntryId>(0)?))
            .collect::<Result<_>>()?;
        for e in entries.iter().filter(|e| e.kind == ListKind::ReferralDestination.as_str()) {
            if linked.contains(&e.id) {
                continue;
            }
            let group = e.grp.as_deref().and_then(|g| DestinationGroup::parse(g).ok());
            self.destination_as_service(unit_id, e.id, &e.label_sv, group, e.retired).await?;
        }
        let fill = "UPDATE referrals SET service_id = (SELECT d.service_id FROM directory_destinations d \
                    WHERE d.list_entry_id = referrals.destination_id) WHERE service_id IS NULL";
        self.conn().execute_unprepared(fill).await?;
        Ok(())
    }

    /// A referral destination entry made a service: an organisation and a service named as the
    /// entry, internal, with no "last verified" date, so staff find it first among the entries
    /// to complete.
    async fn destination_as_service(
        &self,
        unit_id: UnitId,
        entry_id: ListEntryId,
        label: &str,
        group: Option<DestinationGroup>,
        retired: bool,
    ) -> Result<String> {
        let org = derived_id(&format!("list-entry/{entry_id}/organization"));
        let service = derived_id(&format!("list-entry/{entry_id}/service"));
        let rows = [
            row("organization", &[("id", &org), ("name", label), ("description", label)]),
            row(
                "service",
                &[
                    ("id", &service),
                    ("organization_id", &org),
                    ("name", label),
                    ("status", if retired { "defunct" } else { "active" }),
                ],
            ),
        ];
        self.put_rows(Writer::Unit(unit_id), &rows).await?;
        self.set_visibility("organization", &org, Visibility::Internal).await?;
        self.set_visibility("service", &service, Visibility::Internal).await?;
        self.set_group(&org, group).await?;
        self.link_destination(unit_id, &service, entry_id).await?;
        Ok(service)
    }

    async fn link_destination(&self, unit_id: UnitId, service_id: &str, entry_id: ListEntryId) -> Result<()> {
        let q = Query::insert()
            .into_table(Alias::new("directory_destinations"))
            .columns([Alias::new("unit_id"), Alias::new("service_id"), Alias::new("list_entry_id")])
            .values_panic([unit_id.into(), service_id.into(), entry_id.into()])
            .to_owned();
        self.conn().execute(&q).await?;
        Ok(())
    }

    /// The service a referral destination entry stands for.
    pub async fn destination_service(&self, entry_id: ListEntryId) -> Result<Option<String>> {
        let q = Query::select()
            .column(Alias::new("service_id"))
            .from(Alias::new("directory_destinations"))
            .and_where(Expr::col(Alias::new("list_entry_id")).eq(entry_id))
            .to_owned();
        Ok(match self.conn().query_one(&q).await? {
            Some(r) => Some(r.try_get_by_index(0)?),
            None => None,
        })
    }

    /// The unit's referral destination for a service of the directory, made on first use: a new
    /// list entry named as the service, in its organisation's group (or "other"). So a referral
    /// to any service is counted in the statistics as before, by destination.
    pub async fn destination_for_service(&self, unit_id: UnitId, service_id: &str) -> Result<ListEntryId> {
        let q = Query::select()
            .column(Alias::new("list_entry_id"))
            .from(Alias::new("directory_destinations"))
            .and_where(Expr::col(Alias::new("unit_id")).eq(unit_id))
            .and_where(Expr::col(Alias::new("service_id")).eq(service_id))
            .to_owned();
        if let Some(r) = self.conn().query_one(&q).await? {
            return Ok(r.try_get_by_index(0)?);
        }
        let q = Query::select()
            .expr(Expr::col((Alias::new("s"), Alias::new("name"))))
            .expr(Expr::col((Alias::new("o"), Alias::new("lotsen_group"))))
            .from_as(Alias::new("dir_services"), Alias::new("s"))
            .join_as(
                sea_orm::sea_query::JoinType::LeftJoin,
                Alias::new("dir_organizations"),
                Alias::new("o"),
                Expr::col((Alias::new("o"), Alias::new("id"))).equals((Alias::new("s"), Alias::new("organization_id"))),
            )
            .and_where(Expr::col((Alias::new("s"), Alias::new("id"))).eq(service_id))
            .to_owned();
        let r = self.conn().query_one(&q).await?.ok_or(StoreError::NotFound)?;
        let name: String = r.try_get_by_index(0)?;
        let group = r
            .try_get_by_index::<Option<String>>(1)?
            .and_then(|g| DestinationGroup::parse(&g).ok())
            .unwrap_or(DestinationGroup::Other);
        let label: String = name.trim().chars().take(120).collect();
        let entry = self
            .add_list_entry(
                unit_id,
                ListKind::ReferralDestination,
                crate::EntryInput {
                    label_sv: label,
                    label_en: None,
                    label_ar: None,
                    group: Some(group),
                    age_min: None,
                    age_max: None,
                    meeting: false,
                    ksi_code: None,
                    hint_sv: None,
                    hint_en: None,
                    hint_ar: None,
                },
            )
            .await?;
        self.link_destination(unit_id, service_id, entry.id).await?;
        Ok(entry.id)
    }
}

/// Lotsen's own rows, the same for every unit and changed by none: the taxonomy of translation
/// terms, a term for each translated field in English and Arabic.
fn shared_rows(translations: &str) -> Vec<lotsen_hsds::Row> {
    let mut shared = vec![row(
        "taxonomy",
        &[
            ("id", translations),
            ("name", "Lotsen translations"),
            ("description", "Terms marking attributes that carry a field's text in another language."),
            ("uri", "urn:lotsen:taxonomy:translation"),
        ],
    )];
    for lang in ["en", "ar"] {
        for field in TRANSLATED {
            shared.push(row(
                "taxonomy_term",
                &[
                    ("id", &translation_term_id(lang, field)),
                    ("code", &format!("{lang}:{field}")),
                    ("name", &format!("{field} ({lang})")),
                    ("description", &format!("The text of `{field}` in language `{lang}`.")),
                    ("taxonomy", "Lotsen translations"),
                    ("taxonomy_id", translations),
                    ("language", lang),
                ],
            ));
        }
    }
    shared
}

/// The unit's problem areas as a taxonomy with a term per category entry, the terms' English and
/// Arabic names as translation attributes; with each (entry, term id), and the ids of attributes
/// for names not given.
fn category_rows(
    unit_id: UnitId,
    unit_name: &str,
    taxonomy: &str,
    entries: &[list_entry::Model],
) -> (Vec<lotsen_hsds::Row>, Vec<(ListEntryId, String)>, Vec<String>) {
    let mut rows = vec![row(
        "taxonomy",
        &[
            ("id", taxonomy),
            ("name", &format!("Problemområden, {unit_name}")),
            ("description", &format!("Problemområden som {unit_name} för statistik över och hänvisar efter.")),
            ("uri", &format!("urn:lotsen:unit:{unit_id}:categories")),
        ],
    )];
    let mut terms = Vec::new();
    let mut untranslated = Vec::new();
    for e in entries.iter().filter(|e| e.kind == ListKind::Category.as_str()) {
        let id = derived_id(&format!("list-entry/{}/term", e.id));
        rows.push(row(
            "taxonomy_term",
            &[
                ("id", &id),
                ("code", &format!("u{unit_id}.{}", e.code)),
                ("name", &e.label_sv),
                ("description", &format!("Problemområde i Lotsen: {}", e.label_sv)),
                ("taxonomy", &format!("Problemområden, {unit_name}")),
                ("taxonomy_id", taxonomy),
                ("language", "sv"),
            ],
        ));
        // The English and Arabic names, as translation attributes of the term.
        for (lang, label) in [("en", &e.label_en), ("ar", &e.label_ar)] {
            let attribute = derived_id(&format!("list-entry/{}/term/name/{lang}", e.id));
            match label.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
                Some(label) => rows.push(row(
                    "attribute",
                    &[
                        ("id", &attribute),
                        ("link_id", &id),
                        ("link_entity", "taxonomy_term"),
                        ("link_type", "translation"),
                        ("taxonomy_term_id", &translation_term_id(lang, "name")),
                        ("value", label),
                    ],
                )),
                None => untranslated.push(attribute),
            }
        }
        terms.push((e.id, id));
    }
    (rows, terms, untranslated)
}
