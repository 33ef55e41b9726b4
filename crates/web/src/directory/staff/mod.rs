//! The directory for staff (`/directory`): find services, add and edit them, mark them checked
//! ("last verified", HSDS `assured_date`), retire them, and see which have not been checked in
//! twelve months. Internal entries (the referral destinations until someone completes them) are
//! shown here and nowhere public. Every change commits with its audit row.
//!
//! This module is the list; [`form`] shows the service form, [`parts`] finds the rows a service
//! already has, [`rows`] turns a filled-in form into HSDS rows, [`save`] stores them.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::{Days, NaiveDate};
use lotsen_domain::search;
use lotsen_hsds::{Index, Row};
use serde::Deserialize;

use crate::auth::KeepsDirectory;
use crate::error::AppResult;
use crate::forms::Opt;
use crate::pages::Chrome;
use crate::state::AppState;

mod form;
mod organization;
mod parts;
mod rows;
mod save;

pub use form::{edit, new};
pub use organization::{show as organization, update as update_organization};
pub use save::{create, retire, update};

/// Rows a page of the staff list.
const PER_PAGE: usize = 50;

/// Not checked for this long is "not verified".
const VERIFY_DAYS: u64 = 365;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    show: String,
    page: String,
    done: String,
}

pub struct Line {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub organization_id: String,
    pub status: String,
    pub internal: bool,
    /// Maintained by the reader's unit: editable; another unit's public entry is shown, not edited.
    pub mine: bool,
    pub retired: bool,
    pub verified: String,
    pub stale: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "directory/list.html")]
pub struct ListPage {
    c: Chrome,
    q: String,
    shows: Vec<Opt>,
    lines: Vec<Line>,
    total: usize,
    stale: usize,
    page: usize,
    pages: usize,
    prev_query: String,
    next_query: String,
    notice: Option<String>,
}

/// Not checked in twelve months (or never), and not retired.
fn is_stale(s: &Row, retired: bool, today: NaiveDate) -> bool {
    let limit = today - Days::new(VERIFY_DAYS);
    !retired
        && s.text("assured_date")
            .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok())
            .is_none_or(|d| d < limit)
}

pub(super) fn status_label(c: &Chrome, status: &str) -> String {
    c.t.get(format!("directory-status-{}", status.replace(' ', "-")))
}

/// `GET /directory`
pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(actor): KeepsDirectory,
    Query(q): Query<ListQuery>,
) -> AppResult<ListPage> {
    let snap = state.snapshot().await?;
    let ix = &snap.all;
    let today = state.clock.today();
    let show = match q.show.as_str() {
        "unverified" | "internal" | "retired" => q.show.clone(),
        _ => "current".to_owned(),
    };
    let texts = snap.staff_texts();
    let matched = texts.find(&search::Query::parse(&q.q));
    let found: Vec<&Row> = matched
        .iter()
        .filter_map(|n| ix.get("service", &texts.ids[n]))
        // Another unit's internal entries are its own business.
        .filter(|s| snap.flags.seen_by(actor.unit_id, s.id()))
        .filter(|s| {
            let retired = snap.flags.retired.contains(s.id());
            match show.as_str() {
                // Each unit checks what it maintains.
                "unverified" => is_stale(s, retired, today) && snap.flags.owned_by(actor.unit_id, s.id()),
                "internal" => !retired && snap.flags.internal.contains(s.id()),
                "retired" => retired,
                _ => !retired,
            }
        })
        .collect();
    let stale = ix
        .all("service")
        .filter(|s| snap.flags.owned_by(actor.unit_id, s.id()))
        .filter(|s| is_stale(s, snap.flags.retired.contains(s.id()), today))
        .count();
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = q.page.trim().parse::<usize>().unwrap_or(1).clamp(1, pages);
    let lines = found
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|s| {
            let retired = snap.flags.retired.contains(s.id());
            Line {
                id: s.id().to_owned(),
                name: s.text("name").unwrap_or_default().to_owned(),
                organization: organization_name(ix, s),
                organization_id: s
                    .text("organization_id")
                    .filter(|o| ix.get("organization", o).is_some() && snap.flags.owned_by(actor.unit_id, o))
                    .unwrap_or_default()
                    .to_owned(),
                status: status_label(&c, s.text("status").unwrap_or("active")),
                internal: snap.flags.internal.contains(s.id()),
                mine: snap.flags.owned_by(actor.unit_id, s.id()),
                retired,
                verified: s.text("assured_date").unwrap_or_default().to_owned(),
                stale: is_stale(s, retired, today) && snap.flags.owned_by(actor.unit_id, s.id()),
            }
        })
        .collect();
    let shows = ["current", "unverified", "internal", "retired"]
        .iter()
        .map(|x| Opt { value: (*x).to_owned(), label: c.t.get(format!("directory-show-{x}")), selected: *x == show })
        .collect();
    let base = format!("q={}&show={show}", crate::links::encode_component(&q.q));
    let notice = ["created", "saved", "retired", "restored", "verified"]
        .contains(&q.done.as_str())
        .then(|| format!("directory-done-{}", q.done));
    Ok(ListPage {
        q: q.q,
        shows,
        lines,
        total,
        stale,
        page,
        pages,
        prev_query: format!("{base}&page={}", page.saturating_sub(1).max(1)),
        next_query: format!("{base}&page={}", (page + 1).min(pages)),
        notice,
        c,
    })
}

fn organization_name(ix: &Index, s: &Row) -> String {
    s.text("organization_id")
        .and_then(|id| ix.get("organization", id))
        .and_then(|o| o.text("name"))
        .unwrap_or_default()
        .to_owned()
}
