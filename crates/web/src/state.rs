use std::sync::Arc;

use hmac::{Hmac, Mac};
use lotsen_store::Store;
use sha2::Sha256;

/// Settings the web layer needs, already checked by the command line's configuration.
#[derive(Clone)]
pub struct WebSettings {
    /// The address people use, e.g. `https://lotsen.example.se`; decides whether cookies are `Secure`.
    pub base_url: String,
    /// Shared by every node; keys for CSRF tokens and, later, field encryption are derived from it.
    pub secret_key: Vec<u8>,
    /// Read the client address from `X-Forwarded-For` (only behind a trusted reverse proxy).
    pub trust_proxy: bool,
    /// Public form submissions (surveys, contact form) per client address and minute; 0: no limit.
    pub public_per_minute: u32,
}

impl std::fmt::Debug for WebSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebSettings")
            .field("base_url", &self.base_url)
            .field("secret_key", &"***")
            .field("trust_proxy", &self.trust_proxy)
            .field("public_per_minute", &self.public_per_minute)
            .finish()
    }
}

impl WebSettings {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// Keys derived from the secret, one per purpose, so no key is used for two things.
#[derive(Clone)]
pub struct Keys {
    pub csrf: [u8; 32],
    /// Seals identified details (see `privacy`).
    pub fields: [u8; 32],
    /// Signs the tokens of public forms (see `public_form`).
    pub forms: [u8; 32],
}

impl Keys {
    fn derive(secret: &[u8]) -> Self {
        let mut csrf = [0_u8; 32];
        csrf.copy_from_slice(&hmac(secret, b"lotsen/csrf/v1"));
        let mut fields = [0_u8; 32];
        fields.copy_from_slice(&hmac(secret, b"lotsen/fields/v1"));
        let mut forms = [0_u8; 32];
        forms.copy_from_slice(&hmac(secret, b"lotsen/forms/v1"));
        Self { csrf, fields, forms }
    }
}

pub fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub settings: Arc<WebSettings>,
    pub keys: Arc<Keys>,
    pub limit: Arc<crate::public_form::RateLimit>,
    /// The support directory as searches read it.
    pub directory: Arc<crate::directory::cache::DirectoryCache>,
}

impl AppState {
    /// The support directory as it is now (kept between requests).
    pub async fn snapshot(&self) -> Result<Arc<crate::directory::cache::Snapshot>, lotsen_store::StoreError> {
        self.directory.get(&self.store, &self.settings.base_url).await
    }

    pub fn new(store: Store, settings: WebSettings) -> Self {
        let keys = Keys::derive(&settings.secret_key);
        let limit = Arc::new(crate::public_form::RateLimit::new(settings.public_per_minute));
        Self { store, settings: Arc::new(settings), keys: Arc::new(keys), limit, directory: Arc::default() }
    }
}
