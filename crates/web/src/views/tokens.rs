//! An API token as the owner's page and the administrator's list show it.
use lotsen_store::TokenRecord;

pub struct TokenView {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub last_used: String,
    pub revoked: bool,
}

fn day(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|t| t.with_timezone(&chrono_tz::Europe::Stockholm).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

pub fn view(t: TokenRecord) -> TokenView {
    TokenView {
        id: t.id,
        name: t.name,
        created: day(t.created_at),
        last_used: t.last_used_at.map(day).unwrap_or_default(),
        revoked: t.revoked_at.is_some(),
    }
}
