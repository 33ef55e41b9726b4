//! The unit's configurable lists, seeded from `seed/lists.toml` when a unit is created.
use lotsen_domain::ids::{ListEntryId, UnitId};
use std::collections::BTreeMap;

use lotsen_domain::lists::{DestinationGroup, ListKind};
use lotsen_domain::locale::Locale;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use serde::Deserialize;

use crate::entity::list_entry;
use crate::{Result, Scoped, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListEntry {
    pub id: ListEntryId,
    pub unit_id: UnitId,
    pub kind: ListKind,
    pub code: String,
    pub label_sv: String,
    pub label_en: Option<String>,
    pub label_ar: Option<String>,
    pub group: Option<DestinationGroup>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub meeting: bool,
    pub ksi_code: Option<String>,
    pub position: i32,
    pub retired: bool,
    /// What the entry means, shown where it is chosen; Swedish first, translations optional.
    pub hint_sv: Option<String>,
    pub hint_en: Option<String>,
    pub hint_ar: Option<String>,
}

impl ListEntry {
    /// The hint in a language, falling back to Swedish; `None` when the entry has none.
    pub fn hint(&self, locale: Locale) -> Option<&str> {
        let own = match locale {
            Locale::Sv => None,
            Locale::En => self.hint_en.as_deref(),
            Locale::Ar => self.hint_ar.as_deref(),
        };
        own.or(self.hint_sv.as_deref()).filter(|h| !h.is_empty())
    }

    /// The label in a language, falling back to Swedish where no translation was given.
    pub fn label(&self, locale: Locale) -> &str {
        match locale {
            Locale::Sv => &self.label_sv,
            Locale::En => self.label_en.as_deref().unwrap_or(&self.label_sv),
            Locale::Ar => self.label_ar.as_deref().unwrap_or(&self.label_sv),
        }
    }
}

fn entry(m: list_entry::Model) -> Result<ListEntry> {
    let kind = ListKind::parse(&m.kind)
        .ok_or_else(|| StoreError::Unavailable(format!("list entry {} has an unknown kind", m.id)))?;
    Ok(ListEntry {
        id: m.id,
        unit_id: m.unit_id,
        kind,
        code: m.code,
        label_sv: m.label_sv,
        label_en: m.label_en,
        label_ar: m.label_ar,
        group: m.grp.as_deref().and_then(|g| DestinationGroup::parse(g).ok()),
        age_min: m.age_min,
        age_max: m.age_max,
        meeting: m.meeting,
        ksi_code: m.ksi_code,
        position: m.position,
        retired: m.retired,
        hint_sv: m.hint_sv,
        hint_en: m.hint_en,
        hint_ar: m.hint_ar,
    })
}

/// A unit's lists, loaded once for a page or an import.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    by_kind: BTreeMap<ListKind, Vec<ListEntry>>,
}

impl Lists {
    /// Every entry of a kind, retired ones included, in display order.
    pub fn all(&self, kind: ListKind) -> &[ListEntry] {
        self.by_kind.get(&kind).map_or(&[], Vec::as_slice)
    }

    /// The entries offered for new input.
    pub fn active(&self, kind: ListKind) -> impl Iterator<Item = &ListEntry> {
        self.all(kind).iter().filter(|e| !e.retired)
    }

    pub fn get(&self, id: ListEntryId) -> Option<&ListEntry> {
        self.by_kind.values().flat_map(|v| v.iter()).find(|e| e.id == id)
    }

    /// An entry of `kind` that may be chosen for new input.
    pub fn choosable(&self, kind: ListKind, id: ListEntryId) -> Option<&ListEntry> {
        self.all(kind).iter().find(|e| e.id == id && !e.retired)
    }

    pub fn by_code(&self, kind: ListKind, code: &str) -> Option<&ListEntry> {
        self.all(kind).iter().find(|e| e.code == code)
    }

