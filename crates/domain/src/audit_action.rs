//! Everything the audit log records. Each action has the dotted name it is stored and searched by
//! (`case.create`, `logout`); the names are part of the log's format and never change once written.

/// One kind of audited event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuditAction {
    /// `case.close`
    CaseClose,
    /// `case.create`
    CaseCreate,
    /// `case.import`
    CaseImport,
    /// `case.keep`
    CaseKeep,
    /// `case.reopen`
    CaseReopen,
    /// `case.update`
    CaseUpdate,
    /// `audit.export`
    AuditExport,
    /// `concern.import`
    ConcernImport,
    /// `concern.update`
    ConcernUpdate,
    /// `contact.create`
    ContactCreate,
    /// `directory.export`
    DirectoryExport,
    /// `directory.import`
    DirectoryImport,
    /// `directory.organization.update`
    DirectoryOrganizationUpdate,
    /// `directory.service.create`
    DirectoryServiceCreate,
    /// `directory.service.restore`
    DirectoryServiceRestore,
    /// `directory.service.retire`
    DirectoryServiceRetire,
    /// `directory.service.update`
    DirectoryServiceUpdate,
    /// `directory.service.verify`
    DirectoryServiceVerify,
    /// `dropin.cancel`
    DropinCancel,
    /// `dropin.move`
    DropinMove,
    /// `dropin.restore`
    DropinRestore,
    /// `dropin.visit`
    DropinVisit,
    /// `dropin_series.create`
    DropinSeriesCreate,
    /// `dropin_series.end`
    DropinSeriesEnd,
    /// `dropin_series.split`
    DropinSeriesSplit,
    /// `dropin_series.update`
    DropinSeriesUpdate,
    /// `feedback.read`
    FeedbackRead,
    /// `feedback.view`
    FeedbackView,
    /// `follow_up.complete`
    FollowUpComplete,
    /// `follow_up.create`
    FollowUpCreate,
    /// `identity.create`
    IdentityCreate,
    /// `identity.forget`
    IdentityForget,
    /// `identity.update`
    IdentityUpdate,
    /// `identity.view`
    IdentityView,
    /// `inquiry.case`
    InquiryCase,
    /// `inquiry.close`
    InquiryClose,
    /// `inquiry.expire`
    InquiryExpire,
    /// `inquiry.view`
    InquiryView,
    /// `extended.check_in`
    ExtendedCheckIn,
    /// `extended.create`
    ExtendedCreate,
    /// `extended.end`
    ExtendedEnd,
    /// `journal.create`
    JournalCreate,
    /// `journal.sign`
    JournalSign,
    /// `journal.update`
    JournalUpdate,
    /// `journal.view`
    JournalView,
    /// `list.create`
    ListCreate,
    /// `list.restore`
    ListRestore,
    /// `list.retire`
    ListRetire,
    /// `list.update`
    ListUpdate,
    /// `log_review.start`
    LogReviewStart,
    /// `log_review.mark`
    LogReviewMark,
    /// `log_review.sign`
    LogReviewSign,
    /// `login.failure`
    LoginFailure,
    /// `login.success`
    LoginSuccess,
    /// `login.throttled`
    LoginThrottled,
    /// `logout`
    Logout,
    /// `outreach.create`
    OutreachCreate,
    /// `outreach.update`
    OutreachUpdate,
    /// `person.create`
    PersonCreate,
    /// `person.update`
    PersonUpdate,
    /// `person.view`
    PersonView,
    /// `referral.create`
    ReferralCreate,
    /// `referral.update`
    ReferralUpdate,
    /// `records.request`
    RecordsRequest,
    /// `report.export`
    ReportExport,
    /// `retention.run`
    RetentionRun,
    /// `retention.cull`
    RetentionCull,
    /// `report.reader.add`
    ReportReaderAdd,
    /// `report.reader.remove`
    ReportReaderRemove,
    /// `report_input.create`
    ReportInputCreate,
    /// `report_input.remove`
    ReportInputRemove,
    /// `setup.complete`
    SetupComplete,
    /// `survey.create`
    SurveyCreate,
    /// `survey.update`
    SurveyUpdate,
    /// `survey_invitation.create`
    SurveyInvitationCreate,
    /// `token.create`
    TokenCreate,
    /// `token.revoke`
    TokenRevoke,
    /// `unit.create`
    UnitCreate,
    /// `unit.logo`
    UnitLogo,
    /// `unit.privacy`
    UnitPrivacy,
    /// `unit.records`
    UnitRecords,
    /// `unit.retention`
    UnitRetention,
    /// `unit.update`
    UnitUpdate,
    /// `user.create`
    UserCreate,
    /// `user.disable`
    UserDisable,
    /// `user.enable`
    UserEnable,
    /// `user.password`
    UserPassword,
    /// `user.password_reset`
    UserPasswordReset,
    /// `user.update`
    UserUpdate,
    /// `venue.create`
    VenueCreate,
    /// `venue.update`
    VenueUpdate,
}

