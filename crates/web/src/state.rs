use std::sync::Arc;

use lotsen_domain::clock::Clock;
use lotsen_store::Store;

pub use crate::keys::{Keys, hmac};

/// Settings the web layer needs, already checked by the command line's configuration.
#[derive(Clone)]
pub struct WebSettings {
    /// The address people use, e.g. `https://lotsen.example.se`; decides whether cookies are `Secure`.
    pub base_url: String,
    /// Shared by every node; keys for CSRF tokens and, later, field encryption are derived from it.
    pub secret_key: Vec<u8>,
    /// How many reverse proxies of our own stand in front (0: none). The client's address is the
    /// entry of `X-Forwarded-For` that many places from the right: entries further left are written
    /// by whoever sends the request, and cannot be trusted.
    pub trusted_proxies: usize,
    /// Public form submissions (surveys, contact form) per client address and minute; 0: no limit.
    pub public_per_minute: u32,
    /// `/metrics` answers only a request bearing this token; without one it is off.
    pub metrics_token: Option<String>,
    /// Admins signing in with a password must also give a code from an authenticator app (and
    /// set one up at their first sign-in). Off only for a trial on one's own laptop.
    pub admin_two_factor: bool,
    /// E-mail out; without it nothing is sent by e-mail.
    pub mail: Option<crate::outbox::MailSettings>,
    /// SMS out through a gateway; without it nothing is sent by SMS.
    pub sms: Option<crate::outbox::SmsSettings>,
    /// How often this node sends what waits in the outbox; `None`: never (a test sends itself).
    pub outbox_every: Option<std::time::Duration>,
}

impl std::fmt::Debug for WebSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebSettings")
            .field("base_url", &self.base_url)
            .field("secret_key", &"***")
            .field("trusted_proxies", &self.trusted_proxies)
            .field("public_per_minute", &self.public_per_minute)
            .field("metrics_token", &self.metrics_token.as_ref().map(|_| "***"))
            .field("admin_two_factor", &self.admin_two_factor)
            .field("mail", &self.mail)
            .field("sms", &self.sms)
            .field("outbox_every", &self.outbox_every)
            .finish()
    }
}

impl WebSettings {
    /// Settings for `base_url` and `secret_key`, everything else as by default: no proxy, 30 public
    /// forms a minute, no metrics, a second factor required of admins.
    pub fn new(base_url: impl Into<String>, secret_key: impl Into<Vec<u8>>) -> Self {
        Self {
            base_url: base_url.into(),
            secret_key: secret_key.into(),
            trusted_proxies: 0,
            public_per_minute: 30,
            metrics_token: None,
            admin_two_factor: true,
            mail: None,
            sms: None,
            outbox_every: Some(std::time::Duration::from_secs(10)),
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub settings: Arc<WebSettings>,
    pub keys: Arc<Keys>,
    pub limit: Arc<crate::public_form::RateLimit>,
    /// The support directory as searches read it.
    pub directory: Arc<lotsen_app::directory::cache::DirectoryCache>,
    /// The store's clock: what "now" and "today" are for every handler.
    pub clock: Clock,
}

impl AppState {
    /// The support directory as it is now (kept between requests).
    pub async fn snapshot(&self) -> Result<Arc<lotsen_app::directory::cache::Snapshot>, lotsen_store::StoreError> {
        self.directory.get(&self.store, &self.settings.base_url).await
    }

    pub fn new(store: Store, settings: WebSettings) -> Self {
        let keys = Keys::derive(&settings.secret_key);
        store.set_audit_key(keys.audit);
        let limit = Arc::new(crate::public_form::RateLimit::new(settings.public_per_minute));
        let clock = store.clock().clone();
        Self { store, settings: Arc::new(settings), keys: Arc::new(keys), limit, directory: Arc::default(), clock }
    }
}
