//! Who is calling, and what they may do.
//!
//! Access control has two visible steps: the session layer turns a cookie into an [`Actor`], and a
//! handler asks for a capability ([`Staff`], [`AdminOf`], [`ManagerOf`]) as an extractor. A handler
//! that changes a record then checks the record's unit with [`Actor::owns`].
use lotsen_domain::ids::{UnitId, UserId};
pub mod csrf;
pub mod login;
pub mod password;
pub mod session;
pub mod tokens;
pub mod two_factor;
pub mod two_factor_account;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::role::Role;

use crate::error::AppError;

/// A signed-in staff member, as loaded for this request.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: UserId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub unit_id: UnitId,
    pub unit_name: String,
    pub unit_version: i64,
    pub unit_has_logo: bool,
    /// The long-term programmes the unit runs.
    pub programmes: lotsen_domain::records::Programmes,
    /// The stored hash of this session's token.
    pub session: String,
}

impl Actor {
    /// Whether a record of `unit_id` is within this actor's unit.
    pub fn owns(&self, unit_id: UnitId) -> bool {
        self.unit_id == unit_id
    }

    /// Records of other units look exactly like records that do not exist.
    pub fn check_unit(&self, unit_id: UnitId) -> Result<(), AppError> {
        if self.owns(unit_id) { Ok(()) } else { Err(AppError::NotFound) }
    }
}

/// Not signed in: pages send the person to the sign-in page and back.
pub struct SignInFirst(String);

impl IntoResponse for SignInFirst {
    fn into_response(self) -> Response {
        let next = crate::links::encode_component(&self.0);
        Redirect::to(&format!("/login?next={next}")).into_response()
    }
}

fn actor(parts: &Parts) -> Result<Actor, SignInFirst> {
    parts.extensions.get::<Actor>().cloned().ok_or_else(|| {
        let pq = parts.uri.path_and_query().map_or("/", |pq| pq.as_str());
        SignInFirst(pq.to_owned())
    })
}

pub enum Rejection {
    SignIn(SignInFirst),
    Denied(AppError),
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        match self {
            Rejection::SignIn(s) => s.into_response(),
            Rejection::Denied(e) => e.into_response(),
        }
    }
}

/// Any signed-in staff member.
pub struct Staff(pub Actor);

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = SignInFirst;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        actor(parts).map(Staff)
    }
}

/// The optional actor, for pages open to everyone.
pub struct MaybeActor(pub Option<Actor>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeActor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeActor(parts.extensions.get::<Actor>().cloned()))
    }
}

macro_rules! capability {
    ($(#[$doc:meta])* $name:ident, $allowed:expr) => {
        $(#[$doc])*
        pub struct $name(pub Actor);

        impl<S: Send + Sync> FromRequestParts<S> for $name {
            type Rejection = Rejection;

            async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
                let a = actor(parts).map_err(Rejection::SignIn)?;
                let allowed: fn(Role) -> bool = $allowed;
                if allowed(a.role) { Ok($name(a)) } else { Err(Rejection::Denied(AppError::Forbidden)) }
            }
        }
    };
}

capability!(
    /// An admin of their unit: manages its accounts and settings.
    AdminOf,
    Role::administers
);
capability!(
    /// A coordinator or manager: works with the unit's cases.
    CaseWorker,
    Role::works_cases
);
capability!(
    /// An admin or manager: plans drop-in venues and series.
    PlansDropin,
    Role::plans_dropin
);
capability!(
    /// Anyone but an analyst: cancels and moves drop-in sessions and records who came.
    RunsDropin,
    Role::runs_dropin
);
capability!(
    /// Anyone but an analyst: keeps the support directory.
    KeepsDirectory,
    Role::keeps_directory
);
capability!(
    /// An admin or manager: words surveys and sets their goals.
    PlansSurveys,
    Role::plans_surveys
);
capability!(
    /// A coordinator, manager or analyst: reads the effect report.
    ReadsReport,
    Role::reads_report
);
capability!(
    /// A manager of their unit: reviews the audit log.
    ManagerOf,
    Role::reviews_audit_log
);

/// argon2 takes 19 MiB a run: at most as many runs at once as there are CPUs, and a bounded
/// queue behind them. A flood of sign-ins then costs a fixed amount of memory and gets "try again"
/// answers instead of exhausting the machine for everyone.
struct Gate {
    permits: tokio::sync::Semaphore,
    queued: std::sync::atomic::AtomicUsize,
    max_queued: usize,
}

fn gate() -> &'static Gate {
    static GATE: std::sync::OnceLock<Gate> = std::sync::OnceLock::new();
    GATE.get_or_init(|| {
        let cpus = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Gate {
            permits: tokio::sync::Semaphore::new(cpus),
            queued: std::sync::atomic::AtomicUsize::new(0),
            max_queued: cpus * 16,
        }
    })
}

/// Runs one argon2 computation through the [`Gate`], off the async threads.
async fn gated<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    use std::sync::atomic::Ordering;
    let g = gate();
    if g.queued.fetch_add(1, Ordering::SeqCst) >= g.max_queued {
        g.queued.fetch_sub(1, Ordering::SeqCst);
        return Err(crate::error::Busy.into());
    }
    let permit = g.permits.acquire().await;
    g.queued.fetch_sub(1, Ordering::SeqCst);
    let _permit = permit?;
    Ok(tokio::task::spawn_blocking(f).await?)
}

/// argon2id with the crate's defaults (m=19 MiB, t=2, p=1, OWASP's recommendation), off the
/// async threads because it is deliberately slow.
pub async fn hash_password(password: String) -> anyhow::Result<String> {
    gated(move || hash_now(&password)).await?
}

/// The same, for callers outside an async runtime.
pub fn hash_now(password: &str) -> anyhow::Result<String> {
    use argon2::PasswordHasher;
    argon2::Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

/// Checks a password against a stored PHC string. A missing user is checked against a throw-away
/// hash so that timing does not tell which user names exist.
pub async fn verify_password(password: String, hash: Option<String>) -> anyhow::Result<bool> {
    gated(move || {
        use argon2::PasswordVerifier;
        static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let stored = match &hash {
            Some(h) => h.as_str(),
            None => DUMMY.get_or_init(|| hash_now("no such user, no such password").unwrap_or_default()),
        };
        let ok = argon2::Argon2::default().verify_password(password.as_bytes(), stored).is_ok();
        Ok(ok && hash.is_some())
    })
    .await?
}