impl AuditAction {
    pub const ALL: [AuditAction; 91] = [
        AuditAction::CaseClose,
        AuditAction::CaseCreate,
        AuditAction::CaseImport,
        AuditAction::CaseKeep,
        AuditAction::CaseReopen,
        AuditAction::CaseUpdate,
        AuditAction::AuditExport,
        AuditAction::ConcernImport,
        AuditAction::ConcernUpdate,
        AuditAction::ContactCreate,
        AuditAction::DirectoryExport,
        AuditAction::DirectoryImport,
        AuditAction::DirectoryOrganizationUpdate,
        AuditAction::DirectoryServiceCreate,
        AuditAction::DirectoryServiceRestore,
        AuditAction::DirectoryServiceRetire,
        AuditAction::DirectoryServiceUpdate,
        AuditAction::DirectoryServiceVerify,
        AuditAction::DropinCancel,
        AuditAction::DropinMove,
        AuditAction::DropinRestore,
        AuditAction::DropinVisit,
        AuditAction::DropinSeriesCreate,
        AuditAction::DropinSeriesEnd,
        AuditAction::DropinSeriesSplit,
        AuditAction::DropinSeriesUpdate,
        AuditAction::FeedbackRead,
        AuditAction::FeedbackView,
        AuditAction::FollowUpComplete,
        AuditAction::FollowUpCreate,
        AuditAction::IdentityCreate,
        AuditAction::IdentityForget,
        AuditAction::IdentityUpdate,
        AuditAction::IdentityView,
        AuditAction::InquiryCase,
        AuditAction::InquiryClose,
        AuditAction::InquiryExpire,
        AuditAction::InquiryView,
        AuditAction::ExtendedCheckIn,
        AuditAction::ExtendedCreate,
        AuditAction::ExtendedEnd,
        AuditAction::JournalCreate,
        AuditAction::JournalSign,
        AuditAction::JournalUpdate,
        AuditAction::JournalView,
        AuditAction::ListCreate,
        AuditAction::ListRestore,
        AuditAction::ListRetire,
        AuditAction::ListUpdate,
        AuditAction::LogReviewStart,
        AuditAction::LogReviewMark,
        AuditAction::LogReviewSign,
        AuditAction::LoginFailure,
        AuditAction::LoginSuccess,
        AuditAction::LoginThrottled,
        AuditAction::Logout,
        AuditAction::OutreachCreate,
        AuditAction::OutreachUpdate,
        AuditAction::PersonCreate,
        AuditAction::PersonUpdate,
        AuditAction::PersonView,
        AuditAction::ReferralCreate,
        AuditAction::ReferralUpdate,
        AuditAction::RecordsRequest,
        AuditAction::ReportExport,
        AuditAction::RetentionRun,
        AuditAction::RetentionCull,
        AuditAction::ReportReaderAdd,
        AuditAction::ReportReaderRemove,
        AuditAction::ReportInputCreate,
        AuditAction::ReportInputRemove,
        AuditAction::SetupComplete,
        AuditAction::SurveyCreate,
        AuditAction::SurveyUpdate,
        AuditAction::SurveyInvitationCreate,
        AuditAction::TokenCreate,
        AuditAction::TokenRevoke,
        AuditAction::UnitCreate,
        AuditAction::UnitLogo,
        AuditAction::UnitPrivacy,
        AuditAction::UnitRecords,
        AuditAction::UnitRetention,
        AuditAction::UnitUpdate,
        AuditAction::UserCreate,
        AuditAction::UserDisable,
        AuditAction::UserEnable,
        AuditAction::UserPassword,
        AuditAction::UserPasswordReset,
        AuditAction::UserUpdate,
        AuditAction::VenueCreate,
        AuditAction::VenueUpdate,
    ];

