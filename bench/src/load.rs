//! Signed-in clients sending one scenario's requests at once, and what they measured.
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::PASSWORD;

pub(crate) struct Scenario {
    pub(crate) name: &'static str,
    pub(crate) latencies: Vec<Duration>,
    pub(crate) elapsed: Duration,
    pub(crate) errors: usize,
    /// Bytes of all answers' bodies.
    pub(crate) bytes: usize,
}

impl Scenario {
    pub(crate) fn pct(&self, p: f64) -> f64 {
        let mut v: Vec<f64> = self.latencies.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        v.sort_by(f64::total_cmp);
        if v.is_empty() {
            return 0.0;
        }
        v[((v.len() as f64 - 1.0) * p).round() as usize]
    }
}

pub(crate) async fn login(base: &str, username: &str) -> anyhow::Result<(reqwest::Client, String)> {
    let c = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build()?;
    let body = c.get(format!("{base}/login")).send().await?.text().await?;
    let i = body.find("name=\"csrf\" value=\"").ok_or_else(|| anyhow::anyhow!("no csrf"))? + 19;
    let csrf = body[i..].split('"').next().unwrap_or_default().to_owned();
    let r = c
        .post(format!("{base}/login"))
        .form(&[("csrf", csrf.as_str()), ("username", username), ("password", PASSWORD)])
        .send()
        .await?;
    anyhow::ensure!(r.status() == 303, "login failed: {}", r.status());
    Ok((c, csrf))
}

pub(crate) type Request = Arc<dyn Fn(&reqwest::Client, &str, usize) -> reqwest::RequestBuilder + Send + Sync>;

pub(crate) async fn run(
    name: &'static str,
    clients: &[(reqwest::Client, String)],
    base: &str,
    total: usize,
    make: Request,
) -> Scenario {
    let start = Instant::now();
    let per = total.div_ceil(clients.len());
    let mut tasks = Vec::new();
    for (w, (c, csrf)) in clients.iter().enumerate() {
        let (c, csrf, base, make) = (c.clone(), csrf.clone(), base.to_owned(), make.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(per);
            let mut errors = 0;
            let mut bytes = 0;
            for n in 0..per {
                let t = Instant::now();
                // The whole answer is read: the time is until its last byte, and the connection is reused.
                let ok = match make(&c, &base, w * per + n).header("x-csrf-token", csrf.as_str()).send().await {
                    Ok(r) => {
                        let good = r.status().is_success() || r.status().is_redirection();
                        let body = r.bytes().await;
                        bytes += body.as_ref().map_or(0, |b| b.len());
                        body.is_ok() && good
                    }
                    Err(_) => false,
                };
                lat.push(t.elapsed());
                if !ok {
                    errors += 1;
                }
            }
            (lat, errors, bytes)
        }));
    }
    let mut latencies = Vec::new();
    let (mut errors, mut bytes) = (0, 0);
    for t in tasks {
        if let Ok((l, e, b)) = t.await {
            latencies.extend(l);
            errors += e;
            bytes += b;
        }
    }
    Scenario { name, latencies, elapsed: start.elapsed(), errors, bytes }
}

/// The value of a hidden form field.
pub(crate) fn hidden(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let i = body.find(&marker)? + marker.len();
    Some(body[i..].split('"').next()?.to_owned())
}
