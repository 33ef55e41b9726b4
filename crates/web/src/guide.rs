//! A short guide per role: what a coordinator, a manager, an analyst and an admin do in Lotsen,
//! step by step with links to the pages. Every signed-in staff member reads their own role's
//! first and can open the others'. The text lives in the language files.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use lotsen_domain::role::Role;
use serde::Deserialize;

use crate::auth::Staff;
use crate::pages::Chrome;

/// Steps per role: the key of each step (title `guide-{role}-{step}`, text `…-text`) and the page
/// it links to.
fn steps(role: Role) -> &'static [(&'static str, &'static str)] {
    match role {
        Role::Coordinator => &[
            ("register", "/cases/new"),
            ("find", "/cases"),
            ("correct", "/cases"),
            ("follow-up", "/"),
            ("intake", "/intake"),
            ("dropin", "/sessions"),
            ("outreach", "/outreach"),
        ],
        Role::Manager => &[
            ("cases", "/cases"),
            ("report", "/report"),
            ("inputs", "/report-inputs"),
            ("concerns", "/concern-reports"),
            ("audit", "/audit"),
        ],
        Role::Analyst => &[("report", "/report"), ("export", "/report"), ("surveys", "/surveys")],
        Role::Admin => &[
            ("users", "/admin/users"),
            ("lists", "/admin/lists"),
            ("unit", "/admin/unit"),
            ("import", "/admin/import"),
            ("dropin", "/sessions"),
        ],
    }
}

pub struct Step {
    pub title: String,
    pub text: String,
    pub link: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "guide.html")]
pub struct GuidePage {
    c: Chrome,
    role_label: String,
    own: bool,
    steps: Vec<Step>,
    others: Vec<(&'static str, String)>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GuideQuery {
    role: String,
}

/// `GET /guide?role=…`: the guide for a role, the caller's own by default.
pub async fn show(c: Chrome, Staff(actor): Staff, Query(q): Query<GuideQuery>) -> GuidePage {
    let role = Role::parse(&q.role).unwrap_or(actor.role);
    let name = role.as_str();
    let steps = steps(role)
        .iter()
        .map(|(key, link)| Step {
            title: c.t.get(format!("guide-{name}-{key}")),
            text: c.t.get(format!("guide-{name}-{key}-text")),
            link,
        })
        .collect();
    let others = Role::ALL
        .iter()
        .filter(|r| **r != role)
        .map(|r| (r.as_str(), c.t.get(format!("role-{}", r.as_str()))))
        .collect();
    let role_label = c.t.get(format!("role-{name}"));
    GuidePage { own: role == actor.role, role_label, steps, others, c }
}
