//! Everything the audit log records. Each action has the dotted name it is stored and searched by
//! (`case.create`, `logout`); the names are part of the log's format and never change once written.

macro_rules! actions {
    ($($variant:ident = $name:literal,)+) => {
        /// One kind of audited event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum AuditAction {
            $(#[doc = concat!("`", $name, "`")] $variant,)+
        }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant,)+];

            /// The name in the log.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $name,)+
                }
            }
        }
    };
}

actions! {
    AuditExport = "audit.export",
    CaseClose = "case.close",
    CaseCreate = "case.create",
    CaseExport = "case.export",
    CaseFollowCreate = "case.follow.create",
    CaseFollowRevoke = "case.follow.revoke",
    CaseMessagesView = "case.messages.view",
    CaseImport = "case.import",
    CaseKeep = "case.keep",
    CaseReopen = "case.reopen",
    CaseUpdate = "case.update",
    ConcernImport = "concern.import",
    ConcernUpdate = "concern.update",
    ContactCreate = "contact.create",
    ContactRemove = "contact.remove",
    ContactUpdate = "contact.update",
    DirectoryExport = "directory.export",
    DirectoryImport = "directory.import",
    DirectoryOrganizationUpdate = "directory.organization.update",
    DirectoryServiceCreate = "directory.service.create",
    DirectoryServiceRestore = "directory.service.restore",
    DirectoryServiceRetire = "directory.service.retire",
    DirectoryServiceUpdate = "directory.service.update",
    DirectoryServiceVerify = "directory.service.verify",
    DropinCancel = "dropin.cancel",
    DropinMove = "dropin.move",
    DropinRestore = "dropin.restore",
    DropinVisit = "dropin.visit",
    DropinSeriesCreate = "dropin_series.create",
    DropinSeriesEnd = "dropin_series.end",
    DropinSeriesSplit = "dropin_series.split",
    DropinSeriesUpdate = "dropin_series.update",
    ExtendedCheckIn = "extended.check_in",
    ExtendedCreate = "extended.create",
    ExtendedEnd = "extended.end",
    FamilyClose = "family.close",
    FamilyConsent = "family.consent",
    FamilyContact = "family.contact",
    FamilyCreate = "family.create",
    FamilyMap = "family.map",
    FamilyPair = "family.pair",
    FamilyPlan = "family.plan",
    FamilyStart = "family.start",
    FamilyView = "family.view",
    FamilyWithdraw = "family.withdraw",
    HousingCreate = "housing.create",
    HousingHome = "housing.home",
    HousingLog = "housing.log",
    HousingStatus = "housing.status",
    HousingView = "housing.view",
    FeedbackRead = "feedback.read",
    FeedbackView = "feedback.view",
    FollowSignIn = "follow.sign_in",
    FollowSignInFailure = "follow.sign_in_failure",
    FollowView = "follow.view",
    FollowMessage = "follow.message",
    FollowUpCancel = "follow_up.cancel",
    FollowUpComplete = "follow_up.complete",
    FollowUpCreate = "follow_up.create",
    FollowUpMove = "follow_up.move",
    IdentityCreate = "identity.create",
    IdentityForget = "identity.forget",
    IdentityUpdate = "identity.update",
    IdentityView = "identity.view",
    IntakeNoteSave = "intake_note.save",
    InquiryCase = "inquiry.case",
    InquiryClaim = "inquiry.claim",
    InquiryClose = "inquiry.close",
    InquiryExpire = "inquiry.expire",
    InquiryView = "inquiry.view",
    JournalCreate = "journal.create",
    JournalSign = "journal.sign",
    JournalUpdate = "journal.update",
    JournalView = "journal.view",
    ListCreate = "list.create",
    ListRestore = "list.restore",
    ListRetire = "list.retire",
    ListUpdate = "list.update",
    LogReviewMark = "log_review.mark",
    LogReviewSign = "log_review.sign",
    LogReviewStart = "log_review.start",
    LoginFailure = "login.failure",
    LoginSuccess = "login.success",
    LoginThrottled = "login.throttled",
    Logout = "logout",
    OutreachCreate = "outreach.create",
    OutreachUpdate = "outreach.update",
    PersonCreate = "person.create",
    PersonUpdate = "person.update",
    PersonView = "person.view",
    RecordsRequest = "records.request",
    ReferralAccept = "referral.accept",
    ReferralAnswer = "referral.answer",
    ReferralConsent = "referral.consent",
    ReferralCreate = "referral.create",
    ReferralLetter = "referral.letter",
    ReferralHeadsUp = "referral.heads_up",
    ReferralReturn = "referral.return",
    ReferralSend = "referral.send",
    ReferralUpdate = "referral.update",
    ReferralWithdraw = "referral.withdraw",
    ReportExport = "report.export",
    ReportReaderAdd = "report.reader.add",
    ReportReaderRemove = "report.reader.remove",
    ReportInputCreate = "report_input.create",
    ReportInputRemove = "report_input.remove",
    RetentionCull = "retention.cull",
    RetentionRun = "retention.run",
    SetupComplete = "setup.complete",
    SurveyCreate = "survey.create",
    SurveyUpdate = "survey.update",
    SurveyInvitationCreate = "survey_invitation.create",
    SurveyInvitationSend = "survey_invitation.send",
    TokenCreate = "token.create",
    TokenRevoke = "token.revoke",
    UnitCreate = "unit.create",
    UnitLogo = "unit.logo",
    UnitPrivacy = "unit.privacy",
    UnitReferrals = "unit.referrals",
    UnitPublic = "unit.public",
    UnitRecords = "unit.records",
    UnitRetention = "unit.retention",
    UnitUpdate = "unit.update",
    UserCreate = "user.create",
    UserDisable = "user.disable",
    UserEnable = "user.enable",
    UserPassword = "user.password",
    UserPasswordReset = "user.password_reset",
    UserTwoFactorOff = "user.two_factor.off",
    UserTwoFactorOn = "user.two_factor.on",
    UserTwoFactorRecoveryCodes = "user.two_factor.recovery_codes",
    UserTwoFactorReset = "user.two_factor.reset",
    UserUpdate = "user.update",
    VenueCreate = "venue.create",
    VenueUpdate = "venue.update",
}

impl AuditAction {
    /// The action stored under `name`, if this version knows it.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|a| a.as_str() == name)
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
        for &a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
        }
        assert_eq!(AuditAction::parse("case.delete"), None);
    }
}
