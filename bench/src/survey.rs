//! Residents answering the built-in survey through the public page at the same time.
use lotsen_domain::ids::UnitId;
use std::time::{Duration, Instant};

use lotsen_store::Store;

use crate::Args;
use crate::load::{Scenario, hidden};

/// What one survey client did: POST latencies, forms stored, forms sent twice, failures.
#[derive(Default)]
struct Answered {
    latencies: Vec<Duration>,
    sent: usize,
    resent: usize,
    errors: usize,
}

/// Residents answering the built-in survey at the same time, each through the public page: load
/// the form, send it; every tenth form is sent a second time (a double tap), which must not count.
/// Afterwards the stored responses are counted: none lost, none twice.
pub(crate) async fn survey_bench(
    label: &str,
    store: &Store,
    unit: UnitId,
    base: &str,
    args: &Args,
) -> anyhow::Result<String> {
    let survey = store
        .surveys(unit)
        .await?
        .into_iter()
        .find(|s| s.seed.as_deref() == Some("resident"))
        .ok_or_else(|| anyhow::anyhow!("no resident survey"))?;
    let before = store.survey_responses_total(survey.id).await?;
    let keys: Vec<String> = survey.current.definition.questions.iter().map(|q| format!("q_{}", q.key)).collect();
    let per = args.survey_submissions.div_ceil(args.survey_clients);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..args.survey_clients {
        let (base, code, keys) = (base.to_owned(), survey.code.clone(), keys.clone());
        tasks.push(tokio::spawn(async move {
            let c = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
            let mut a = Answered::default();
            for n in 0..per {
                let body = c.get(format!("{base}/s/{code}")).send().await?.text().await?;
                let (Some(token), Some(version)) = (hidden(&body, "token"), hidden(&body, "version")) else {
                    a.errors += 1;
                    continue;
                };
                let mut form =
                    vec![("token".to_owned(), token), ("version".to_owned(), version), ("lang".into(), "sv".into())];
                for (i, k) in keys.iter().enumerate() {
                    form.push((k.clone(), ["green", "yellow", "red"][(w + n + i) % 3].to_owned()));
                }
                let t = Instant::now();
                let r = c.post(format!("{base}/s/{code}")).form(&form).send().await?;
                a.latencies.push(t.elapsed());
                if r.status() == 303 {
                    a.sent += 1
                } else {
                    a.errors += 1
                }
                if n % 10 == 0 {
                    let again = c.post(format!("{base}/s/{code}")).form(&form).send().await?;
                    if again.status() == 303 { a.resent += 1 } else { a.errors += 1 }
                }
            }
            anyhow::Ok(a)
        }));
    }
    let mut all = Answered::default();
    for t in tasks {
        let a = t.await??;
        all.latencies.extend(a.latencies);
        all.sent += a.sent;
        all.resent += a.resent;
        all.errors += a.errors;
    }
    let elapsed = start.elapsed();
    let stored = (store.survey_responses_total(survey.id).await? - before) as usize;
    let s = Scenario { name: "survey", latencies: all.latencies, elapsed, errors: all.errors, bytes: 0 };
    Ok(format!(
        "| {label} | {} | {} | {} | {:.1} | {:.1} | {:.0} | {stored} | {} | {} | {} |",
        args.survey_clients,
        all.sent,
        all.resent,
        s.pct(0.50),
        s.pct(0.99),
        all.sent as f64 / elapsed.as_secs_f64(),
        all.sent.saturating_sub(stored),
        stored.saturating_sub(all.sent),
        all.errors,
    ))
}
