//! The effect report ("effekthemtagning"): a unit's figures for a period beside the period before,
//! read from the case log, drop-in, outreach, concern reports, surveys and the manager's inputs,
//! every count protected (DESIGN rule 6). [`gather`] builds it once; the page, the API and the
//! exports all render the same [`Data`].
pub mod api;
pub mod chart;
pub mod compare;
pub mod export;
pub mod heading;
pub mod page;
pub mod pdf;
pub mod sheets;

use chrono::NaiveDate;
use lotsen_domain::report::figures::RowKey;
use lotsen_domain::report::period::{Period, Preset};
use serde::Deserialize;

use crate::forms::FieldErrors;

pub use lotsen_app::report::{Data, DropinTotals, OutreachRow, SurveyBlock, case_filter, entries, gather, inputs};

/// The period as asked for in a query string: a preset, or from–to.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PeriodQuery {
    pub period: String,
    pub from: String,
    pub to: String,
    /// `all`: the actor's unit and every unit whose report they may read, side by side.
    pub units: String,
}

impl PeriodQuery {
    /// Side by side asked for (it shows only when there are other units to show).
    pub fn all_units(&self) -> bool {
        self.units.trim() == "all"
    }
}

impl PeriodQuery {
    /// The period asked for, or the errors per field. No period at all means this year so far. A
    /// custom period is whole months (days typed are read as their months).
    pub fn resolve(&self, today: NaiveDate, first_case: Option<NaiveDate>) -> Result<Period, FieldErrors> {
        let custom = !self.from.trim().is_empty() || !self.to.trim().is_empty();
        if custom && matches!(self.period.trim(), "" | "custom") {
            return Period::custom(&self.from, &self.to, today).map_err(|errs| {
                let mut e = FieldErrors::default();
                for (field, invalid) in errs {
                    e.add(field, invalid.message_id);
                }
                e
            });
        }
        match self.period.trim() {
            "" | "custom" => Ok(Period::preset(Preset::ThisYear, today, first_case)),
            p => Preset::parse(p).map(|p| Period::preset(p, today, first_case)).ok_or_else(|| {
                let mut e = FieldErrors::default();
                e.add("period", "error-choose");
                e
            }),
        }
    }
}

/// The sentence on how small counts were hidden.
pub fn suppression_text(data: &Data, t: &crate::i18n::Tr) -> String {
    if data.side_by_side { t.get("report-units-help") } else { t.arg("report-suppression", "n", data.threshold) }
}

/// The link from a figure to its cases: `/cases?figure=…&report_from=…&report_to=…`.
pub fn case_link(key: &RowKey, p: &Period) -> String {
    format!("/cases?figure={}&report_from={}&report_to={}", key.code(), p.from, p.to)
}
