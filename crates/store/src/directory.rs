//! The support directory's rows, stored as the HSDS tabular package lays them out (see migration
//! m0014): one table per object, one generic path for all 21.
use lotsen_hsds::spec::{OBJECTS, Obj, Type};
use lotsen_hsds::{Row, flat::number};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SimpleExpr};
use sea_orm::{ConnectionTrait, QueryResult};
use serde_json::Value;

use crate::{Result, Store, StoreError, Tx, now};

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

impl Tx {
    /// Stores rows by id: a new id is created, a known one updated to exactly these fields (what is
    /// absent becomes empty), an equal one left alone. Nothing is deleted. The maintaining unit of
    /// an existing row stays as it was.
    pub async fn put_directory_rows(&self, unit_id: Option<i64>, rows: &[Row]) -> Result<Counts> {
        let mut counts = Counts::default();
        let t = now();
        for row in rows {
            let obj = row.obj;
            let name = Alias::new(table(obj));
            match rows_of(self.conn(), obj, Some(row.id())).await?.into_iter().next() {
                Some(old) if old.fields == row.fields => counts.unchanged += 1,
                Some(_) => {
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
                    let mut cols: Vec<Alias> = obj.columns.iter().map(|c| Alias::new(c.name)).collect();
                    cols.push(Alias::new("lotsen_unit_id"));
                    cols.push(Alias::new("lotsen_updated_at"));
                    let mut vals: Vec<SimpleExpr> = obj.columns.iter().map(|c| value(row, c.name, c.ty)).collect();
                    vals.push(Expr::value(unit_id));
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
}
