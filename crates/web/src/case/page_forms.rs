//! The forms on a case's page as submitted: a contact, a referral and its progress, a follow-up,
//! closing. The page shows them (`show`), the work on the case checks and saves them (`work`).
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    #[serde(rename = "contact-on")]
    pub on: String,
    #[serde(rename = "contact-mode")]
    pub mode: String,
    #[serde(rename = "contact-minutes")]
    pub minutes: String,
    #[serde(rename = "contact-note")]
    pub note: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ReferralForm {
    #[serde(rename = "referral-destination")]
    pub destination: String,
    #[serde(rename = "referral-kind")]
    pub kind: String,
    #[serde(rename = "referral-on")]
    pub on: String,
    #[serde(rename = "referral-consent")]
    pub consent: Option<String>,
    #[serde(rename = "referral-follow-up")]
    pub follow_up: Option<String>,
    #[serde(rename = "referral-follow-up-on")]
    pub follow_up_on: String,
    /// A service suggested from the directory, instead of a destination from the list.
    #[serde(rename = "referral-service")]
    pub service: String,
    /// The resident's language the suggestions were made for (not stored).
    pub language: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ReferralUpdateForm {
    pub status: String,
    pub consent: Option<String>,
    pub info_shared: Option<String>,
    pub established_on: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FollowUpForm {
    #[serde(rename = "follow-up-due-on")]
    pub due_on: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FollowUpDoneForm {
    pub outcome: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CloseForm {
    #[serde(rename = "close-outcome")]
    pub outcome: String,
    #[serde(rename = "close-on")]
    pub closed_on: String,
    #[serde(rename = "close-forget")]
    pub forget: Option<String>,
    #[serde(rename = "close-follow-up")]
    pub follow_up: Option<String>,
    #[serde(rename = "close-follow-up-on")]
    pub follow_up_on: String,
    /// The resident chose extended contact: the agreement's page follows.
    #[serde(rename = "close-extended")]
    pub extended: Option<String>,
}
