//! The support directory's rows, stored as the HSDS tabular package lays them out (see migration
//! m0014): one table per object, one generic path for all 21.
use lotsen_domain::ids::UnitId;
use lotsen_hsds::spec::{OBJECTS, Obj, Type};
use lotsen_hsds::{Row, flat::number};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SimpleExpr};
use sea_orm::{ConnectionTrait, EntityTrait, QueryResult};
use serde_json::Value;

use crate::{Result, Store, StoreError, Tx};

/// The table of an object: `dir_` and its CSV file's name (`dir_services`).
pub fn table(obj: &Obj) -> String {
    format!("dir_{}", obj.file.trim_end_matches(".csv"))
}

/// What a write did to each row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

fn select(obj: &Obj) -> sea_orm::sea_query::SelectStatement {
    let mut q = Query::select();
    for c in obj.columns {
        q.column(Alias::new(c.name));
    }
    q.from(Alias::new(table(obj))).to_owned()
}

fn read(obj: &'static Obj, r: &QueryResult) -> Result<Row> {
    let mut row = Row::new(obj);
    for (i, c) in obj.columns.iter().enumerate() {
        let v = match c.ty {
            Type::Text => r.try_get_by_index::<Option<String>>(i)?.map(Value::String),
            Type::Number => r.try_get_by_index::<Option<f64>>(i)?.and_then(number),
        };
        if let Some(v) = v {
            row.fields.insert(c.name.to_owned(), v);
        }
    }
    Ok(row)
}

/// A row's value for one column, as the database takes it (NULL when absent).
fn value(row: &Row, name: &str, ty: Type) -> SimpleExpr {
    let v = row.fields.get(name);
    match ty {
        Type::Text => Expr::value(v.and_then(Value::as_str).map(str::to_owned)),
        Type::Number => Expr::value(v.and_then(Value::as_f64)),
    }
}

async fn rows_of<C: ConnectionTrait>(conn: &C, obj: &'static Obj, id: Option<&str>) -> Result<Vec<Row>> {
    let mut q = select(obj);
    match id {
        Some(id) => {
            q.and_where(Expr::col(Alias::new("id")).eq(id));
        }
        None => {
            q.order_by(Alias::new("id"), sea_orm::sea_query::Order::Asc);
        }
    }
    conn.query_all(&q).await?.iter().map(|r| read(obj, r)).collect()
}

impl Store {
    /// Every row of every directory table, table by table in the package's order, each by id.
    pub async fn directory_rows(&self) -> Result<Vec<Row>> {
        let mut out = Vec::new();
        for obj in OBJECTS {
            out.extend(rows_of(self.conn(), obj, None).await?);
        }
        Ok(out)
    }

    /// One row by object and id.
    pub async fn directory_row(&self, obj: &'static Obj, id: &str) -> Result<Option<Row>> {
        Ok(rows_of(self.conn(), obj, Some(id)).await?.into_iter().next())
    }
}

/// Who writes directory rows: a unit, which may change only the rows it maintains, or Lotsen itself
/// for the rows every unit shares (the translation terms), which no unit may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Writer {
    Unit(UnitId),
    Lotsen,
}

impl Writer {
    fn unit(self) -> Option<UnitId> {
        match self {
            Writer::Unit(u) => Some(u),
            Writer::Lotsen => None,
        }
    }
}

/// A directory entry (a service, an organisation or a location) as read for the unit that
/// maintains it. Only [`Tx::owned`] and [`Tx::new_owned`] make one, after comparing the entry's
/// unit, and the writes that change an entry take one: a change to another unit's entry cannot
/// be written, by mistake or by a changed id in a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owned {
    obj: &'static Obj,
    id: String,
    unit_id: UnitId,
}

impl Owned {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn unit_id(&self) -> UnitId {
        self.unit_id
    }

    /// The HSDS object: "service", "organization" or "location".
    pub fn object(&self) -> &'static str {
        self.obj.name
    }

    fn table(&self) -> Alias {
        Alias::new(table(self.obj))
    }
}

/// The unit maintaining a stored row: `None` when there is no such row, `Some(None)` for a row
/// that is Lotsen's own.
async fn owner_of<C: ConnectionTrait>(conn: &C, obj: &Obj, id: &str) -> Result<Option<Option<UnitId>>> {
    let q = Query::select()
        .column(Alias::new("lotsen_unit_id"))
        .from(Alias::new(table(obj)))
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    Ok(match conn.query_one(&q).await? {
        Some(r) => Some(r.try_get_by_index::<Option<UnitId>>(0)?),
        None => None,
    })
}

/// The entries a unit has without a stored row: its own service and organisation, made from its
/// drop-in plan until staff first save them.
pub fn own_entry_ids(unit_id: UnitId) -> [String; 2] {
    [crate::derived_id(&format!("unit/{unit_id}/service")), crate::derived_id(&format!("unit/{unit_id}/organization"))]
}

const ENTRIES: [&str; 3] = ["service", "organization", "location"];

impl Store {
    /// Which unit maintains each of `ids` of `obj` that is stored (Lotsen's own rows are left out).
    pub async fn directory_owners(
        &self,
        obj: &'static Obj,
        ids: &[&str],
    ) -> Result<std::collections::HashMap<String, i64>> {
        let mut out = std::collections::HashMap::new();
        for chunk in ids.chunks(500) {
            let q = Query::select()
                .columns([Alias::new("id"), Alias::new("lotsen_unit_id")])
                .from(Alias::new(table(obj)))
                .and_where(Expr::col(Alias::new("id")).is_in(chunk.iter().copied()))
                .and_where(Expr::col(Alias::new("lotsen_unit_id")).is_not_null())
                .to_owned();
            for r in self.conn().query_all(&q).await? {
                out.insert(r.try_get_by_index::<String>(0)?, r.try_get_by_index::<i64>(1)?);
            }
        }
        Ok(out)
    }
}