    /// The default lists as a new unit gets them, numbered from 1, without a database: for tests
    /// and the parsers' fuzz harness.
    #[doc(hidden)]
    pub fn seeded(unit_id: UnitId) -> Result<Self> {
        let mut lists = Lists::default();
        let mut id = 0;
        for (kind, entries) in seeds()? {
            let kind = ListKind::parse(&kind).ok_or_else(|| StoreError::Unavailable(format!("seed kind {kind}")))?;
            for (i, s) in entries.into_iter().enumerate() {
                id += 1;
                lists.by_kind.entry(kind).or_default().push(ListEntry {
                    id: ListEntryId::new(id),
                    unit_id,
                    kind,
                    code: s.code,
                    label_sv: s.sv,
                    label_en: Some(s.en),
                    label_ar: Some(s.ar),
                    group: s.group.as_deref().and_then(|g| DestinationGroup::parse(g).ok()),
                    age_min: s.min,
                    age_max: s.max,
                    meeting: s.meeting,
                    ksi_code: s.ksi,
                    position: i as i32 * 10,
                    retired: false,
                    hint_sv: s.hint_sv,
                    hint_en: s.hint_en,
                    hint_ar: s.hint_ar,
                });
            }
        }
        Ok(lists)
    }
}

#[derive(Debug, Deserialize)]
struct Seed {
    code: String,
    sv: String,
    en: String,
    ar: String,
    group: Option<String>,
    min: Option<i32>,
    max: Option<i32>,
    #[serde(default)]
    meeting: bool,
    ksi: Option<String>,
    hint_sv: Option<String>,
    hint_en: Option<String>,
    hint_ar: Option<String>,
}

fn seeds() -> Result<BTreeMap<String, Vec<Seed>>> {
    toml::from_str(include_str!("../seed/lists.toml")).map_err(|e| StoreError::Unavailable(format!("seed lists: {e}")))
}

