//! Versioned schema steps, the same for SQLite and PostgreSQL. Each runs in its own transaction.
use sea_orm_migration::prelude::*;

mod m0001_foundation;
mod m0002_case_log;
mod m0003_api_tokens;
mod m0004_case_list_index;
mod m0005_dropin;
mod m0006_surveys;
mod m0007_inquiries;
mod m0008_outreach;
mod m0009_concern_reports;
mod m0010_report_inputs;
mod m0011_case_summary;
mod m0012_report_indexes;
mod m0013_report_readers;
mod m0014_directory;
mod m0015_directory_links;
mod m0016_survey_daily_cap;
mod m0017_records_decision;
mod m0018_persons;
mod m0019_journal;
mod m0020_retention;
mod m0021_log_review;
mod m0022_extended_contact;
mod m0023_families;
mod m0024_family_plans;
mod m0025_housing;
mod m0026_daily_use;
mod m0027_unit_public;
mod m0028_follow;
mod m0029_unit_referrals;
mod m0030_referral_consent;
mod m0031_installation;
mod m0032_two_factor;
mod m0033_outbox;
mod m0034_totp_pending;

pub use m0016_survey_daily_cap::DEFAULT_DAILY_CAP;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::Migration),
            Box::new(m0002_case_log::Migration),
            Box::new(m0003_api_tokens::Migration),
            Box::new(m0004_case_list_index::Migration),
            Box::new(m0005_dropin::Migration),
            Box::new(m0006_surveys::Migration),
            Box::new(m0007_inquiries::Migration),
            Box::new(m0008_outreach::Migration),
            Box::new(m0009_concern_reports::Migration),
            Box::new(m0010_report_inputs::Migration),
            Box::new(m0011_case_summary::Migration),
            Box::new(m0012_report_indexes::Migration),
            Box::new(m0013_report_readers::Migration),
            Box::new(m0014_directory::Migration),
            Box::new(m0015_directory_links::Migration),
            Box::new(m0016_survey_daily_cap::Migration),
            Box::new(m0017_records_decision::Migration),
            Box::new(m0018_persons::Migration),
            Box::new(m0019_journal::Migration),
            Box::new(m0020_retention::Migration),
            Box::new(m0021_log_review::Migration),
            Box::new(m0022_extended_contact::Migration),
            Box::new(m0023_families::Migration),
            Box::new(m0024_family_plans::Migration),
            Box::new(m0025_housing::Migration),
            Box::new(m0026_daily_use::Migration),
            Box::new(m0027_unit_public::Migration),
            Box::new(m0028_follow::Migration),
            Box::new(m0029_unit_referrals::Migration),
            Box::new(m0030_referral_consent::Migration),
            Box::new(m0031_installation::Migration),
            Box::new(m0032_two_factor::Migration),
            Box::new(m0033_outbox::Migration),
            Box::new(m0034_totp_pending::Migration),
        ]
    }
}