impl Tx {
    /// Entry `id` of `obj` ("service", "organization", "location") if `unit_id` maintains it:
    /// a stored row of the unit's, or the unit's own service or organisation before staff first
    /// saved it. `None` for another unit's entry, Lotsen's own, or one that does not exist.
    pub async fn owned(&self, unit_id: UnitId, obj: &str, id: &str) -> Result<Option<Owned>> {
        let Some(o) = lotsen_hsds::spec::object(obj).filter(|o| ENTRIES.contains(&o.name)) else {
            return Ok(None);
        };
        let mine = match owner_of(self.conn(), o, id).await? {
            Some(owner) => owner == Some(unit_id),
            None => o.name != "location" && own_entry_ids(unit_id).iter().any(|x| x == id),
        };
        Ok(mine.then(|| Owned { obj: o, id: id.to_owned(), unit_id }))
    }

    /// A new entry of `obj` for `unit_id`, under a fresh id; nothing is stored until rows are put.
    pub fn new_owned(&self, unit_id: UnitId, obj: &str) -> Option<Owned> {
        let o = lotsen_hsds::spec::object(obj).filter(|o| ENTRIES.contains(&o.name))?;
        Some(Owned { obj: o, id: uuid::Uuid::new_v4().to_string(), unit_id })
    }

    /// Stores rows by id for `unit_id`: a new id is created as the unit's, a known one updated to
    /// exactly these fields (what is absent becomes empty), an equal one left alone. Nothing is
    /// deleted. A row that would change and is maintained by another unit (or is Lotsen's own)
    /// stops everything with [`StoreError::NotOwned`]: the transaction is then not to be committed.
    pub async fn put_directory_rows(&self, unit_id: UnitId, rows: &[Row]) -> Result<Counts> {
        self.put_rows(Writer::Unit(unit_id), rows).await
    }

    pub(crate) async fn put_rows(&self, writer: Writer, rows: &[Row]) -> Result<Counts> {
        let mut counts = Counts::default();
        let t = self.now();
        // Other units' own services and organisations, which exist before anything is stored.
        let mut others_own: Option<std::collections::HashSet<String>> = None;
        for row in rows {
            let obj = row.obj;
            let name = Alias::new(table(obj));
            match rows_of(self.conn(), obj, Some(row.id())).await?.into_iter().next() {
                Some(old) if old.fields == row.fields => counts.unchanged += 1,
                Some(_) => {
                    if let Writer::Unit(u) = writer
                        && owner_of(self.conn(), obj, row.id()).await? != Some(Some(u))
                    {
                        return Err(StoreError::NotOwned { object: obj.name, id: row.id().to_owned() });
                    }
                    let mut q = Query::update();
                    q.table(name);
                    for c in obj.columns.iter().filter(|c| c.name != "id") {
                        q.value(Alias::new(c.name), value(row, c.name, c.ty));
                    }
                    q.value(Alias::new("lotsen_updated_at"), t);
                    q.and_where(Expr::col(Alias::new("id")).eq(row.id()));
                    self.conn().execute(&q).await?;
                    counts.updated += 1;
                }
                None => {
                    if let Writer::Unit(u) = writer
                        && ENTRIES[..2].contains(&obj.name)
                    {
                        if others_own.is_none() {
                            let units = crate::entity::unit::Entity::find().all(self.conn()).await?;
                            others_own =
                                Some(units.iter().filter(|x| x.id != u).flat_map(|x| own_entry_ids(x.id)).collect());
                        }
                        if others_own.as_ref().is_some_and(|o| o.contains(row.id())) {
                            return Err(StoreError::NotOwned { object: obj.name, id: row.id().to_owned() });
                        }
                    }
                    let mut cols: Vec<Alias> = obj.columns.iter().map(|c| Alias::new(c.name)).collect();
                    cols.push(Alias::new("lotsen_unit_id"));
                    cols.push(Alias::new("lotsen_updated_at"));
                    let mut vals: Vec<SimpleExpr> = obj.columns.iter().map(|c| value(row, c.name, c.ty)).collect();
                    vals.push(Expr::value(writer.unit()));
                    vals.push(Expr::value(t));
                    let q = Query::insert()
                        .into_table(name)
                        .columns(cols)
                        .values(vals)
                        .map_err(|e| StoreError::Unavailable(e.to_string()))?
                        .to_owned();
                    self.conn().execute(&q).await?;
                    counts.created += 1;
                }
            }
        }
        if counts.created + counts.updated > 0 {
            self.touch_directory().await?;
        }
        Ok(counts)
    }

    /// Updates one column of an owned entry's stored row, only if it is still the owner's.
    pub(crate) async fn set_owned(&self, e: &Owned, column: &str, v: SimpleExpr) -> Result<()> {
        let q = Query::update()
            .table(e.table())
            .value(Alias::new(column), v)
            .and_where(Expr::col(Alias::new("id")).eq(e.id()))
            .and_where(Expr::col(Alias::new("lotsen_unit_id")).eq(e.unit_id))
            .to_owned();
        self.conn().execute(&q).await?;
        self.touch_directory().await
    }
}