    /// The name in the log.
    pub const fn as_str(self) -> &'static str {
        match self {
            AuditAction::CaseClose => "case.close",
            AuditAction::CaseCreate => "case.create",
            AuditAction::CaseKeep => "case.keep",
            AuditAction::CaseImport => "case.import",
            AuditAction::CaseReopen => "case.reopen",
            AuditAction::CaseUpdate => "case.update",
            AuditAction::AuditExport => "audit.export",
            AuditAction::ConcernImport => "concern.import",
            AuditAction::ConcernUpdate => "concern.update",
            AuditAction::ContactCreate => "contact.create",
            AuditAction::DirectoryExport => "directory.export",
            AuditAction::DirectoryImport => "directory.import",
            AuditAction::DirectoryOrganizationUpdate => "directory.organization.update",
            AuditAction::DirectoryServiceCreate => "directory.service.create",
            AuditAction::DirectoryServiceRestore => "directory.service.restore",
            AuditAction::DirectoryServiceRetire => "directory.service.retire",
            AuditAction::DirectoryServiceUpdate => "directory.service.update",
            AuditAction::DirectoryServiceVerify => "directory.service.verify",
            AuditAction::DropinCancel => "dropin.cancel",
            AuditAction::DropinMove => "dropin.move",
            AuditAction::DropinRestore => "dropin.restore",
            AuditAction::DropinVisit => "dropin.visit",
            AuditAction::DropinSeriesCreate => "dropin_series.create",
            AuditAction::DropinSeriesEnd => "dropin_series.end",
            AuditAction::DropinSeriesSplit => "dropin_series.split",
            AuditAction::DropinSeriesUpdate => "dropin_series.update",
            AuditAction::FeedbackRead => "feedback.read",
            AuditAction::FeedbackView => "feedback.view",
            AuditAction::FollowUpComplete => "follow_up.complete",
            AuditAction::FollowUpCreate => "follow_up.create",
            AuditAction::IdentityCreate => "identity.create",
            AuditAction::IdentityForget => "identity.forget",
            AuditAction::IdentityUpdate => "identity.update",
            AuditAction::IdentityView => "identity.view",
            AuditAction::InquiryCase => "inquiry.case",
            AuditAction::InquiryClose => "inquiry.close",
            AuditAction::InquiryExpire => "inquiry.expire",
            AuditAction::InquiryView => "inquiry.view",
            AuditAction::ExtendedCheckIn => "extended.check_in",
            AuditAction::ExtendedCreate => "extended.create",
            AuditAction::ExtendedEnd => "extended.end",
            AuditAction::JournalCreate => "journal.create",
            AuditAction::JournalSign => "journal.sign",
            AuditAction::JournalUpdate => "journal.update",
            AuditAction::JournalView => "journal.view",
            AuditAction::ListCreate => "list.create",
            AuditAction::ListRestore => "list.restore",
            AuditAction::ListRetire => "list.retire",
            AuditAction::ListUpdate => "list.update",
            AuditAction::LogReviewStart => "log_review.start",
            AuditAction::LogReviewMark => "log_review.mark",
            AuditAction::LogReviewSign => "log_review.sign",
            AuditAction::LoginFailure => "login.failure",
            AuditAction::LoginSuccess => "login.success",
            AuditAction::LoginThrottled => "login.throttled",
            AuditAction::Logout => "logout",
            AuditAction::OutreachCreate => "outreach.create",
            AuditAction::OutreachUpdate => "outreach.update",
            AuditAction::PersonCreate => "person.create",
            AuditAction::PersonUpdate => "person.update",
            AuditAction::PersonView => "person.view",
            AuditAction::ReferralCreate => "referral.create",
            AuditAction::ReferralUpdate => "referral.update",
            AuditAction::RetentionCull => "retention.cull",
            AuditAction::RetentionRun => "retention.run",
            AuditAction::RecordsRequest => "records.request",
            AuditAction::ReportExport => "report.export",
            AuditAction::ReportReaderAdd => "report.reader.add",
            AuditAction::ReportReaderRemove => "report.reader.remove",
            AuditAction::ReportInputCreate => "report_input.create",
            AuditAction::ReportInputRemove => "report_input.remove",
            AuditAction::SetupComplete => "setup.complete",
            AuditAction::SurveyCreate => "survey.create",
            AuditAction::SurveyUpdate => "survey.update",
            AuditAction::SurveyInvitationCreate => "survey_invitation.create",
            AuditAction::TokenCreate => "token.create",
            AuditAction::TokenRevoke => "token.revoke",
            AuditAction::UnitCreate => "unit.create",
            AuditAction::UnitLogo => "unit.logo",
            AuditAction::UnitPrivacy => "unit.privacy",
            AuditAction::UnitRetention => "unit.retention",
            AuditAction::UnitRecords => "unit.records",
            AuditAction::UnitUpdate => "unit.update",
            AuditAction::UserCreate => "user.create",
            AuditAction::UserDisable => "user.disable",
            AuditAction::UserEnable => "user.enable",
            AuditAction::UserPassword => "user.password",
            AuditAction::UserPasswordReset => "user.password_reset",
            AuditAction::UserUpdate => "user.update",
            AuditAction::VenueCreate => "venue.create",
            AuditAction::VenueUpdate => "venue.update",
        }
    }

    /// The action stored under `name`, if this version knows it.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == name)
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_its_own_name_and_reads_back() {
        let mut names: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AuditAction::ALL.len());
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
        }
        assert_eq!(AuditAction::parse("case.delete"), None);
    }
}