/// Gives a unit the default lists (every kind it has no entry of yet).
pub(crate) async fn seed_unit(conn: &impl ConnectionTrait, unit_id: UnitId, t: i64) -> Result<()> {
    for (kind, entries) in seeds()? {
        let have = list_entry::Entity::find()
            .filter(list_entry::Column::UnitId.eq(unit_id))
            .filter(list_entry::Column::Kind.eq(&kind))
            .count(conn)
            .await?;
        if have > 0 {
            continue;
        }
        for (i, s) in entries.into_iter().enumerate() {
            list_entry::ActiveModel {
                unit_id: Set(unit_id),
                kind: Set(kind.clone()),
                code: Set(s.code),
                label_sv: Set(s.sv),
                label_en: Set(Some(s.en)),
                label_ar: Set(Some(s.ar)),
                grp: Set(s.group),
                age_min: Set(s.min),
                age_max: Set(s.max),
                meeting: Set(s.meeting),
                ksi_code: Set(s.ksi),
                position: Set(i as i32 * 10),
                retired: Set(false),
                created_at: Set(t),
                hint_sv: Set(s.hint_sv),
                hint_en: Set(s.hint_en),
                hint_ar: Set(s.hint_ar),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(())
}

/// A new or changed entry, already validated by the caller.
#[derive(Debug, Clone)]
pub struct EntryInput {
    pub label_sv: String,
    pub label_en: Option<String>,
    pub label_ar: Option<String>,
    pub group: Option<DestinationGroup>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub meeting: bool,
    pub ksi_code: Option<String>,
    pub hint_sv: Option<String>,
    pub hint_en: Option<String>,
    pub hint_ar: Option<String>,
}

/// Gives the seeded entries of units made before hints existed the default hints, where an admin
/// has not written one.
async fn seed_missing_hints(conn: &impl ConnectionTrait) -> Result<()> {
    for (kind, entries) in seeds()? {
        for s in entries.into_iter().filter(|s| s.hint_sv.is_some()) {
            list_entry::Entity::update_many()
                .col_expr(list_entry::Column::HintSv, sea_orm::sea_query::Expr::value(s.hint_sv))
                .col_expr(list_entry::Column::HintEn, sea_orm::sea_query::Expr::value(s.hint_en))
                .col_expr(list_entry::Column::HintAr, sea_orm::sea_query::Expr::value(s.hint_ar))
                .filter(list_entry::Column::Kind.eq(&kind))
                .filter(list_entry::Column::Code.eq(&s.code))
                .filter(list_entry::Column::HintSv.is_null())
                .exec(conn)
                .await?;
        }
    }
    Ok(())
}

impl Store {
    pub async fn lists(&self, unit_id: UnitId) -> Result<Lists> {
        let rows = list_entry::Entity::find()
            .filter(list_entry::Column::UnitId.eq(unit_id))
            .order_by_asc(list_entry::Column::Kind)
            .order_by_asc(list_entry::Column::Position)
            .order_by_asc(list_entry::Column::Id)
            .all(self.conn())
            .await?;
        let mut lists = Lists::default();
        for m in rows {
            let e = entry(m)?;
            lists.by_kind.entry(e.kind).or_default().push(e);
        }
        Ok(lists)
    }

    /// Entry `id` of unit `unit_id`'s lists, for changing it; not found when it is another unit's.
    pub async fn unit_list_entry(&self, unit_id: UnitId, id: ListEntryId) -> Result<Scoped<ListEntry>> {
        let m = list_entry::Entity::find_by_id(id)
            .filter(list_entry::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Scoped::new(unit_id, entry(m)?))
    }

    pub async fn list_entry(&self, id: ListEntryId) -> Result<ListEntry> {
        entry(list_entry::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?)
    }

    /// Seeds the default lists for every unit that lacks them (units made before the lists existed).
    pub async fn seed_missing_lists(&self) -> Result<()> {
        let tx = self.begin().await?;
        for u in crate::entity::unit::Entity::find().all(tx.conn()).await? {
            seed_unit(tx.conn(), u.id, tx.now()).await?;
            crate::surveys::seed_unit(tx.conn(), u.id, tx.now()).await?;
        }
        seed_missing_hints(tx.conn()).await?;
        tx.commit().await
    }
}

impl Tx {
    pub async fn add_list_entry(&self, unit_id: UnitId, kind: ListKind, input: EntryInput) -> Result<ListEntry> {
        let last = list_entry::Entity::find()
            .filter(list_entry::Column::UnitId.eq(unit_id))
            .filter(list_entry::Column::Kind.eq(kind.as_str()))
            .order_by_desc(list_entry::Column::Position)
            .one(self.conn())
            .await?;
        let position = last.map_or(0, |l| l.position + 10);
        let code = format!("custom-{}-{}", self.now(), position);
        let m = list_entry::ActiveModel {
            unit_id: Set(unit_id),
            kind: Set(kind.as_str().to_owned()),
            code: Set(code),
            label_sv: Set(input.label_sv),
            label_en: Set(input.label_en),
            label_ar: Set(input.label_ar),
            grp: Set(input.group.map(|g| g.as_str().to_owned())),
            age_min: Set(input.age_min),
            age_max: Set(input.age_max),
            meeting: Set(input.meeting),
            ksi_code: Set(input.ksi_code),
            position: Set(position),
            retired: Set(false),
            created_at: Set(self.now()),
            hint_sv: Set(input.hint_sv),
            hint_en: Set(input.hint_en),
            hint_ar: Set(input.hint_ar),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        entry(m)
    }

    pub async fn update_list_entry(&self, e: &Scoped<ListEntry>, input: EntryInput) -> Result<ListEntry> {
        let m = list_entry::ActiveModel {
            id: Set(e.id),
            label_sv: Set(input.label_sv),
            label_en: Set(input.label_en),
            label_ar: Set(input.label_ar),
            grp: Set(input.group.map(|g| g.as_str().to_owned())),
            age_min: Set(input.age_min),
            age_max: Set(input.age_max),
            meeting: Set(input.meeting),
            ksi_code: Set(input.ksi_code),
            // An emptied hint is stored as empty, so the default is not seeded back.
            hint_sv: Set(input.hint_sv.or_else(|| Some(String::new()))),
            hint_en: Set(input.hint_en),
            hint_ar: Set(input.hint_ar),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        entry(m)
    }

    /// Retired entries are hidden from new input; old cases and statistics keep them.
    pub async fn set_list_entry_retired(&self, e: &Scoped<ListEntry>, retired: bool) -> Result<()> {
        list_entry::ActiveModel { id: Set(e.id), retired: Set(retired), ..Default::default() }
            .update(self.conn())
            .await?;
        Ok(())
    }
}
