# Lotsen – English

app-name = Lotsen
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-audit = Audit log
nav-users = Users
nav-unit = Unit settings
nav-units = Units
nav-account = My account
nav-logout = Log out
language-switch-label = Choose language
save = Save
search = Search
clear-filters = Clear filters
back-to-users = Back to users

role-coordinator = Coordinator
role-manager = Unit manager
role-analyst = Analyst
role-admin = Administrator
status-active = Active
status-disabled = Disabled

form-has-errors = Something needs to be corrected
error-prefix = Error:
error-required = Fill in this field.
error-username = The username must be 3–64 characters: lower-case letters a–z, digits, full stop, underscore or hyphen, and start with a letter.
error-username-taken = That username is already taken. Choose another one.
error-display-name = The name can be at most 100 characters.
error-password-short = The password must be at least 12 characters. A sentence of several words is easy to remember.
error-password-long = The password can be at most 256 characters.
error-password-mismatch = The passwords do not match.
error-current-password = The current password is not correct.
error-role = Choose a role from the list.
error-own-role = You cannot remove your own administrator role. Ask another administrator to do it.
error-disable-self = You cannot disable your own account.
error-unit-name = The unit’s name can be at most 120 characters.
error-color = Enter the colour as #rrggbb, for example #1a5c8e.
error-color-contrast = The colour is too light: white text on it must have a contrast of at least 4.5:1.
error-font-scale = Enter a whole number between 90 and 150.
error-date = Enter the date as YYYY-MM-DD.
error-date-order = The end date cannot be before the start date.
error-logo-type = The logo must be a PNG, JPEG or WebP image.
error-logo-size = The logo can be at most 256 kB.

field-username = Username
field-password = Password
field-display-name = Name
field-role = Role
field-status = Status
field-current-password = Current password
field-new-password = New password
field-confirm-password = Repeat the new password
field-initial-password = Initial password
field-unit-name = Unit name
field-admin-display-name = Administrator’s name
field-admin-username = Administrator’s username
field-primary-color = Main colour
field-font-scale = Text size (per cent)
field-logo = Logo
hint-username = Lower-case letters, digits, full stop or hyphen, for example anna.berg.
hint-password = At least 12 characters. A sentence of several words works well.
hint-reset-password = Your colleague will be logged out everywhere and will log in with the new password.
hint-unit-name = For example “Advice and support, Central”.
hint-primary-color = As #rrggbb. White text must be readable on the colour.
hint-font-scale = 100 is the browser’s own size; 90–150 is allowed.
hint-logo = PNG, JPEG or WebP, at most 256 kB.

error-page-home = Go to the home page
error-page-reference = Reference for support: { $id }
error-page-400 = The request could not be read
error-page-400-help = Something in the request was not right. Go back and try again.
error-page-403 = You do not have access to this page
error-page-403-help = This page belongs to another role. Ask your administrator if you need access to it.
error-page-404 = The page does not exist
error-page-404-help = The address may be misspelt, or the page may have been removed.
error-page-405 = This cannot be done here
error-page-405-help = The page does not accept this kind of request.
error-page-413 = What you sent is too large
error-page-413-help = Try a smaller file or a shorter text.
error-page-429 = Too many attempts
error-page-429-help = Wait a moment and then try again.
error-page-500 = Something went wrong on our side
error-page-500-help = The error has been logged. Try again in a moment; if it continues, contact support and give the reference below.
error-page-503 = The service is not available right now
error-page-503-help = The database is not responding. Try again in a moment.
error-page-csrf = The form has expired
error-page-csrf-help = For security reasons the form could not be sent. Reload the page and try again.

login-title = Log in
login-submit = Log in
login-forgot = Forgotten your password? Ask an administrator in your unit to set a new one.
login-error-missing = Fill in your username and password.
login-error-invalid = The username or password is not correct.
login-error-throttled = Too many failed attempts. Wait { $wait } and try again.
login-wait-seconds = { $count ->
    [one] one second
   *[other] { $count } seconds
}
login-wait-minutes = { $count ->
    [one] one minute
   *[other] { $count } minutes
}
login-error-busy = Many people are signing in right now. Try again in a few seconds.

home-title = Home
home-greeting = Hello { $name }!
home-unit = You work in { $unit }.
home-role = Your role: { $role }.
home-audit-text = See who did what and when, and carry out spot checks.
home-users-text = Add colleagues, change roles and disable accounts.
home-unit-text = Name, colour, text size and logo.
home-account-text = Change your password.

password-title = Change password
password-submit = Change password
password-saved = Your password has been changed. You have been logged out on your other devices and your API tokens have been revoked; make new ones under API tokens for the systems that need them.

setup-title = Get started with Lotsen
setup-intro = Create the unit and your own administrator account. The link works once.
setup-submit = Create and log in

admin-users-title = Users
admin-users-new = New user
admin-users-create = Create user
admin-users-caption = { $count ->
    [one] One user in the unit
   *[other] { $count } users in the unit
}
admin-users-done-created = The user has been created.
admin-users-done-saved = The changes have been saved.
admin-users-done-disabled = The account has been disabled and all its sessions have been ended.
admin-users-done-enabled = The account is active again.
admin-users-done-password = The password has been set. Your colleague has been logged out everywhere and their API tokens have been revoked.
admin-users-tokens = The unit's API tokens
admin-tokens-title = The unit's API tokens
admin-tokens-intro = Tokens your colleagues have made for other systems. A token works for the API only, never for signing in to the pages. Revoke a token that is no longer needed or may have reached the wrong hands; it stops working at once. Tokens are also revoked when their owner's password changes.
admin-tokens-none = No one in the unit has made an API token.
admin-tokens-caption = { $count ->
    [one] One API token
   *[other] { $count } API tokens
}
admin-tokens-owner = Owner
admin-tokens-created = Created
admin-tokens-last-used = Last used
admin-tokens-never = Never
admin-tokens-revoke-named = Revoke the token { $name }
admin-tokens-done-revoked = The token has been revoked and stops working at once.
admin-user-reset-password = Set a new password
admin-user-access = Access
admin-user-disable = Disable the account
admin-user-disable-help = A disabled account cannot log in, and any active sessions are ended immediately. The history is kept.
admin-user-enable = Enable the account again

admin-unit-title = Unit settings
admin-unit-saved = The settings have been saved.
admin-unit-logo = Logo
admin-unit-logo-current = Current logo
admin-unit-logo-upload = Upload the logo
admin-unit-logo-remove = Remove the logo
admin-unit-logo-saved = The logo has been updated.

admin-units-title = Units
admin-units-new = New unit
admin-units-new-help = A new unit gets its own first administrator, who then manages its users and settings.
admin-units-create = Create the unit
admin-units-created = The unit and its administrator have been created.

audit-title = Audit log
audit-intro = All logins, changes and views of personal data in your unit. The log cannot be changed afterwards.
audit-caption = Events, newest first
audit-empty = No events match the filter.
audit-any-action = All events
field-audit-user = Username
field-audit-action = Event
field-audit-record-type = Record type
field-audit-record-id = Record ID
field-from-date = From
field-to-date = To
field-from-month = From month
field-to-month = To month (inclusive)
hint-report-month = YYYY-MM, for example 2026-03.
audit-col-time = Time
audit-col-user = User
audit-col-action = Event
audit-col-record = Record
audit-col-detail = Details
audit-col-ip = IP address
pager-label = Pages
pager-newest = Newest
pager-older = Older events
audit-action-login-success = Login
audit-action-login-failure = Failed login
audit-action-login-throttled = Login blocked
audit-action-logout = Logout
audit-action-setup-complete = Setup complete
audit-action-user-create = User created
audit-action-user-update = User changed
audit-action-user-disable = Account disabled
audit-action-user-enable = Account enabled
audit-action-user-password = Password changed
audit-action-user-password-reset = Password reset
audit-action-unit-create = Unit created
audit-action-unit-update = Unit changed
audit-action-unit-logo = Logo changed

# Field names in error summaries
field-current = Current password
field-new = New password
field-confirm = Repeated password
field-name = Name of the unit
field-admin-password = First password
field-from = From
field-to = To
field-disable = Access

audit-actor-cli = Command line
audit-record-session = Sign-in
audit-record-user = User
audit-record-unit = Unit

# Case log
nav-cases = Cases
home-cases-text = Search, filter and work with the unit’s cases.
home-follow-ups = My follow-ups
home-no-follow-ups = No follow-ups are waiting for you.
yes = Yes
no = No
choose = Choose …
any = All
back-to-case = Back to the case
back-to-cases = Back to the cases

case-new-title = Register a case
case-new-intro = No names here. The case is anonymous; contact details are only added if the person wants to be called back.
case-new-referral = Referral (optional)
case-new-more = More details (optional)
case-new-submit = Register
case-title = Case { $id }
case-edit-title = Edit case { $id }
case-edit = Edit the details
case-summary = Details
case-figures = Figures
case-status-open = Open
case-status-closed = Closed
case-contacts = Contacts
case-no-contacts = No contacts yet.
case-add-contact = Add a contact
case-referrals = Referrals
case-no-referrals = No referral yet.
case-add-referral = Add a referral
case-follow-ups = Follow-ups
case-no-follow-ups = No follow-up planned.
case-add-follow-up = Plan a follow-up
case-close = Close the case
case-reopen = Reopen the case
case-reopen-help = A closed case can be reopened, for example if the person gets in touch again about the same matter. This is logged.
case-done-created = The case has been registered.
case-done-saved = The changes have been saved.
case-done-contact = The contact has been added.
case-done-referral = The referral has been added.
case-done-referral-updated = The referral has been updated.
case-done-follow-up = The follow-up has been planned.
case-done-follow-up-done = The follow-up has been recorded.
case-done-closed = The case has been closed.
case-done-reopened = The case has been reopened.
case-done-forgotten = The contact details have been deleted. The case and the statistics are kept.

field-case = Case
field-channel = Channel of first contact
field-age-group = Age group (of the person the case concerns)
field-category = Main problem area
field-secondary = Other problem areas
field-minutes = Minutes
field-mode = Contact method
field-residency = Registered as resident in the municipality?
field-returning = Returning person
field-first-contact-on = First contact
field-referring-org = Referring organisation
field-previous-case = Previous case
field-coordinator = Responsible coordinator
field-closed-on = Closed on
field-outcome = Outcome
field-date = Date
field-note = Note
field-author = By
field-destination = Referred to
field-referral-kind = Type of support
field-consent = The person consents to details being shared with the recipient
field-info-shared = Details have been shared with the recipient
field-established-on = Support established on
field-plan-follow-up = Plan a follow-up
field-follow-up-on = Follow-up on
field-follow-up-outcome = Did the person get the right support?
field-forget-identity = Delete the contact details now
field-sort = Order
field-ref-destination = Referred to
field-ref-kind = Type of support
field-contact-on = Date
field-contact-mode = Contact method
field-contact-minutes = Minutes
field-contact-note = Note
field-referral-destination = Referred to
field-referral-on = Date
field-referral-follow-up-on = Follow-up on
field-follow-up-due-on = Follow-up on
field-close-outcome = Outcome
field-close-on = Closed on
field-close-follow-up-on = Follow-up on
hint-consent = Required before any details about the person are passed on.
hint-referring-org = For example the school that told them about us. No personal names.
hint-previous-case = The case number, if the person has been here before.
hint-no-names = Do not write names or other details that could identify anyone.
hint-established-on = Fill in when the support is in place.
hint-forget-identity = Recommended: the details are not needed once the case is closed.

residency-yes = Yes, checked
residency-no = No
residency-not_applicable = Not applicable
figure-contacts = Contacts
figure-minutes = Total minutes
figure-days-to-meeting = Days to first meeting
figure-days-to-support = Days to established support

referral-status-suggested = Suggested
referral-status-resident_will_contact = The person will get in touch themselves
referral-status-contact_made = Contact made
referral-status-support_established = Support is established
referral-status-declined = Declined
referral-status-not_reached = Could not get through
referral-consent-given = consent given
referral-consent-missing = no consent
referral-info-shared = details shared
referral-update = Update the referral

follow-up-outcome-yes = Yes
follow-up-outcome-partly = Partly
follow-up-outcome-no = No
follow-up-outcome-not_reached = Could not reach the person
follow-up-overdue = Overdue
follow-up-today = Today
follow-up-record = Record

cases-title = Cases
cases-any-status = All
cases-mine = Only mine
cases-mine-short = yours
cases-overdue = Overdue follow-up
cases-count = { $count ->
    [one] One case
   *[other] { $count } cases
}
sort-newest = Newest first
sort-oldest = Oldest first
pager-first = First page
pager-next = Next page

identity-title = Contact details
identity-view = Show the details
identity-view-help = The details are shown when you choose to see them, and the log then records that you did.
identity-kept = Contact details are saved so that the person can be called back.
identity-show = Show the contact details (logged)
identity-not-yours = Only the responsible coordinator and the unit manager can see them.
identity-none = The case is anonymous. No contact details are saved.
identity-add = Save contact details for a call back
identity-saved = The contact details have been saved, encrypted.
identity-logged = Every time these details are viewed, it is written to the log. Only save what is needed to reach the person.
identity-forget = Delete the contact details
identity-forget-help = The case and its statistics are kept; only the contact details are removed.
field-person-name = Name
field-phone = Phone
field-email = Email
field-language = Preferred language
field-contact-time = Best time to reach the person
field-reason = Why the details are saved
hint-reason = For example “call back about the housing application”.

error-choose = Choose an option from the list.
error-minutes-range = Enter the minutes as a whole number between 1 and 960.
error-date-future = The date cannot be in the future.
error-due-date = Choose a date from today up to two years ahead.
error-note-long = The note can be at most 1,000 characters.
error-text = The text is too long or contains characters that are not allowed.
error-consent-required = The person’s consent is required before details are shared with the recipient.
error-established-date = Enter when the support was established.
error-established-before = The support cannot have been established before the referral.
error-case-number = There is no such case in the unit.
error-case-closed = The case is closed. Reopen it to continue.
error-case-already-closed = The case is already closed.
error-before-first-contact = The date cannot be before the first contact.
error-follow-up-done = The follow-up has already been made or cancelled.
error-phone = Enter a phone number with 5–15 digits.
error-email = Enter an email address such as name@example.com.
error-reach = Enter a phone number or an email address so that the person can be reached.
error-label = The name can be at most 120 characters.
error-age-bound = Enter ages as whole numbers between 0 and 120, with the upper limit at least as large as the lower one.

audit-record-case = Case
audit-action-case-create = Case registered
audit-action-case-update = Case changed
audit-action-case-close = Case closed
audit-action-case-reopen = Case reopened
audit-action-contact-create = Contact added
audit-action-referral-create = Referral added
audit-action-referral-update = Referral updated
audit-action-follow-up-create = Follow-up planned
audit-action-follow-up-complete = Follow-up recorded
audit-action-identity-view = Contact details viewed
audit-action-identity-create = Contact details saved
audit-action-identity-update = Contact details changed
audit-action-identity-forget = Contact details deleted

mode-from-channel = Same as the channel
cases-filter = Filter the cases

# Lists
nav-lists = Lists
home-lists-text = Channels of first contact, age groups, problem areas, referrals and outcomes.
lists-title = The unit’s lists
lists-intro = What can be chosen in the cases. An entry that is in use can be retired but never deleted, so that old cases and the statistics keep it.
lists-active = { $count ->
    [one] One in use
   *[other] { $count } in use
}
lists-retired = { $count ->
    [one] one retired
   *[other] { $count } retired
}
lists-entries = Entries in the list
lists-extra = More
lists-add = Add an entry
back-to-lists = Back to the lists
back-to-list = Back to { $list }
list-kind-channel = Channels of first contact
list-kind-age_group = Age groups
list-kind-category = Problem areas
list-kind-contact_mode = Contact methods
list-kind-referral_destination = Referral destinations
list-kind-referral_kind = Types of support
list-kind-closing_outcome = Closing outcomes
list-kind-activity_type = Types of outreach
list-kind-family_area = Areas of a family's mapping
list-kind-landlord = Landlords (Housing First)
list-in-use = In use
list-retired = Retired
list-use = Use
list-retire = Retire
list-retire-help = The entry is no longer shown when new cases are registered. Cases that already have it keep it, and it remains in the statistics.
list-restore = Restore
list-restore-help = The entry is retired. Restore it to be able to choose it in new cases.
list-counts-as-meeting = counts as a meeting
list-done-added = The entry has been added.
list-done-saved = The changes have been saved.
list-done-retired = The entry has been retired.
list-done-restored = The entry is in use again.
group-municipal = The municipality
group-region = The region
group-ngo = Non-profit organisation
group-other = Other
field-label-sv = Name in Swedish
field-label-en = Name in English
field-label-ar = Name in Arabic
field-group = Group
field-age-min = From age
field-age-max = Up to and including age
field-counts-as-meeting = Counts as a meeting
field-ksi-code = KSI code
hint-label-translation = If left empty, the Swedish name is shown.
hint-age-max = Leave empty for the oldest group.
hint-counts-as-meeting = Used for “days to first meeting”.
hint-ksi-code = Optional. The National Board of Health and Welfare’s classification of interventions, for comparisons between municipalities.
error-ksi = Enter the KSI code using letters, digits, full stop or hyphen, at most 20 characters.
audit-record-list_entry = List entry
audit-action-list-create = List entry added
audit-action-list-update = List entry changed
audit-action-list-retire = List entry retired
audit-action-list-restore = List entry restored
admin-unit-records = Documentation
documentation-mode-anonymous = The unit keeps an anonymous log: the cases carry no identity, only statistics. This requires the social welfare committee to have decided on an exemption from the duty to document (the Social Services Act, SFS 2025:400).
documentation-mode-documented = The unit keeps records: identity and dated case notes are recorded for every contact.
admin-unit-records-help = Choose how the unit keeps its record and enter the committee’s decision. Anonymity requires a decision on an exemption: in anonymous mode for every case, in documenting mode for walk-ins who only get advice.
admin-unit-records-missing = The committee’s decision (reference number and date) is missing for the anonymity the unit uses.
admin-unit-records-saved = The documentation setting has been saved.
field-decision-ref = The committee’s decision, reference number
hint-decision-ref = For example “SN 2025/123”.
error-reserve-number = A reserve number has 1–20 characters (A–Z, 0–9 and hyphens) and at least one letter.
error-pnr-check = The check digit does not match.
error-pnr-future = The date of birth in the number is in the future.
error-pnr-date = The date in the number does not exist.
error-pnr-format = Write the number as YYYYMMDD-NNNN or YYMMDD-NNNN.
error-decision-needed = Anonymity requires the committee’s decision: enter its reference number and date.
admin-unit-records-new-cases = A change applies to cases registered from now on. Existing cases keep the mode they were registered in.
hint-decided-on = The day the committee took the decision, YYYY-MM-DD.
field-decided-on = Date of the decision
hint-anonymous-walk-ins = Applies only in documenting mode, and only if the committee’s decision says so.
field-anonymous-walk-ins = Walk-ins who only get advice may be registered anonymously (“Advice only, anonymous”)
records-mode-documented = Documenting (personal details and case notes)
records-mode-anonymous = Anonymous log (the committee has decided on an exemption)
field-records-mode = How the unit documents
audit-action-unit-records = Documentation decision changed

# Import
import-title = Import past statistics
import-intro = Import cases from a spreadsheet (CSV or XLSX), one row per case. Do a dry run first: it shows every error with its row and column without saving anything. The same file can be imported again without anything being duplicated.
import-example = Download an example file with all the columns
import-run = Import a file
import-submit = Import
import-result-title = Result for { $file }
import-saved = { $count ->
    [one] One case has been imported.
   *[other] { $count } cases have been imported.
}
import-dry-run-ok = { $count ->
    [one] The dry run went well: one case can be imported. Nothing has been saved yet.
   *[other] The dry run went well: { $count } cases can be imported. Nothing has been saved yet.
}
import-already = { $count ->
    [one] One row had already been imported and was skipped.
   *[other] { $count } rows had already been imported and were skipped.
}
import-nothing-new = The file contained no new cases.
import-problems = { $count ->
    [one] One error in the file
   *[other] { $count } errors in the file
}
import-nothing-saved = Nothing has been saved. Correct the file (or the lists) and try again.
import-problems-caption = Errors by row and column
import-row = Row
import-column = Column
import-value = Value
import-problem = Error
field-file = File
field-dry-run = Dry run – check the file without saving
hint-import-file = CSV (UTF-8, comma- or semicolon-separated) or XLSX, at most 32 MB. The columns are described in the example file.
hint-import-coordinator = The cases are registered to this coordinator.
error-import-size = The file is larger than 32 MB.
import-error-unreadable = The file could not be read as CSV or XLSX.
import-error-encoding = The file is not saved as UTF-8. Save it as “CSV UTF-8” and try again.
import-error-empty = The file is empty.
import-error-too-many = The file has more than 200,000 rows. Split it up.
import-error-format = Lotsen reads CSV and XLSX files. Save the sheet as XLSX or “CSV UTF-8” and try again.
import-error-dimensions = The sheet is larger than Lotsen reads: at most 200,000 rows and 200 columns. Remove empty rows and columns at the far end, or split the file.
import-error-cells = The file has more cells than Lotsen reads (at most 4 million). Split it up.
import-error-unpacked = The file unpacks to more than 64 MB. Save only the sheet to import, without pictures, and try again.
import-error-unknown-column = Unknown column.
import-error-missing-column = The column is missing.
import-error-id = Enter an ID of at most 100 characters.
import-error-duplicate-id = The same ID is on an earlier row in the file.
import-error-date = Enter the date as YYYY-MM-DD.
import-error-unknown-value = The value is not in the unit’s list.
import-error-yes-no = Enter yes or no.
import-error-residency = Enter yes, no or not applicable.
import-error-contacts = Enter the number of contacts as a whole number between 1 and 200.
import-error-minutes = Enter the minutes as a whole number between 0 and 100,000.
import-error-referral-pair = Enter both the referral destination and the type of support, or neither of them.
import-error-outcome-needed = A closed case needs an outcome.
nav-import = Import
audit-action-case-import = Cases imported

# API tokens
tokens-title = API tokens
tokens-intro = An API token lets another system (for example the municipality’s statistics tool) read and register cases on your behalf, with your role and in your unit. Give each system its own token and revoke it when it is no longer needed.
tokens-created = The token has been created. Copy it now – it is only shown this once.
tokens-created-at = created { $when }
tokens-last-used = last used { $when }
tokens-revoked = Revoked
tokens-revoke = Revoke
tokens-new = New token
tokens-create = Create token
tokens-docs = The API is described in the OpenAPI document:
field-token-name = What the token is used for
hint-token-name = For example “statistics export” or “the case management system”.
error-limit = Enter a page size between 1 and 200.
audit-action-token-create = API token created
audit-action-token-revoke = API token revoked
cases-count-more = More than { $count } cases

# Drop-in
nav-dropin = Drop-in
home-dropin-text = Drop-in times, cancelled sessions and the visitor log.
dropin-title = Drop-in
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $weekday } { $day } { $month }
dropin-repeat-weekly = Every week
dropin-repeat-biweekly = Every other week
dropin-repeat-monthly = Once a month
dropin-repeat-once = One extra session (not repeated)
dropin-nth-1 = first
dropin-nth-2 = second
dropin-nth-3 = third
dropin-nth-4 = fourth
dropin-nth--1 = last
dropin-rule-weekly = Every { $days }
dropin-rule-biweekly = Every other { $days }
dropin-rule-monthly = The { $nth } { $days } of the month
dropin-rule-from = from { $date }
dropin-rule-until = up to and including { $date }
dropin-rule-count = { $count ->
    [one] one session
   *[other] { $count } sessions
}
dropin-status-scheduled = As usual
dropin-status-cancelled = Cancelled
dropin-status-moved = Moved
dropin-moved-from = instead of { $when }
dropin-done-venue = The venue has been saved.
dropin-done-created = The times have been saved.
dropin-done-saved = The change has been saved. Calendar subscriptions will be updated.
dropin-done-ended = The series has been ended.
dropin-done-cancelled = The session has been cancelled. This now shows on the public page and in the calendar.
dropin-done-moved = The session has been moved.
dropin-done-restored = The session will go ahead as planned.
dropin-done-logged = The visit has been recorded.
dropin-public-link = The public page with the times
dropin-public-page = public page
dropin-series-new = New drop-in times
dropin-extra-new = Extra session
dropin-venue-new = New venue
dropin-venue-edit = Edit the venue
dropin-today = Today’s drop-in
dropin-today-none = No drop-in times today.
dropin-recent = The last four weeks
dropin-recent-none = No sessions in the last four weeks.
dropin-col-when = Session
dropin-col-visitors = Visitors
dropin-not-logged = Not recorded
dropin-coming = The next four weeks
dropin-series = Recurring times
dropin-series-none = No drop-in times yet.
dropin-series-ended = Ended
dropin-venues = Venues
dropin-venues-none = No venues yet. Start by adding a venue, for example the library.
dropin-back = Back to drop-in
dropin-back-series = Back to the times
dropin-series-help = The times are in Swedish time and stay the same when the clocks change for summer or winter time. The first session is on the first chosen weekday from the start date.
dropin-series-no-venues = There is no venue to choose yet.
dropin-series-create = Save the times
dropin-series-title = Drop-in times
dropin-series-sessions = Sessions
dropin-series-edit = Change the times
dropin-series-edit-help = A change applies to the whole series. To cancel or move a single session, choose that session in the list above.
dropin-series-end = End the series
dropin-series-end-help = Sessions up to and including the last day are kept; later sessions are removed from the page and the calendar.
dropin-series-end-button = End the series
dropin-restore = Undo: the session will go ahead as planned
dropin-log = How did the session go?
dropin-log-saved = { $count ->
    [one] Recorded: one visitor.
   *[other] Recorded: { $count } visitors.
}
dropin-log-save = Save the visit
dropin-register-case = Register a case from the session
dropin-cancel = Cancel the session
dropin-cancel-button = Cancel session
dropin-move = Move the session
dropin-move-button = Move
dropin-stats-title = Drop-in statistics
dropin-stats-show = Show
dropin-stats-caption = Drop-in by venue, { $from } – { $to }
dropin-stats-held = Held
dropin-stats-cancelled = Cancelled
dropin-stats-logged = With visitor log
dropin-stats-visitors = Visitors
dropin-stats-per-session = Visitors per session
dropin-stats-empty = Sessions without visitors
dropin-stats-cases = Cases that started here
dropin-stats-help = A session counts as held once it has started and has not been cancelled. A case is counted at the venue where its first contact was registered.
suppressed-help = { $count ->
    [one] Numbers below { $count } are not shown, so that no one can be identified.
   *[other] Numbers below { $count } are not shown, so that no one can be identified.
}
total = Total
dropin-public-title = Drop-in times
dropin-public-unit-title = Drop-in times – { $unit }
dropin-public-venue-title = Drop-in at { $venue }
dropin-public-intro = { $count ->
    [one] Drop by without an appointment. You can get advice and support, and help to find the right place to turn to. Here are the times for the coming week.
   *[other] Drop by without an appointment. You can get advice and support, and help to find the right place to turn to. Here are the times for the next { $count } weeks.
}
dropin-public-none = There are no drop-in times at the moment.
dropin-public-no-sessions = No sessions during this period.
dropin-public-map = Show on a map
dropin-public-more-weeks = { $count ->
    [one] Show one week
   *[other] Show { $count } weeks
}
dropin-public-share = Save the times
dropin-public-qr-alt = QR code for { $url }
dropin-public-subscribe = Subscribe in your calendar
dropin-public-subscribe-help = Your calendar updates itself when a session is cancelled or moved.
dropin-public-print-help = Print this page to get an A4 poster with a QR code.
dropin-feed-name = Drop-in – { $name }
dropin-feed-summary = Drop-in: { $venue }
field-venue = Venue
field-venue-name = Name of the venue
field-room = Room
field-address = Address
field-coordinates = Map coordinates
field-accessibility = Accessibility
field-partners = Partners on site
field-description-sv = Description (Swedish)
field-description-en = Description (English)
field-description-ar = Description (Arabic)
field-repeat = How often
field-weekdays = Weekdays
field-week-of-month = Which week of the month
field-start-date = Start date
field-start-time = Starts
field-end-time = Ends
field-until = Last day
field-count = Number of sessions
field-staff = Usually on site
field-staff-present = Who was on site
field-last-day = Last day
field-visitors = Number of visitors
field-cancel-reason = Reason
field-move-reason = Reason (shown publicly)
hint-room = For example “the Green Room”.
hint-coordinates = Latitude and longitude, for example 59.3326, 18.0649. Optional.
hint-accessibility = For example “step-free entrance, hearing loop”.
hint-partners = Organisations that take part in the sessions, for example the housing company or a local association.
hint-description = Shown on the public page. Use plain language.
hint-week-of-month = Only for times once a month.
hint-start-date = The first session is on the first chosen weekday from this date onwards.
hint-until = Optional. Leave empty if the times continue until further notice.
hint-count = Optional, instead of a last day.
hint-visitors = The number of residents who came. 0 is a valid answer.
hint-cancel-reason = Shown publicly, for example “because of a snowstorm”. Do not write any names.
hint-venue = Fill in if you met the person at a drop-in.
no-venue = Not at a drop-in
error-time = Enter a time such as 12:30.
error-id = Enter an ID number.
error-too-long = The text is too long. Shorten it and try again.
error-dropin-repeat = Choose how often the times repeat.
error-dropin-weekday = Choose weekdays from the list.
error-dropin-weekday-missing = Choose at least one weekday.
error-dropin-week-of-month = Choose which week of the month.
error-dropin-until-before-start = The last day cannot be before the start date. Choose a later last day.
error-dropin-count = Enter a number between 1 and 520.
error-dropin-until-and-count = Enter either a last day or a number of sessions, not both.
error-dropin-end-before-start = The end time must be after the start time.
error-dropin-too-long = A session can last at most 12 hours. Choose an earlier end time.
error-dropin-no-occurrence = These choices do not give any session. Check the start date, the weekdays and the last day.
error-dropin-rule = The times could not be read. Check the fields and try again.
error-dropin-reason = Write why the session is cancelled; this is shown to residents.
error-dropin-visitors = Enter the number of visitors as a whole number, 0 or more.
error-dropin-coordinates = Write the latitude and longitude with a comma between them, for example 59.3326, 18.0649.
error-dropin-venue = Choose one of the unit’s venues.
error-dropin-once-no-end = An extra session has no series to end. Cancel the session instead.
error-dropin-log-cancelled = A cancelled session cannot have visitors. Undo the cancellation first.
error-dropin-log-future = The session has not started yet. Record the visit once it has started.
error-dropin-no-such-session = There is no such session
error-dropin-range-order = The end date cannot be before the start date.
error-dropin-range-long = Choose a shorter period.
audit-action-venue-create = Venue created
audit-action-venue-update = Venue changed
audit-action-dropin-series-create = Drop-in times created
audit-action-dropin-series-update = Drop-in times changed
audit-action-dropin-series-end = Drop-in series ended
audit-action-dropin-cancel = Drop-in session cancelled
audit-action-dropin-move = Drop-in session moved
audit-action-dropin-restore = Drop-in session restored
audit-action-dropin-visit = Drop-in visit recorded
error-dropin-range-far = Choose dates at most five years back and three years ahead.
error-control-chars = The text contains characters that are not allowed.
dropin-moved-to = Moved to { $venue }, { $when }
dropin-done-split = Earlier sessions stay as they were. The new times apply from today as a series of their own.
audit-action-dropin-series-split = Drop-in times changed from today
error-dropin-move-far = A session can be moved by at most 60 days. Otherwise add an extra session.

## Surveys
nav-surveys = Surveys
survey-answer-green = Satisfied
survey-answer-yellow = Less satisfied
survey-answer-red = Dissatisfied
survey-intro = Answer the questions by choosing what fits best. You are anonymous: we do not keep your name, your address or anything about your phone.
survey-question-n = Question { $n }
survey-free-text-label = Anything else
survey-free-text-hint = Optional, at most 1,000 characters.
survey-send = Send my answers
survey-privacy = We keep only the answers, the language and the week you answered in. The answers cannot be linked to you or to any case.
survey-error-choose = Choose one of the answers.
survey-error-expired = The page was open for a long time. Your choices are still here: please send again.
survey-error-resend = Your answers could not be received. Your choices are still here: please send again.
survey-error-free-text-long = Write at most 1,000 characters.
survey-error-locales = Choose at least one language.
survey-error-no-questions = Write at least one question.
survey-error-too-many-questions = A survey can have at most 10 questions.
survey-error-goal = Give the goal as a whole number from 0 to 100.
survey-thanks-title = Thank you for your answers!
survey-thanks-text = Your answers help us do better.
survey-thanks-close = You can close this page now.
survey-kiosk-next-hint = The next person can answer now. The page starts again by itself in a moment.
survey-kiosk-next = Next person
survey-kiosk-idle = Are you still there? The answers will soon be cleared so the next person can answer.
survey-kiosk-stay = I am still here
survey-closed = This survey is closed
survey-invitation-used = This link has been used already or has expired
survey-gone-text = Thank you for wanting to answer. If you have questions, you are welcome to contact the advice and support coordinators.
survey-list-title = Surveys
survey-list-intro = The residents' check-out survey and the partners' surveys. Answers are anonymous and are only shown as counts, never below the threshold.
survey-new = New survey
survey-edit = Edit the survey
survey-back = Back to the surveys
survey-back-to-case = Back to the case
survey-results = Results
survey-card = Card with QR code
survey-link = Link
survey-locales-label = Languages
survey-locales-hint = The survey is offered in the languages chosen. Every text is needed in every chosen language.
survey-questions-label = Questions
survey-questions-hint = Leave a row empty to remove the question. Answers always have three choices: satisfied, less satisfied and dissatisfied.
survey-question-text = The question
survey-version-label = Version
survey-version-n = Version { $n }
survey-closed-badge = closed
survey-title-label = Heading
survey-goal-label = Goal for the share satisfied (per cent)
survey-goal-hint = Optional. For example 70 if at least 70 % should answer satisfied.
survey-free-text-prompt-label = Free-text question
survey-free-text-on = Ask for free text (optional for the person answering)
survey-active = The survey is open for answers
survey-daily-cap-label = Most answers a day
survey-daily-cap-hint = Protects the survey from being filled in by a script. Answers over the limit are not taken until the next day. A number from 1 to 100,000.
survey-full-today = Thank you! The survey has taken as many answers as it takes today. Please answer tomorrow instead.
error-survey-daily-cap = Enter a whole number from 1 to 100,000.
survey-edit-answered = This survey has answers. Changing a text makes a new version, and earlier answers keep the version they answered. Goals and open/closed do not change the version.
survey-done-saved = The survey has been saved.
survey-done-version = The survey has been saved as a new version.
survey-done-created = The survey has been created.
survey-card-intro = Print the card and put it on the table at the drop-in. The QR code leads to the survey.
survey-qr-alt = QR code for { $url }
survey-kiosk-title = A tablet at a venue
survey-kiosk-intro = Open the link on the tablet. After each answer the survey starts again for the next person, and it clears itself after a while without activity. Answers through a venue's link are counted at that venue.
survey-no-venue = no venue
survey-invitation-title = Link to the survey
survey-invitation-intro = { $count ->
    [one] Send the link to the resident, for example by text message. It works once and is valid for { $count } day.
   *[other] Send the link to the resident, for example by text message. It works once and is valid for { $count } days.
}
survey-invitation-once = The link is shown only now. The answer cannot be linked to the case or to the link.
survey-invite = Give the resident a link to the survey
survey-results-intro = { $count ->
    [one] Counts below { $count } are shown as <{ $count }, and so are counts that would reveal them.
   *[other] Counts below { $count } are shown as <{ $count }, and so are counts that would reveal them.
}
survey-year = Year
survey-split = Split by
survey-split-month = month
survey-split-quarter = quarter
survey-split-half = half-year
survey-split-year = year
survey-show = Show
survey-period = Period
survey-period-all = Since the start
survey-period-half = Half-year { $n } { $year }
survey-period-quarter = Quarter { $n } { $year }
survey-period-heading = Breakdown and free text: { $period }
survey-answers = Answers
survey-responses = Respondents
survey-share-green = Share satisfied
survey-goal-col = Goal
survey-goal-is = (goal { $goal } %)
survey-goal-met = met
survey-goal-not-met = not met
survey-hidden = <{ $n }
survey-by-venue = By venue
survey-by-language = By language
survey-by-version = By version
survey-free-text-heading = Free text
survey-free-text-none-asked = { $count ->
   *[other] This survey does not ask for free text.
}
survey-free-text-not-for-role = { $count ->
   *[other] Free text is shown to coordinators, managers and admins.
}
survey-free-text-too-few = { $count ->
    [one] Free text is shown only for periods with at least { $count } respondent.
   *[other] Free text is shown only for periods with at least { $count } respondents.
}
survey-free-text-empty = { $count ->
   *[other] No free text in this period.
}
audit-action-survey-create = Survey created
audit-action-survey-update = Survey changed
audit-action-survey-invitation-create = Survey link created

## Contact form ("Contact us") and the intake list
dropin-contact-link = Cannot come? Ask us to contact you.
inquiry-title = Contact us
inquiry-intro = Would you like an advice and support coordinator to get in touch? Leave a phone number or an e-mail address and we will contact you as soon as we can. It is free of charge.
inquiry-leave-empty = Leave this field empty
inquiry-reach-legend = How can we reach you?
inquiry-reach-hint = Fill in at least one of them.
inquiry-phone = Phone number
inquiry-email = E-mail address
inquiry-name = What should we call you? (optional)
inquiry-name-hint = A first name is enough. You do not need to give your personal identity number.
inquiry-language = Which language would you like to speak?
inquiry-time = When is a good time to contact you? (optional)
inquiry-time-hint = For example "weekdays after 3 pm".
inquiry-category = What is it about? (optional)
inquiry-age-group = Who is it about? (optional)
inquiry-choose = Choose if you like
inquiry-message = Message (optional)
inquiry-message-hint = Briefly write what you would like help with, at most 2,000 characters. Do not write personal identity numbers or sensitive details here; you can tell us when we talk.
inquiry-partner-legend = Are you filling this in for someone else?
inquiry-on-behalf = I am filling this in for someone else, for example as a teacher, school counsellor or relative
inquiry-on-behalf-hint = Then write the person's phone number or e-mail address above, and your name and organisation here.
inquiry-partner-name = Your name
inquiry-partner-org = Your organisation or workplace
inquiry-consent = The person knows that I am sending this and wants to be contacted
inquiry-storage-title = How we handle your details
inquiry-storage = Your details are stored encrypted, and only the advice and support coordinators and their manager can read them. Once we have been in touch, they are moved to your case or deleted. If nobody has handled them within { $days } days, they are deleted automatically. We do not store your IP address and we use no cookies.
inquiry-send = Send
inquiry-feedback-link = Would you rather leave feedback without being contacted?
inquiry-request-link = Would you rather be contacted?
inquiry-feedback-title = Leave feedback
inquiry-feedback-intro = Tell us what worked well or what we could do better. You are anonymous, and we cannot reply to you here.
inquiry-feedback-message = Your feedback
inquiry-feedback-hint = At most 2,000 characters. Do not write your name or other details about yourself if you want to stay anonymous.
inquiry-feedback-storage = Your feedback is stored encrypted, with the date but not the time of day, and deleted after { $days } days. We do not store your IP address and we use no cookies.
inquiry-thanks-title = Thank you! We have received your message
inquiry-thanks-request = An advice and support coordinator will get in touch as soon as possible.
inquiry-thanks-urgent = Is it urgent or an emergency? Call 112. If you need to talk to someone today, you can also come to a drop-in session.
inquiry-thanks-feedback = Thank you for your feedback. It helps us get better.
inquiry-dropin-link = See our drop-in times
inquiry-error-expired = The form was open for too long. Check your details and send it again.
inquiry-error-busy = We have received many messages from your connection in a short time. Wait a minute and send again; what you wrote is still here.
inquiry-error-resend = The form could not be received. Check your details and send it again.
inquiry-case-reason = Asked to be contacted (contact form)
error-inquiry-consent = Tick the box to confirm that the person knows and wants to be contacted.
error-inquiry-reach = Enter a phone number or an e-mail address so that we can reach you.
error-message-long = The text is too long. Write at most 2,000 characters.
home-requests-waiting = { $count ->
    [one] 1 request from the contact form is waiting
   *[other] { $count } requests from the contact form are waiting
}
nav-intake = Requests
intake-title = Requests from the contact form
intake-intro = People who want to be contacted, longest waiting first. Turn a request into a case or close it; the details go with the case or are deleted. A request that nobody handles is deleted after { $days } days.
intake-public-link = Address of the contact form
intake-feedback-link = Address for anonymous feedback
intake-feedback-count = { $count ->
    [0] Feedback
   *[other] Feedback ({ $count } new)
}
intake-open-count = { $count ->
    [0] No open requests
    [one] 1 open request
   *[other] { $count } open requests
}
intake-none = All requests have been handled.
intake-received = Received
intake-about = About
intake-age-group = Age group
intake-form-language = Language of the form
intake-actions = Actions
intake-via-partner = Via a partner
intake-make-case = Make a case
intake-open = Show details
intake-open-help = The request’s details are shown only when you choose to open them, and every view is written to the log.
intake-request-n = request { $id }
intake-handled-title = Handled in the last 30 days
intake-outcome = Outcome
intake-became-case = Became case #{ $case }
intake-status-open = Open
intake-status-case = Became a case
intake-status-closed = Closed without a case
intake-status-expired = Deleted after the time limit
intake-show-title = Request { $id }
intake-back = Back to the requests
intake-close = Close without a case
intake-close-help = The details are deleted at once. Only the fact that the request existed and why it was closed is kept.
intake-close-reason = Why is it closed?
intake-reason-handled = Handled without a case (for example a simple question)
intake-reason-not_reachable = The person could not be reached
intake-reason-duplicate = Duplicate of another request
intake-reason-spam = Spam or not a real request
intake-already = The request has already been handled, by you or a colleague.
intake-closed = The request is closed and its details deleted.
intake-marked-read = The feedback is marked as read.
intake-sent-by = Sent by
intake-feedback-title = Feedback
intake-feedback-intro = Anonymous feedback from the contact form, newest first. The text is deleted after { $days } days.
intake-feedback-none = No feedback at the moment.
intake-new = New
intake-mark-read = Mark as read
identity-message = Message from the contact form
case-from-inquiry = From the contact form
case-from-inquiry-help = When you save, the request becomes a case and the contact details go with it, encrypted. This view is written to the audit log.
admin-unit-privacy = Privacy and retention
admin-unit-privacy-help = Small counts are hidden in statistics and survey results. Survey free text, anonymous feedback and unanswered requests are deleted after the time you set.
admin-unit-privacy-saved = The privacy and retention settings are saved.
field-suppression-threshold = Smallest count shown
hint-suppression-threshold = Counts below this are shown as "<5" (or your number). Between 3 and 50, usually 5.
field-survey-text-days = Days free text and feedback are kept
hint-survey-text-days = Between 30 and 3,650 days.
field-inquiry-days = Days an unanswered request is kept
hint-inquiry-days = Between 7 and 365 days. Shown in the contact form's text.
error-threshold = Enter a whole number between 3 and 50.
error-text-days = Enter a number of days between 30 and 3,650.
error-inquiry-days = Enter a number of days between 7 and 365.
audit-action-inquiry-view = Request viewed
audit-action-inquiry-close = Request closed
audit-action-inquiry-case = Request became a case
audit-action-inquiry-expire = Requests culled
audit-action-feedback-view = Feedback read
audit-action-feedback-read = Feedback marked as read
audit-action-unit-privacy = Privacy settings changed

## Outreach and collaboration ("samverkan")
nav-outreach = Outreach
outreach-title = Outreach and collaboration
outreach-intro = Networks, parents' meetings, school meetings, events and information visits. Write what happened, never who an individual is.
outreach-new-title = New activity
outreach-edit-title = Edit activity
outreach-back = Back to outreach
outreach-form-intro = Fill it in right afterwards, on your phone if you like. People reached and minutes are enough for the statistics.
outreach-created = The activity is saved.
outreach-saved = The change is saved.
outreach-filter = Show
outreach-all-types = All types
outreach-totals = Totals for the selection
outreach-total-activities = Activities
outreach-total-reached = People reached
outreach-total-hours = Hours
outreach-by-type = By type of activity
outreach-activities = Activities
outreach-log = Activities, latest first
outreach-none = No activities in the selection.
outreach-shown = The latest { $n } are shown; the totals count them all.
outreach-edit = Edit
field-activity-type = Type of activity
field-activity-on = Date
field-reached = People reached
hint-reached = An estimate is fine, for example 25 parents.
field-activity-minutes = Minutes
hint-activity-minutes = Optional. Time spent on the activity, at most 960.
field-partners-present = Partners
hint-partners-present = Organisations, for example "Rinkeby School, Social Services". No names of private persons.
field-coordinators-present = Coordinators who took part
field-activity-note = Note
hint-activity-note = At most 500 characters. No names or details that could identify a person.
error-outreach-reached = Enter a whole number from 0 to 100,000.
error-outreach-minutes = Enter the minutes as a whole number from 0 to 960.
audit-action-outreach-create = Outreach activity logged
audit-action-outreach-update = Outreach activity changed
audit-action-person-create = Person registered
audit-action-person-update = Personal details changed
audit-action-person-view = Personal details viewed

## School concern reports ("orosanmälningar")
concern-nav = Concern reports from schools
home-concern-text = Each month's concern reports by outcome, entered or read from a file.
home-outreach-text = Networks, parents' meetings and other collaboration, with people reached.
concern-title = Concern reports from schools { $year }
concern-intro = The number of concern reports from schools per month and outcome, from social services' figures. The effect report uses them.
concern-years = Other years
concern-year-link = Show { $year }
concern-caption = Concern reports per month { $year }
concern-outcome = Outcome
concern-outcome-no_investigation = Did not lead to an investigation
concern-outcome-investigation = Led to an investigation being opened
concern-outcome-ongoing = Linked to an ongoing investigation
concern-total = Total
concern-month = Month
concern-dash = "–" means the month has not been entered.
concern-enter = Enter figures
concern-enter-help = An empty field means "not entered". Write 0 for a month without reports.
concern-enter-caption = Counts per month and outcome { $year }
concern-saved = The figures are saved.
concern-import = Read from a file
concern-import-help = A CSV or XLSX file with the columns Month (YYYY-MM) and a count per outcome. Months in the file replace what was there; nothing is saved if anything in the file is wrong.
concern-import-example = Download an example file
concern-import-file = File
concern-import-dry-run = Only check, save nothing
concern-import-run = Read the file
concern-import-saved = { $count ->
    [one] 1 month has been read in.
   *[other] { $count } months have been read in.
}
concern-import-ready = { $count ->
    [one] The file is correct: 1 month can be read in.
   *[other] The file is correct: { $count } months can be read in.
}
error-concern-count = Enter a whole number from 0 to 100,000, or leave it empty.
error-concern-month = Enter the month as YYYY-MM, for example 2023-01.
error-concern-month-twice = The month is already on an earlier row.
audit-action-concern-update = Concern reports entered
audit-action-concern-import = Concern reports read from a file

## The manager's inputs to the effect report
inputs-title = Inputs to the effect report
home-inputs-text = Costs, estimated shares and goals, with their dates.
inputs-intro = The effect report calculates with these values and prints them beside each result. A value is never changed: add a new one with the date it applies from. A wrong value can be removed; it stays visible, struck out, and does not count.
inputs-add = Add a value
inputs-add-button = Add
inputs-none = No value yet. The report then leaves out what is calculated from it.
inputs-period = Applies
inputs-added-by = Added by
inputs-removed = Removed
inputs-current = Applies today
inputs-remove = Remove
input-added = The value is added.
input-removed = The value is removed and no longer counts.
input-from = from { $date }
input-kind-unit_cost = The unit's cost for a period
input-kind-unit_cost-help = Staff, manager, premises and equipment for the period, in kronor. Cost per case = the cost ÷ cases in the period.
input-kind-investigation_cost = Average cost of an investigation
input-kind-investigation_cost-help = What an investigation about a child costs social services on average, in kronor.
input-kind-school_avoided_share = Share of school cases that would otherwise have become an investigation
input-kind-school_avoided_share-help = The estimated share of cases that came through a school where an investigation was avoided, in percent.
input-kind-concern_reach_share = Share of concern reports to reach early
input-kind-concern_reach_share-help = The share of concern reports that led to an investigation which the unit aims to reach before a report is needed, in percent.
input-kind-applications_goal = Goal: applications among all contacts
input-kind-applications_goal-help = The goal for the share of applications for assistance among all referrals, in percent.
field-kind = What is the value for?
field-value = Value
hint-input-value = Kronor for costs (for example 800000), percent for shares and goals (for example 50 or 12.5).
field-valid-from = Applies from
field-valid-to = Until
hint-valid-to = Only for the unit's cost: the last day of the period.
hint-input-note = Optional: where the value comes from, for example "budget 2023" or "committee decision 2023-02-14".
error-input-amount = Enter an amount in whole kronor, for example 800000.
error-input-percent = Enter a percentage from 0 to 100, with at most one decimal.
error-input-period = The end date cannot be before the start date.
audit-action-report-input-create = Effect report input added
audit-action-report-input-remove = Effect report input removed
error-concern-year = The form was not for a valid year. Choose the year and enter the figures again.
error-concern-too-many = The file has more than 2,000 rows.
error-input-overlap = A cost for the same days already exists. Remove it first if it was wrong.

## Effect report
nav-report = Effect report
report-title = Effect report
report-compared-with = Compared with the previous period: { $period }
report-period-dates = { $from } – { $to }
field-period = Period
report-period-help = Choose a period, or choose “Custom period” and enter months. A report always covers whole months, up to and including last month. The previous period of the same kind is shown alongside.
report-show = Show
report-preset-this-year = This year, whole months
report-preset-month = Last month
report-preset-quarter = Last quarter
report-preset-half-year = Last half-year
report-preset-year = Last year
report-preset-since-start = Since the start
report-preset-custom = Custom period
report-suppression = Counts below { $n } are shown as “<{ $n }”, and sometimes one more count is hidden so that a hidden count cannot be worked out from the total.
report-links-help = Click a figure to see the cases behind it.
report-contents = Contents
report-chart-of = Chart: { $title }
report-chart-table-below = The same figures are in the table below the chart.
report-show-cases = show the cases
report-section-cases = Cases
report-section-referrals = Referrals
report-section-effort = Effort and waiting times
report-section-dropin = Drop-in
report-section-outreach = Outreach and collaboration
report-section-surveys = Check-out surveys
report-section-concern = Concern reports from schools
report-section-money = Cost and savings
report-empty-surveys = No survey answers in the period.
report-empty-concern = No concern reports have been entered for the months in the period.
report-col-period = This period
report-col-previous = Previous
report-col-change = Change
report-col-value = Value
report-col-formula = How it was calculated
report-total = Total
report-previous-total = Previous period, total
report-minutes = Minutes
report-too-few = Too few answers to tell
report-goal-status = Goal met?
report-handled = Cases in the period
report-closed = of which closed
report-returning = of which returning residents
report-advice-only = of which advice only
report-contacts-1-2 = 1–2 contacts
report-contacts-3-5 = 3–5 contacts
report-contacts-6- = 6 contacts or more
report-time-lt-1h = Under 1 hour
report-time-1-3h = 1–3 hours
report-time-gt-3h = Over 3 hours
report-referrals-all = All referrals
report-state-established = Support established
report-state-pending = Waiting for support
report-state-ended = Declined or could not get through
report-follow-ups-all = All follow-ups
report-table-cases = Overview
report-table-channels = Channels of first contact
report-table-age-groups = Age groups
report-table-categories = Main problem area
report-table-secondary-categories = Other problem areas
report-table-outcomes = Closed cases by outcome
report-table-contacts = Closed cases by number of contacts
report-table-time = Closed cases by total time
report-table-referral-groups = Referrals by responsible body
report-table-referral-destinations = Referrals by recipient
report-table-referral-kinds = Referrals by type of support
report-table-referral-states = Referrals by status
report-table-applications = Applications for assistance by department
report-table-follow-ups = Follow-ups: did the resident get the right support?
report-table-waiting-times = Waiting times
report-table-dropin = Drop-in by venue
report-table-outreach = Outreach and collaboration by type of activity
report-table-survey = Survey: { $name }
report-table-concern-reports = Concern reports per month
report-table-cost-and-savings = Cost per case and estimated savings
report-table-inputs = Inputs that apply to the period
report-first-col-cases = Cases
report-first-col-channels = Channel of first contact
report-first-col-age-groups = Age group
report-first-col-categories = Problem area
report-first-col-secondary-categories = Problem area
report-first-col-outcomes = Outcome
report-first-col-contacts = Number of contacts
report-first-col-time = Total time
report-first-col-referral-groups = Responsible body
report-first-col-referral-destinations = Recipient
report-first-col-referral-kinds = Type of support
report-first-col-referral-states = Status
report-first-col-applications = Department
report-first-col-follow-ups = Answer at the follow-up
report-first-col-waiting-times = Days
report-first-col-dropin = Venue
report-first-col-survey = Question
report-first-col-money = Item
report-note-cases = A case counts in the period if its first contact was no later than the last day of the period and it was not closed before the first day of the period.
report-note-channels = Each case is counted once, by the channel it came in through.
report-note-age-groups = The age is that of the person the case is about: a parent asking about their child is registered under the child.
report-note-categories = Largest first. Each case has one main problem area.
report-note-secondary-categories = A case can have several other problem areas, so the total can be larger than the number of cases.
report-note-outcomes = Cases closed during the period.
report-note-contacts = Cases closed during the period, counting all their contacts.
report-note-time = Cases closed during the period, by the combined time of all their contacts.
report-note-referral-groups = Referrals made during the period in cases in the period; a case is counted once per recipient, type and status.
report-note-referral-destinations = Each responsible body followed by its recipients.
report-note-referral-kinds = Support without an aid decision, application for assistance, and other types.
report-note-referral-states = Established: the support is in place. Waiting: suggested, the resident will get in touch, or contact made.
report-note-applications = Referrals of the type application for assistance, by department.
report-note-follow-ups = Cases whose follow-up was done during the period, by the answer.
report-note-waiting-times = Over cases whose first contact was in the period. Median and 90th percentile by the nearest-rank method; hidden when there are too few cases.
report-note-surveys = Answers are counted by the week they were given. The goal applies to the share satisfied (green).
report-note-money = All amounts and shares are inputs the manager has entered; they are shown beside the result. Rounding happens once, at the end.
report-note-inputs = The unit's cost is spread by the number of days within the period. Other values apply from their date until a new one is entered; the one that applied on the last day of the period is used.
report-note-school-cases = Cases in the period with school as the channel of first contact.
report-wait-n = Cases with a first meeting
report-wait-median = Days to the first meeting, median
report-wait-p90 = Days to the first meeting, 90th percentile
report-support-n = Cases where support was established
report-support-median = Days to established support, median
report-support-p90 = Days to established support, 90th percentile
report-unit-cost = The unit's cost for the period
report-cost-per-case = Cost per case
report-school-cases = Cases that came through a school
report-school-saving = Estimated saving, school cases
report-led-to-investigation = Concern reports that led to an investigation
report-concern-saving = Possible saving, concern reports reached early
report-applications-share = Applications for assistance among all referrals
report-applications-vs-goal = Goal { $goal }: { $status }
report-input-missing = Input missing: add it under Inputs to the effect report.
report-hidden-cases = The number of cases is too small to show, so what is calculated from it is not shown either.
report-no-concern = No concern reports entered for the period.
report-formula-cost-part = { $amount } for { $from } – { $to } × { $days_in }/{ $days } days = { $counted }
report-formula-cost-per-case = { $cost } ÷ { $cases } cases = { $result }
report-formula-saving = ({ $investigation } − { $per_case_cost }) × { $count } × { $share } = { $per_case } × { $avoided } = { $total }
report-cases-behind = The cases behind “{ $figure }” in the effect report for { $from } – { $to }.
report-back = Back to the report
report-all-cases = Show all cases
error-report-figure = The link to the report is incomplete. Open the figure from the report again.
error-report-order = The end date cannot be before the start date.
error-report-long = A report can cover at most 25 years.
error-report-month = Enter a month as YYYY-MM, for example 2026-03.
error-report-incomplete = A report covers whole months: choose last month at the latest.
field-figure = Figure in the report
report-exports = Download the report
report-export-csv = CSV files (zip)
report-export-xlsx = Excel workbook (XLSX)
report-export-pdf = PDF for a council paper
report-export-unit = Unit
report-export-period = Period
report-export-threshold = Smallest count shown
report-export-made = Produced
report-export-bad-period = The period is not valid. Choose the period on the report page and download again.
audit-action-report-export = Effect report downloaded
report-closed-total = Closed cases
home-goals = Goals and how they are going
home-goals-none = No goals have been set yet. Set goals for survey questions under Surveys, and for applications under Inputs to the effect report.
home-goal = Goal for
home-trend = Trend
home-report-link = Open the effect report
report-trend-up = Up since the previous quarter
report-trend-down = Down since the previous quarter
report-trend-same = Unchanged since the previous quarter
report-trend-unknown = Too few answers to see a direction
report-no-referrals = No referrals in the period.

## Other units' reports side by side
admin-unit-readers = Report readers in other units
admin-unit-readers-help = A manager or analyst in another unit can be allowed to read this unit's effect report, only the figures and never the cases, for example a manager of several units who wants to see them side by side.
admin-unit-readers-link = Manage report readers
admin-readers-title = Report readers in other units
admin-readers-help = The people listed here may read the unit's effect report beside their own: the same figures your managers see, with small counts hidden by your threshold, but no links to cases and no personal data. Only managers and analysts of other units can be added. Every change is logged.
admin-readers-none = Nobody in another unit may read the report.
admin-readers-caption = { $count ->
    [one] One report reader in another unit
   *[other] { $count } report readers in other units
}
admin-readers-home-unit = Their unit
admin-readers-since = May read since
admin-readers-actions = Actions
admin-readers-remove = Remove
admin-readers-add = Add a report reader
admin-readers-add-button = Allow reading
admin-readers-back = Back to the unit's settings
admin-readers-added = The report reader has been added.
admin-readers-removed = The right to read has been removed.
hint-reader-username = The username of a manager or analyst in another unit.
error-reader-unknown = There is no user with that username.
error-reader-own-unit = The user belongs to this unit and already reads the report according to their role.
error-reader-role = Only managers and analysts can be allowed to read another unit's report.
error-reader-disabled = The account is disabled.
report-units-title = Units
report-units-own = Only { $unit }
report-units-all = { $count ->
    [one] One unit
   *[other] All { $count } units side by side
}
report-units-help = The units are shown side by side, each counted as in its own report. Small counts are hidden by each unit's own threshold (“<5” means below 5). The figures do not lead to cases; open your own report for that.
report-units-threshold = each unit's own
report-compare-column = Each column is “{ $column }” in the unit's own report.

## Support directory: import and export
directory-import-title = Support directory: import and download
home-directory-text = The services you refer people to: add, edit, check and share them openly.
directory-import-intro = Import the municipality's directory of support as Open Referral HSDS 3.0: JSON (one object, a list, a page from an HSDS API, or the tabular form as JSON) or the tabular package as a zip with one CSV file per object. The dry run shows every problem by record and field and saves nothing. A real import saves everything or nothing; records with the same id are updated, so importing the same file twice changes nothing.
directory-export-zip = Download the directory as a CSV package (zip)
directory-export-json = Download the directory as JSON
directory-api = The directory's open HSDS API
hint-directory-file = A .json or .zip file, at most 32 MB.
directory-form-json = HSDS JSON
directory-form-tabular-json = HSDS tabular form as JSON
directory-form-csv-zip = HSDS tabular package (CSV in a zip)
directory-import-saved = The directory has been imported.
directory-import-empty = The file holds no records.
directory-import-dry-run-ok = The file can be imported. Nothing is saved yet: untick the dry run and import again.
directory-import-errors = { $count ->
    [one] One problem stops the import
   *[other] { $count } problems stop the import
}
directory-tally-saved = Records per object
directory-tally-would = Records per object, and what an import would do
directory-object = Object
directory-records = Records
directory-created = New
directory-updated = Changed
directory-unchanged = Unchanged
directory-record = Record (id)
directory-where = Where in the file
directory-errors-caption = { $count ->
    [one] One error
   *[other] { $count } errors
}
directory-warnings-caption = { $count ->
    [one] One warning (imported anyway)
   *[other] { $count } warnings (imported anyway)
}

## Hitta stöd (public directory search)
support-title = Find support
support-intro = Search the support available in the municipality: public agencies, the region, associations and others. Write what you need help with, in Swedish where you can, for example “ekonomi” (money), “skulder” (debts) or “boende” (housing).
support-field-q = What do you need help with?
support-hint-q = One or more words. Writing without å, ä and ö works too.
support-field-category = Area
support-all-categories = All areas
support-search = Search
support-found = { $count ->
    [one] One service found
   *[other] { $count } services found
}
support-all = { $count ->
    [one] One service in the directory
   *[other] { $count } services in the directory
}
support-none = No service matches your search. Try another word, or contact us and we will help you further.
support-closed = Temporarily closed.
support-who = Who it is for
support-how = How to get support
support-phone = Phone
support-email = E-mail
support-web = Website
support-where = Where
support-access = Accessibility
support-hours = Opening hours
support-languages = Languages
support-cost = Cost
support-free = Free of charge
support-fee = There may be a fee
support-pages = Pages
support-prev = Previous page
support-next = Next page
support-page-of = Page { $page } of { $pages }
support-field-language = Language
support-any-language = Any language
support-field-cost = Cost
support-any-cost = With or without a fee
support-cost-free = Free of charge
support-cost-fee = With a fee
support-field-place = Where
support-any-place = The whole municipality
support-more = More about { $name }
support-back = Back to Find support
support-print = Print or save this page: it is made to fit on paper.
directory-language-sv = Swedish
directory-language-en = English
directory-language-ar = Arabic

## Suggestions from the support directory on a case
suggest-title = Suggestions from the support directory
suggest-hint = Services for the case's problem areas. Those open now and in the resident's language come first.
suggest-none = No service in the directory is tagged with the case's problem areas. Choose a destination from the list below.
suggest-use-list = None of these: choose a destination from the list below
suggest-language = Resident's language
suggest-language-any = Any language
suggest-show = Show suggestions
suggest-open-now = Open now, until { $closes }
suggest-opens-today = Opens today at { $time }
suggest-opens = Opens { $day } at { $time }
suggest-hours-unknown = No opening hours given
suggest-internal = staff only
hint-referral-destination = Your unit's list of destinations. Each destination is a service in the support directory.
field-referral-service = Suggestion from the support directory
error-referral-both = Choose either a suggestion or a destination from the list, not both.

## The support directory for staff
directory-title = Support directory
directory-intro = All the services you refer people to. Public services appear in Find support and the open HSDS interface; internal ones only to your unit, here and in the suggestions on cases. You change what your unit keeps; other units' public services you can read and refer to.
directory-new-service = New service
directory-stale = { $count ->
    [one] One service has not been checked in 12 months.
   *[other] { $count } services have not been checked in 12 months.
}
directory-field-q = Search service or organisation
directory-field-show = Show
directory-show-current = All current services
directory-show-unverified = Not checked in 12 months
directory-show-internal = Internal (not published)
directory-show-retired = Retired
directory-search = Search
directory-services = { $count ->
    [one] One service
   *[other] { $count } services
}
directory-col-service = Service
directory-col-organization = Organisation
directory-col-status = Status
directory-col-verified = Last checked
directory-retired = Retired
directory-other-unit = Kept by another unit
directory-visibility-public = Public: shown in Find support and the open interface
directory-visibility-internal = Internal
directory-never-verified = Never checked
directory-mark-verified = Checked today
directory-public-view = How residents see the directory
directory-done-created = The service has been added.
directory-done-saved = The changes have been saved.
directory-done-retired = The service has been retired. Earlier referrals to it are kept.
directory-done-restored = The service is active again.
directory-done-verified = The service is marked as checked today.
directory-status-active = Active
directory-status-temporarily-closed = Temporarily closed
directory-status-inactive = Not active at the moment
directory-status-defunct = Retired
directory-back = Back to the support directory
directory-is-retired = This service is retired. It is not shown in searches or suggestions, but earlier referrals to it are kept.
directory-is-internal = This service is internal. Fill in how to get the support and where, and make it public once the details are checked.
directory-verified-on = Last checked { $date }
directory-section-service = The service
directory-section-text = What it offers and for whom
directory-section-reach = Languages and contact
directory-section-where = Where and when
directory-section-translations = In English and Arabic
directory-section-organization = The organisation
directory-section-contact = Contact
field-o-name = Name of the organisation
field-o-visibility = Who sees the organisation
field-o-description = Description
field-o-phone = Phone
field-o-email = Email
field-o-website = Website
field-o-group = The organisation's group in the statistics
hint-o-group = Used when one of the organisation's services becomes a new choice in the list of where residents are referred, for the statistics on referrals.
directory-organization-intro = What you change here applies to all the organisation's services, in Hitta stöd and in the open API.
directory-organization-save = Save the organisation
directory-organization-saved = The organisation is saved.
directory-organization-services = { $count ->
    [one] One service
   *[other] { $count } services
}
directory-organization-no-services = The organisation has no services in the directory.
directory-organization-open = The organisation's page
directory-organization-new = New organisation (type its name below)
directory-cost-free = Free
directory-cost-fee = Fee
directory-cost-unknown = Not known
directory-save = Save changes
directory-create = Add the service
directory-retire = Retire the service
directory-retire-hint = A retired service disappears from searches and suggestions. Referrals already made to it stay in cases and statistics.
directory-restore = Make the service active again
directory-restore-hint = The service becomes active and can be found and suggested again.
field-s-name = Name of the service
field-s-organization = Organisation
hint-s-organization = Choose an organisation that already exists, or choose new and type its name in the next field.
field-s-new-organization = Name of the new organisation
field-s-group = The organisation's group in the statistics
hint-s-group = Only for a new organisation: the municipality, the region, a non-profit or other.
field-s-status = Status
field-s-visibility = Who sees the service
field-s-categories = Problem areas the service helps with
field-s-description = Description
field-s-application-process = How to get the support
hint-s-application-process = For example: call, come during opening hours, apply online, needs a referral.
field-s-eligibility-description = Who the support is for
hint-s-eligibility-description = For example: registered in the municipality, aged 16–25, parents.
field-s-minimum-age = Minimum age
field-s-maximum-age = Maximum age
field-s-cost = Cost to the resident
field-s-fees-description = About the fee
field-s-alert = Notice to visitors
hint-s-alert = Shown first, for example when temporarily closed.
field-s-languages = Languages the service is given in
field-s-other-languages = Other languages
hint-s-other-languages = ISO 639 language codes, separated by commas: so, fa, ti.
field-s-phone = Phone
field-s-email = Email
hint-s-email = A shared mailbox, not a person's address.
field-s-url = Website
field-s-place = Place
field-s-address = Street address
field-s-postal-code = Postcode
field-s-city = Town
field-s-county = County
hint-s-county = For example Skåne län. The standard requires it when an address is given.
field-s-accessibility = Accessibility of the place
hint-s-accessibility = How to get in and around: steps, ramp, lift, hearing loop, accessible toilet. It belongs to the place, so give its name or address.
error-accessibility-place = Write the place's name or address, so that the accessibility belongs to a place.
field-s-days = Open on
field-s-opens-at = Opens
field-s-closes-at = Closes
field-s-days-2 = Open on, line 2
field-s-opens-at-2 = Opens, line 2
field-s-closes-at-2 = Closes, line 2
field-s-days-3 = Open on, line 3
field-s-opens-at-3 = Opens, line 3
field-s-closes-at-3 = Closes, line 3
hint-s-hours = Different times on different days? Fill in another line, for example Monday 09:00–12:00 and Thursday 13:00–16:00. Empty lines are not saved.
hint-s-translations = Left empty, the Swedish text is shown.
field-s-name-en = Name in English
field-s-description-en = Description in English
field-s-application-process-en = How to get the support, in English
field-s-name-ar = Name in Arabic
field-s-description-ar = Description in Arabic
field-s-application-process-ar = How to get the support, in Arabic
field-s-verified = The details were checked today
hint-s-verified = Tick when you have confirmed the details with the organisation. The date is shown as last checked.
error-days = Choose at least one day when times are given.
error-closes-before = The closing time must be after the opening time.
error-url = Type a full web address starting with https://.
error-postal-code = Type the postcode with five digits, for example 222 21.
error-language-code = Type language codes of two or three letters, for example so, fa.
error-organization = Choose an organisation or type the name of a new one.
error-organization-both = Choose an existing organisation or type a new one, not both.

## The resident of a documented case
person-title = Personal details in the record
person-added = The person has been registered and linked to the case.
person-found = The person was already in the register and is now linked to the case. The details already recorded apply.
person-view = Show the person
person-view-help = Who the case is about is shown when you choose it, and the log then records that you have seen it.
person-help = Enter the personal identity number, co-ordination number or reserve number. If the person is already in the unit’s register the case is linked to them; otherwise a new person is registered with the details below.
person-unit-anonymous = The unit keeps an anonymous log: no personal details are recorded in its cases.
person-case-closed = The case is closed. A person can no longer be linked to it.
person-earlier = The person’s other cases
person-earlier-none = The person has no other cases.
person-reserve = reserve number
person-support = Support person
person-shown-link = Personal details
person-case-documented = The case is documented: who it is about is in the record.
person-case-missing = The unit documents, but no person is linked to this case yet.
field-person-number = Personal identity number or co-ordination number
hint-person-number = YYYYMMDD-NNNN. If the person has neither, tick reserve number and enter the unit’s reserve number.
field-reserve-number = This is a reserve number
hint-reserve-number = 1–20 characters, at least one letter, for example “RES-2026-7”.
field-interpreter = Needs an interpreter
hint-support-person = Someone the person has chosen to bring. Leave empty if there is no one.
field-support-name = Support person’s name
field-support-relation = Relation to the person
field-support-reach = How to reach the support person
error-unit-anonymous = The unit keeps an anonymous log and records no persons.
error-person-linked = A person is already linked to this case.
error-person-number-taken = Another person in the register already has that number.

## The journal of a documented case
journal-title = Case notes
journal-logged = Every time the case notes are shown, the log records it.
journal-print = Print the case notes
journal-back = Back to the case notes
journal-notes = Notes
journal-empty = There are no notes yet.
journal-not-documented = The case is not documented: no person is linked to it, so it has no case notes.
journal-signed-label = Signed
journal-unsigned-label = Not signed yet (signs itself after a day)
journal-corrects = Corrects note
journal-corrected = Corrected by note
journal-change = Change the note
journal-sign = Sign
journal-correct = Correct the note
journal-new = New note
journal-new-help = Write what happened and what was decided, in plain text. The author can change a note until it is signed; after that it is corrected with a new note and the original stays.
journal-write = Save the note
journal-written = The note has been saved.
journal-changed = The note has been changed.
journal-signed = The note has been signed.
field-journal-on = Date the note is about
field-journal-text = Note
field-journal-correction = Correction
hint-journal-text = At most 10,000 characters.
error-journal-not-documented = The case is not documented and has no case notes.
error-journal-correct = Only a signed note of the same case can be corrected.
error-journal-signed = The note is signed and can no longer be changed; correct it with a new note.
audit-action-journal-create = Case note written
audit-action-journal-sign = Case note signed
audit-action-journal-update = Case note changed
audit-action-journal-view = Case notes viewed
error-journal-note-long = A case note may have at most 10,000 characters.
admin-unit-retention-link = Retention of records and contact details
retention-title = Retention
retention-back = Back to the unit's settings
retention-saved = The retention rules are saved. They apply from the next run.
retention-help = A documented record is culled five years after its last entry, and the culling must be done by the end of the following year (Social Services Act, chapter 12, section 2). The figures in the effect report remain: the case is kept without the person, the journal and the notes.
field-retention-years = Years after the last entry before the record is culled
hint-retention-years = At least 5 years, as the law requires; at most 50.
field-keep-sample-days = Keep records about people born on the 5th, 15th or 25th (research sample)
hint-keep-sample-days = Records about people born on these days are exempt from culling for the sake of research.
field-callback-days = Days after closing before call-back details are erased
hint-callback-days = Applies to anonymous cases. Between 1 and 3,650 days; 90 unless decided otherwise.
retention-due-title = What would be culled if retention ran today, { $date }
retention-due-help = A preview: nothing is changed here. Retention runs every night on the server and with the command lotsen purge.
retention-last-run = Last run: { $time }.
retention-never-run = Retention has not run yet.
retention-due-records = { $records ->
    [one] one record
   *[other] { $records } records
} ({ $cases ->
    [one] one case
   *[other] { $cases } cases
})
retention-due-callbacks = { $count ->
    [one] call-back details of one closed anonymous case
   *[other] call-back details of { $count } closed anonymous cases
}
retention-due-kept = { $count ->
    [one] one record past its time is kept (research sample or marked never to be culled)
   *[other] { $count } records past their time are kept (research sample or marked never to be culled)
}
retention-anonymous-unit = The unit keeps an anonymous log. Only call-back details are culled.
retention-due-caption = Records to be culled
retention-col-cases = Cases
retention-col-last-entry = Last entry
retention-col-cull-by = Culled by
retention-more = The list shows the first 200 records.
retention-how = Every run is written to the audit log with counts and with the case numbers in encrypted form.
error-retention-minimum = The law requires a record to be kept at least 5 years after its last entry.
error-retention-years = Enter a number of years between 5 and 50.
error-callback-days = Enter a number of days between 1 and 3,650.
error-keep-not-documented = Only a documented case that has not been culled can be marked.
keep-title = Retention of the case
keep-saved = The mark is saved.
keep-culled = The record was culled on { $date }. The case remains in the statistics without personal details or journal.
keep-not-documented = The case is not documented; it is not culled as a record.
keep-flagged = Never culled:
keep-rule = The record is culled by the unit's rules, five years after the last entry unless decided otherwise.
keep-link = Mark the record never to be culled
field-keep-reason = Reason the record must never be culled
hint-keep-reason = For example documents about paternity, adoption or the placement of a child. At most 500 characters.
keep-save = Save the mark
keep-clear = Remove the mark
audit-action-case-keep = Case marked never to be culled
audit-action-retention-cull = Records culled
audit-action-retention-run = Retention run
audit-action-unit-retention = Retention rules changed
case-new-documented = The unit keeps a documented record: after registering you enter who the case is about, and if the person has had cases before, the case is marked returning by itself.
field-advice-only = Advice only, anonymous
hint-advice-only = The visitor only gets advice and stays anonymous. The case is not documented and only counts in the statistics.
person-case-created = The case is registered. Now enter who it is about.
records-request-title = Request to access records
records-request-help = When a person asks to see their records, you produce their whole record in the unit: cases, contacts, referrals, consents and journal notes. Before it is handed out, you mask details about other people.
records-open = Open the record for masking
records-logged = Opening the record and producing the document are written to the audit log.
records-no-person = The case has no person recorded and so no record to hand out.
records-review-help = Tick the notes that are wholly about other people, and write the names or words to be masked wherever they appear. What is masked is not in the PDF file.
records-no-passages = No notes in the case.
records-mask-passage = Mask all of it
field-mask = Notes to mask
field-mask-phrases = Words and names to mask
hint-mask-phrases = One per line, for example the name of a neighbour or a relative. At most 50 lines.
field-records-lang = Language of the document
field-phrases = Words and names to mask
field-lang = Language of the document
records-make = Produce PDF
records-title = Extract from the record
records-masked = [masked]
records-masking-note = Where it says [masked], details about other people have been removed under the Public Access to Information and Secrecy Act.
records-made = Produced
records-closed = Closed
records-case = Case { $id }
records-contact = Contact
records-note = Journal note
records-referral = Referral
records-consent-yes = With consent
records-consent-no = Without consent
records-follow-up = Follow-up
records-follow-up-open = Not done yet
records-corrected = Corrected by a later note.
records-unsigned = Not signed
error-mask-phrase = Each line must be between 2 and 200 characters.
error-mask-phrases-many = At most 50 words or names can be masked in one request.
audit-action-records-request = Records produced for disclosure
log-review-link = This month's log review
audit-export = Export the results as CSV
log-review-title = Log review
log-review-back = Back to the audit log
log-review-help = Each month a manager reviews a random sample of the times someone viewed personal data, and what stands out: cases one is not responsible for, many views in a short time, and views outside working hours (07–18 on weekdays). Mark each view reviewed with a comment, then sign the month.
field-month = Month
log-review-show = Show
log-review-start = Start the review of { $month }
log-review-month-open = The month is not over yet. A month is reviewed once it has ended.
log-review-signed-title = The month is signed
log-review-signed-line = Signed by { $name } at { $time }.
log-review-progress = { $left } of { $all } views remain to be reviewed.
log-review-export = Export the month's review as CSV
log-review-empty = Nobody viewed personal data during the month.
log-review-marked-line = Reviewed by { $name } at { $time }:
field-log-comment = Comment
hint-log-comment = For example what the view concerned and that it was part of the work. At most 1,000 characters.
log-review-mark = Mark as reviewed
field-log-summary = Summary of the month's review
hint-log-summary = What the review showed and what is to be followed up. At most 1,000 characters.
log-review-sign = Sign the month's review
log-review-started = The review is started.
log-review-marked = The view is marked as reviewed.
log-review-signed = The month's review is signed.
log-review-signed-by = Signed by
log-review-not-signed = Not signed
log-col-time = Time
log-col-user = User
log-col-action = Event
log-col-record = Record
log-col-findings = Why
log-col-reviewed-by = Reviewed by
log-col-reviewed-at = Reviewed
log-col-comment = Comment
log-finding-sample = Random sample
log-finding-not-responsible = Not responsible for the case
log-finding-burst = Many views in a short time
log-finding-after-hours = Outside working hours
field-comment = Comment
field-summary = Summary
error-month = Enter a month as YYYY-MM.
error-log-month-open = The month is not over yet.
error-log-comment = At most 1,000 characters.
error-log-unmarked = Every view must be reviewed before the month is signed.
error-log-signed = The month is already signed and cannot be changed.
audit-action-log-review-start = Log review started
audit-action-log-review-mark = View reviewed in the log review
audit-action-log-review-sign = Log review signed
audit-action-audit-export = Audit log exported
audit-record-person = Person
audit-record-log_review = Log review
audit-record-job = Scheduled job
extended-title = Continued contact
extended-help = Extended voluntary contact: when the case closes, the resident may choose to keep a contact person and how to stay in touch, for example a call a week or a meeting a month. The contact is voluntary and lasts until the resident wishes to end it.
extended-agreement = Agreement
field-ext-contact = Contact person
hint-ext-contact = The staff member the resident chose.
field-ext-form = Form
field-ext-every = At intervals of
hint-ext-every = 1 means every week or month, 2 every other (at most 6).
field-ext-per = Weeks or months
field-ext-starts-on = Starts
hint-ext-starts-on = At the earliest on the day the case closed, and at most three months ahead.
extended-kept = Periods with contact
extended-missed = Periods without contact
extended-due-by = Get in touch by { $date }
extended-next-from = Next contact from { $date }
extended-periods = Periods (the latest of { $count })
extended-period = Period
extended-period-state = Contact
extended-state-kept = Contact made
extended-state-missed = Missed
extended-state-open = Under way
extended-state-ended = Ended before contact
extended-check-ins = Contacts
extended-no-check-ins = No contacts logged yet.
extended-log = Log a contact
field-ext-held-on = Date
field-ext-outcome = How did it go?
field-ext-check-form = Form
extended-log-button = Log the contact
extended-journal-hint = What you talked about goes in the case notes.
extended-end-title = End the continued contact
extended-end-help = The resident can end the contact at any time. After it ends, no more contacts are logged.
field-ext-ended-on = Ended on
field-ext-end-reason = Why
extended-end-button = End the contact
extended-new = Offer continued contact
extended-needs-resident = Continued contact needs a documented case with the resident recorded under Personal details.
extended-open-case = The case is still open. Continued contact usually begins when the case closes.
extended-create = Save the agreement
extended-past = Earlier agreements
extended-kept-of = { $kept ->
    [one] { $kept } period with contact
   *[other] { $kept } periods with contact
}
extended-form-call = Phone call
extended-form-meeting = Meeting
extended-form-sms = Text message
extended-form-video = Video call
extended-per-week = weeks
extended-per-month = months
extended-every-week = { $n ->
    [1] every week
    [2] every other week
   *[other] every { $n } weeks
}
extended-every-month = { $n ->
    [1] every month
    [2] every other month
   *[other] every { $n } months
}
extended-outcome-held = Contact made
extended-outcome-not_reached = Could not reach the resident
extended-outcome-cancelled = The resident called it off
extended-end-wish = The resident wished to end it
extended-end-back_to_support = The resident got new support
extended-end-no_contact = No contact for a long time
extended-end-moved = The resident moved away
extended-end-other = Other
extended-offer = The case is closed. Fill in the continued contact the resident chose.
extended-created = The agreement is saved.
extended-checked = The contact is logged.
extended-ended = The continued contact has ended.
error-extended-every = Enter a whole number from 1 to 6.
error-extended-start-early = Cannot start before the case closed.
error-extended-start-late = Can start at most three months ahead.
error-extended-before-start = The date is before the agreement's start.
error-extended-no-resident = First record the resident under Personal details.
error-extended-running = The case already has continued contact under way.
error-extended-not-running = There is no continued contact under way to log against.
home-extended = My continued contacts
extended-missed-count = { $count ->
    [one] { $count } missed period
   *[other] { $count } missed periods
}
extended-last-held = last { $date }
field-close-extended = The resident wants continued contact (extended voluntary contact)
hint-close-extended = After closing, you fill in who keeps the contact and how.
audit-action-extended-create = Continued contact agreed
audit-action-extended-check-in = Contact logged in continued contact
audit-action-extended-end = Continued contact ended
persons-title = Find a person
persons-back = Back to the cases
persons-help = Search the unit's record for a person by personal identity number, co-ordination number, reserve number or name. Only the unit's own persons are searched, and each result shows the person's cases. A coordinator finds the persons whose cases they are responsible for or whose continued contact they keep; a manager finds everyone.
persons-logged = The search and whom it showed are written to the audit log.
field-persons-q = Number or name
hint-persons-q = For example 19811218-9876 or Amina Hassan.
persons-search = Search
persons-found = { $count ->
    [0] No person found
    [one] One person found
   *[other] { $count } persons found
}
persons-no-cases = The person has no cases left.
person-change = Change the details
person-change-help = The identity or reserve number does not change. The change is written to the audit log with which details changed.
person-changed = The details are changed.
error-extended-start-old = Can start at most a year back.
error-extended-before-check-in = A contact is logged after that date.
field-q = Number or name
error-persons-short = Type at least two characters.

## Family coordination
nav-families = Families
family-list-title = Family coordination
family-list-help = Collaborating coordinators: families with children and many contacts with authorities, school and the region. The coordinators work in pairs, with the guardians' consent, and are independent of the authorities.
family-new = New family
family-back = Back to families
family-label = Family { $id }
family-expiring = Consents about to expire
family-consent-ends = consent valid until
family-active = Active families
family-none-active = No active families.
family-waiting = Waiting list
family-none-waiting = No family is waiting.
family-waiting-others = { $count ->
    [one] One more family is waiting for a coordinator pair.
   *[other] { $count } more families are waiting for a coordinator pair.
}
family-closed-list = Closed families
family-col-family = Family
family-col-pair = Coordinator pair
family-col-started = Started
family-col-listed = Listed
family-col-waited = Waiting time
family-col-closed = Closed
family-col-caseload = Families
family-col-change = Change
family-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
family-pairs = Coordinator pairs
family-no-pairs = No coordinator pairs yet. A manager forms the pairs.
family-caseload = { $active } of { $capacity }
family-pair-full = Full
family-pair-retired = Retired
family-pair-retire = Retire
family-pair-new = New coordinator pair
family-pair-create = Form the pair
family-pair-saved = The coordinator pair is saved.
family-pair-option = { $pair } ({ $active } of { $capacity } families)
field-pair-first = First coordinator
field-pair-second = Second coordinator
field-pair-capacity = Families the pair can hold
hint-pair-capacity = About 20 families per pair is usual.
family-new-help = Enter the family's guardians and children. If a person is already in the record with the same number, the details held are used. Without a coordinator pair the family goes on the waiting list.
family-row-g1 = Guardian 1
family-row-g2 = Guardian 2
family-row-c1 = Child 1
family-row-c2 = Child 2
family-row-c3 = Child 3
family-row-c4 = Child 4
field-g1-name = Guardian 1: name
field-g1-number = Guardian 1: personal identity number
field-g2-name = Guardian 2: name
field-g2-number = Guardian 2: personal identity number
field-c1-name = Child 1: name
field-c1-number = Child 1: personal identity number
field-c2-name = Child 2: name
field-c2-number = Child 2: personal identity number
field-c3-name = Child 3: name
field-c3-number = Child 3: personal identity number
field-c4-name = Child 4: name
field-c4-number = Child 4: personal identity number
hint-member-number = Personal identity or co-ordination number, for example 20150312-1234.
field-member-reserve = Reserve number (the person has no personal identity number)
field-member-custody = Has custody
hint-member-custody = Every guardian with custody must consent before you contact an actor.
field-family-language = The family's language
hint-family-language = The plan and what the family keeps are written in this language.
field-start-pair = Coordinator pair
hint-start-pair = Only pairs with room are shown.
family-to-waiting = None yet: to the waiting list
field-start-on = Start date
family-create = Save the family
family-created = The family is saved.
family-status-waiting = Waiting
family-status-active = Active
family-status-closed = Closed
family-members = The family
family-guardian = Guardian
family-custody = has custody
family-child = Child
family-age = { $years ->
    [one] 1 year old
   *[other] { $years } years old
}
family-no-pair = None yet (waiting list)
family-consents = Consents
family-consents-help = The coordinators may contact only the actors every guardian with custody has consented to. A consent can be withdrawn at any time and then no longer applies from that day.
family-in-force = May be contacted today:
family-in-force-none = no actor.
family-col-actors = Actors
family-col-valid = Valid
family-consent-in_force = In force
family-consent-expiring = Expires soon
family-consent-expired = Expired
family-consent-withdrawn = Withdrawn
family-withdraw = Withdraw
family-consent-new = New consent
field-consent-guardian = Guardian who consents
field-consent-actors = Actors who may be contacted
field-consent-org = Another actor from the support directory
hint-consent-org = Optional. Add more actors with another consent.
family-org-none = No other actor
field-consent-given-on = Consent given on
field-consent-expires-on = Consent valid through
hint-consent-expires-on = At most three years after it was given.
family-consent-save = Save the consent
family-consent-saved = The consent is saved.
family-withdrawn-notice = The consent is withdrawn from today.
family-contacts = Contacts with actors
family-no-contacts = No contacts yet.
family-contact-new = New contact
field-contact-actor = Actor
hint-contact-actor = The system accepts a contact only when every guardian with custody has consented to it, both on the day of the contact and today.
field-contact-kind = Kind of contact
field-contact-held-on = Date
family-contact-save = Save the contact
family-contact-saved = The contact is saved.
family-consent-missing-from = No consent in force from: { $names }
family-contact-meeting = Meeting with the family
family-contact-call = Call or message
family-contact-shared = Information shared
family-actor-school = School
family-actor-social_services = Social services
family-actor-health_care = The region's health care
family-actor-employment_service = Public Employment Service
family-actor-social_insurance = Social Insurance Agency
family-actor-org-gone = Removed actor ({ $id })
family-start = Start with a coordinator pair
family-no-room = No coordinator pair has room right now.
family-start-button = Start
family-started = The family has a coordinator pair.
family-close = Close
field-family-close-on = Closes on
field-family-close-outcome = How it went
family-close-button = Close the family
family-closed = The family is closed.
family-outcome-goals_met = Goals reached
family-outcome-partly_met = Goals partly reached
family-outcome-family_ended = The family chose to end it
family-outcome-moved = The family moved
family-outcome-handed_over = Other support took over
family-outcome-other = Other
error-family-pair-same = Choose two different coordinators.
error-family-pair-holds = The pair still holds families. Move or close them first.
error-family-capacity = Enter a number between 1 and 60.
error-family-no-guardian = Enter at least one guardian.
error-family-no-child = A family must have at least one child.
error-family-pair-full = The pair has no room for more families.
error-family-twice = The same person is in the family twice.
error-family-closed = The family is closed.
error-family-consent-not-in-force = The consent is already withdrawn.
error-family-no-consent = There is no consent in force for that actor. The contact was not saved.
error-family-no-custody = No guardian has custody, so nobody can consent.
error-family-before-listed = The date is before the family was listed.
error-family-not-waiting = The family is no longer waiting.
error-consent-expiry-before = The end date must be after the day the consent was given.
error-consent-expiry-far = A consent lasts at most three years.
error-consent-expired = The end date has already passed.
error-consent-actors = Choose at least one actor.
error-consent-too-many = At most 30 actors in one consent.
error-programme-documented = The programmes need the unit to keep documented records.
field-programmes = Programmes
hint-programmes = Long-term support the unit gives beside its cases. Needs documented records.
field-family-coordination = Family coordination (collaborating coordinators)
field-housing-first = Housing First
family-plan-link = Mapping and plan
family-plan-title = Mapping and plan, family { $id }
family-back-to = Back to family { $id }
family-child-focus = The children's needs in focus: { $names }
family-progress = Progress per area
family-no-mapping = No mapping yet. Do the first one at the first meeting with the family.
family-mappings-count = { $count ->
    [one] One mapping.
   *[other] { $count } mappings; the first is compared with the latest.
}
family-progress-chart = Current state at the first and the latest mapping, and the desired state, per area (scale 1–5)
family-legend-first = Grey dot: first mapping
family-legend-latest = Coloured dot: latest mapping
family-legend-desired = Diamond: desired state
family-progress-table = The same figures as a table
family-col-area = Area
family-col-first = First
family-col-latest = Latest
family-col-desired = Desired
family-col-progress = Change
family-map-first = First mapping
family-map-again = New mapping
family-map-help = For each area, enter how it works now and how the family wants it to work, with the child's needs in focus. Leave an area blank if it does not apply this time.
family-score-1 = Does not work at all
family-score-2 = Works badly
family-score-3 = Works in part
family-score-4 = Works fairly well
family-score-5 = Works well
field-map-on = Date of the mapping
field-map-now = Current state
field-map-goal = Desired state
family-map-skip = Not included this time
family-map-save = Save the mapping
family-mapped = The mapping is saved.
family-plan = Plan
family-plan-pdf = Print the plan (PDF in the family's language)
family-no-goals = No goals yet.
family-no-actions = No actions yet.
family-due = due by
family-overdue = Overdue
field-action-status = Status
family-action-planned = Planned
family-action-ongoing = Ongoing
family-action-done = Done
family-action-dropped = Dropped
family-goal-new = New goal
field-goal-area = Area
field-goal-text = Goal
hint-goal-text = Write the goal as the family puts it, at most 300 characters.
family-goal-save = Save the goal
family-goal-saved = The goal is saved.
family-action-new = New action
field-action-goal = Goal
field-action-text = What is to be done
field-action-responsible = Responsible
hint-action-responsible = The family, the coordinators or an actor.
field-action-due-on = Due by
family-action-save = Save the action
family-action-saved = The action is saved.
family-action-status-saved = The status is saved.
family-responsible-family = The family
family-responsible-coordinators = The coordinators
error-family-score = Choose a value from 1 to 5.
error-family-map-empty = Fill in at least one area.
error-family-responsible = Choose who is responsible.
error-family-action-gone = The action is not in this family's plan.
family-pdf-title = The family's plan (family { $id })
family-pdf-printed = Printed
family-pdf-note = The plan is the family's. The coordinators are bound by confidentiality and contact only the actors you have consented to. You can withdraw your consent at any time.
report-section-programmes = Long-term support
report-col-measure = Measure
report-table-continued = Continued contact ("trygghetsbistånd")
report-continued-chose = Chose continued contact
report-continued-running = Running at the end of the period
report-continued-ended = Ended
report-continued-median = Length, median in days (of those ended)
report-continued-kept = Periods with contact
report-continued-missed = Periods without contact
report-continued-came-back = Came back with a new case
report-continued-note = An agreement counts as chosen on the day it begins. A period counts when it ran out within the report's period. Came back: the resident had a new case in the period, after the continued contact began.
report-table-families = Family coordination
report-families-active = Families with a coordinator pair at the end of the period
report-families-started = Started
report-families-wait = Waiting time to start, median in days
report-families-waiting = On the waiting list at the end of the period
report-families-contacts = Contacts with actors
report-families-closed = Closed
report-families-note = The closed families by outcome add up to the closed; small counts are hidden also where they could otherwise be worked out.
report-table-family-areas = The families' progress per area
report-family-areas-mapped = Mapped at least twice
report-family-areas-better = Better
report-family-areas-same = Unchanged
report-family-areas-worse = Worse
report-family-areas-note = The current state at a family's first mapping is compared with the latest up to the end of the period.
nav-housing = Housing First
housing-title = Housing First
housing-help = Housing First: a home of one's own is a right, not a reward. The support is long-term, practical and close to the landlord, without conditions and without an end date.
housing-enrolled = Participants
housing-none = No participants yet.
housing-label = Participant { $id }
housing-status-active = Tenancy in force
housing-status-warned = Warning from the landlord
housing-status-terminated = Tenancy terminated
housing-status-moved_on = Moved on to a home of their own
housing-since = since
housing-no-home = No home recorded yet.
housing-others = { $count ->
    [one] One more participant has another staff member responsible.
   *[other] { $count } more participants have another staff member responsible.
}
housing-enrol = New participant
field-hf-name = Name
field-hf-number = Personal identity number
field-hf-coordinator = Responsible
field-hf-enrolled-on = Started
housing-enrol-button = Save the participant
housing-created = The participant is saved.
housing-back = Back to Housing First
housing-home = The home
field-tenancy-status = The tenancy
field-home-landlord = Landlord
hint-home-landlord = From the unit's list of landlords or from the support directory.
field-home-address = Address
field-home-start = Tenancy began
housing-held = The tenancy has held for
housing-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
housing-home-new = Record the home
housing-home-change = Change the home
housing-home-save = Save the home
housing-home-saved = The home is saved.
housing-status-change = New state of the tenancy
field-tenancy-since = From
housing-status-save = Save the state
housing-status-saved = The state is saved.
housing-log = Contacts and support
housing-log-help = Contacts with the landlord and the practical support, without conditions. What was said goes in the journal.
housing-log-empty = Nothing logged yet.
housing-log-landlord = Landlord
housing-log-support = Support
housing-landlord-new = Contact with the landlord
field-ll-topic = About
field-ll-on = Date
housing-support-new = Practical support
field-sup-kind = Which support
field-sup-on = Date
housing-log-save = Save
housing-logged = It is saved.
housing-topic-rent = Rent
housing-topic-disturbance = Disturbance
housing-topic-repairs = Repairs
housing-topic-tenancy = The tenancy
housing-topic-other = Other
housing-support-bank_account = Bank account and standing order for the rent
housing-support-rent_paid = Rent paid
housing-support-house_rules = Laundry room and house rules
housing-support-health_care = Contact with health care
housing-support-talk = Motivational talk
housing-support-other = Other support
error-housing-enrolled = The person is a participant already.
error-housing-no-home = Record the home first.
error-housing-before-start = The date is before the tenancy began.
error-housing-before-enrolment = The date is before the person started.
report-table-housing = Housing First
report-housing-enrolled = Participants at the end of the period
report-housing-new = New participants
report-housing-held = Tenancies that reached { $months } months / of them held
report-housing-col-held = Of them held
report-housing-landlord = Contacts with landlords
report-housing-support = Occasions of practical support
report-housing-note = A tenancy counts as held unless it was terminated before it reached that many months; moving on to another home of one's own counts as held.

## Daily use: finding a case, correcting what was registered, why a resident came back

cases-search = Find a case
hint-cases-search = Case number, imported id (e.g. 2023-017), referring organisation or words from a contact note.
error-search-too-long = A search can be at most 200 characters.
cases-show = Show cases
cases-export-csv = CSV
cases-export-xlsx = Excel (XLSX)
cases-export = Download the list
cases-export-bad-filter = The filter cannot be used. Go back to the case list and correct it.
cases-export-too-many = More than { $max } cases match. Narrow them down with the filters and download again.
field-venue-met = Met at venue
field-referred-to = Referred to
field-referral-state = Referral state
field-next-follow-up = Next follow-up
field-external-id = Imported id
field-actions = Actions
field-returning-reason = Why did the resident come back?
hint-returning-reason = Fill in if the resident has had a case with you before. The case then counts as returning.
returning-reason-none = Not returning / not given
returning-reason-not_satisfied = Was not satisfied with the support and needed a reconsideration
returning-reason-something_else = Needed something else
returning-reason-new_problem = A new problem
returning-reason-not_given = Reason not given
report-table-returning = Returning residents by reason
report-first-col-returning = Why the resident came back
report-note-returning = Cases handled in the period and registered as returning. "Reason not given" covers cases from before the reason was asked, or imported without one.
contact-correct = Correct
contact-correct-title = Correct a contact
contact-registered-by = Registered by { $name }.
contact-correct-closed = The case is closed. Reopen it to correct or remove contacts.
contact-correct-audit = The change is logged, and the contact as it was is kept in the log.
contact-correct-save = Save the correction
contact-remove-title = Remove the contact
contact-remove-intro = Only remove a contact that was registered by mistake, for example on the wrong case. The removed contact is kept in the log.
field-contact-remove-confirm = The contact was registered by mistake
contact-remove = Remove the contact
error-confirm-remove = Tick the box to say the contact was registered by mistake.
error-last-contact = A case has at least one contact. Correct this contact instead of removing it.
case-done-contact-saved = The contact has been corrected.
case-done-contact-removed = The contact has been removed.
follow-up-change = Move or cancel
follow-up-change-title = Change a follow-up
follow-up-change-done = The follow-up has already been made or cancelled and cannot be changed.
field-assigned-to = Who makes it
follow-up-move-title = Move or hand over
follow-up-move = Save
follow-up-cancel-title = Cancel the follow-up
field-follow-up-cancel-reason = Why will it not be made?
follow-up-cancel = Cancel it
follow-up-cancel-not_needed = No longer needed
follow-up-cancel-resident_declined = The resident does not want to be contacted
follow-up-cancel-done_otherwise = Followed up at another contact
follow-up-cancel-case_moved = The case has moved on to someone else
follow-up-cancelled-not_needed = Cancelled: no longer needed
follow-up-cancelled-resident_declined = Cancelled: the resident does not want to be contacted
follow-up-cancelled-done_otherwise = Cancelled: followed up at another contact
follow-up-cancelled-case_moved = Cancelled: the case has moved on
case-done-follow-up-moved = The follow-up has been changed.
case-done-follow-up-cancelled = The follow-up has been cancelled.
audit-action-case-export = Case list downloaded
audit-action-contact-update = Contact corrected
audit-action-contact-remove = Contact removed
audit-action-follow-up-move = Follow-up moved
audit-action-follow-up-cancel = Follow-up cancelled
audit-action-inquiry-claim = Request taken
nav-menu = Menu
nav-directory = Support directory
nav-report-inputs = Report inputs
nav-concern-reports = Concern reports
nav-guide = Help
intake-claimed-by = Taken by
intake-unclaimed = No one yet
intake-claim = Take
intake-take-over = Take over
intake-release = Let go
intake-claimed = You have taken the request. Your colleagues see that you will call back.
intake-released = The request has been let go and waits for someone to take it.
home-requests-taken-by = Taken by { $name }
home-requests-not-taken = Not taken by anyone
home-requests-n = { $count ->
    [one] 1 request
   *[other] { $count } requests
}
home-requests-oldest = { $count ->
    [0] the oldest came in today
    [one] the oldest has waited 1 day
   *[other] the oldest has waited { $count } days
}
field-activity-planned = Planned, not held yet
hint-activity-planned = Book an activity that lies ahead, for example a parents' meeting next term. It counts only once you mark it held and fill in how many you reached.
outreach-planned = Planned activities
outreach-passed = The day has passed
outreach-mark-held = Mark as held
field-hint-sv = Explanation (Swedish)
field-hint-en = Explanation (English)
field-hint-ar = Explanation (Arabic)
hint-entry-hint = Shown where the value is chosen, for example what separates two similar choices. At most 300 characters.
error-hint-long = The explanation can be at most 300 characters.
entry-hints-summary = What do the choices mean?
guide-title = Help
guide-heading = How you work as { $role }
guide-intro-own = The main steps of your work in Lotsen. The links take you to the right page.
guide-intro-other = This is what the work looks like for a colleague with this role.
guide-go = Go to the page
guide-other-roles = Other roles
guide-coordinator-register = Register a case
guide-coordinator-register-text = Register every resident you give advice or support, preferably while you meet. Quick registration is enough: channel, age group, area and time. Never write names in notes.
guide-coordinator-find = Find a case
guide-coordinator-find-text = Search by case number, imported id, referring organisation or words from a note. Filter by responsible coordinator, venue or referral state, for example everyone waiting for psychiatry.
guide-coordinator-correct = Correct what went wrong
guide-coordinator-correct-text = A contact with the wrong date or time is corrected from the case with the Correct link. A follow-up can be moved, handed to a colleague or cancelled with a reason. Everything is logged.
guide-coordinator-follow-up = Follow up
guide-coordinator-follow-up-text = The start page shows your follow-ups and those that are overdue. Ask whether the resident got the right support and record the answer; it becomes part of the effect report.
guide-coordinator-intake = Requests from the contact form
guide-coordinator-intake-text = Take a request so your colleagues see who calls back. Make a case of it or close it; its details are then erased at once.
guide-coordinator-dropin = Drop-in
guide-coordinator-dropin-text = See today's drop-in times, cancel or move a session and count the visitors.
guide-coordinator-outreach = Outreach
guide-coordinator-outreach-text = Log network meetings, parents' meetings and information visits. Book coming activities as planned and mark them held afterwards.
guide-manager-cases = The cases
guide-manager-cases-text = You see all of the unit's cases. Filter by responsible coordinator to share out the work, and download the list when you need it in a spreadsheet.
guide-manager-report = The effect report
guide-manager-report-text = Choose a period and compare it with the one before. Small counts are hidden automatically. Click a figure to see the cases behind it.
guide-manager-inputs = Report inputs
guide-manager-inputs-text = Fill in the costs and other figures that the report's calculations of costs and savings rest on.
guide-manager-concerns = Concern reports
guide-manager-concerns-text = Fill in the schools' concern reports per year, so that the report can show the trend.
guide-manager-audit = Audit log review
guide-manager-audit-text = Go through the month's log: who opened identified details and why. Sign when you are done.
guide-analyst-report = The effect report
guide-analyst-report-text = You see aggregated figures only, never single cases. Small counts are hidden so that none can be worked out.
guide-analyst-export = Export
guide-analyst-export-text = Download the report as CSV, Excel or PDF for further analysis or for the committee.
guide-analyst-surveys = Surveys
guide-analyst-surveys-text = See the answers to the check-out survey and the partner survey, summed up per question.
guide-admin-users = Users
guide-admin-users-text = Create accounts, give the right role and disable the accounts of those who have left. If someone forgets their password, you set a new temporary one.
guide-admin-lists = Lists
guide-admin-lists-text = Adapt channels, areas, destinations and outcomes. Write an explanation where two choices are easily confused; it is shown where the choice is made.
guide-admin-unit = Unit settings
guide-admin-unit-text = Name, logo, colours, the small-count threshold and how long data is kept.
guide-admin-import = Import
guide-admin-import-text = Load cases from a spreadsheet, for example from the time before you started with Lotsen.
guide-admin-dropin = Drop-in venues
guide-admin-dropin-text = Add venues and recurring drop-in times; they are shown to residents and in the calendar feed.

## Public pages for residents: the start page, a unit's page, the privacy notice and the accessibility statement

public-start-title = Advice and support
public-start-intro = Here you get advice and help to find the right support from the municipality, the region and voluntary organisations. You do not need to know where to turn – we find out together.
public-unit-voluntary = It is voluntary. You decide what you want to tell us.
public-unit-free = It is free of charge.
public-unit-confidential = We are bound by confidentiality. You can stay anonymous.
public-unit-not-investigation = It is not an investigation and not a decision about aid. We listen, give advice and help you on.
public-start-units = Our services
public-start-more = More for you
public-start-dropin = Drop-in times: come without booking
public-start-support = Find support: from the municipality, the region and voluntary organisations
public-start-staff = Sign-in for staff
public-unit-lead = We give advice and support and help you find the right help, with us or somewhere else.
public-unit-who-h = Who can get help?
public-unit-who = Everyone who lives in or is staying in the municipality, of any age, and anyone who wants advice about someone else, for example a child, a parent or a neighbour.
public-unit-about-h = About us
public-unit-reach-h = How to reach us
public-unit-phone = Phone:
public-unit-email = E-mail:
public-unit-address = Address:
public-unit-dropin = Drop-in times, no booking needed
public-unit-contact = Write to us and we will get in touch
public-unit-support-person-h = Feel free to bring someone
public-unit-support-person = You may bring a support person to our meetings, for example a friend, a relative or someone from an association. Tell us if you need an interpreter; it is free.
public-unit-data-h = What happens to your information?
public-unit-data-documented = We write down the most important things you tell us, so that you do not have to tell everything again. The information is protected by confidentiality and only those who work with your case may read it.
public-unit-data-anonymous = We do not write down your name. We only note things that do not show who you are, for example what you needed help with, so that we can count how many we help. If you want us to call you back, we keep your number until we have spoken.
public-privacy-link = How we handle personal data
public-accessibility-link = Accessibility statement
public-index-intro = Choose a service.
public-back-to-unit = Back to { $unit }
privacy-title = How we handle your personal data
privacy-lead = Here we tell you what information { $unit } keeps about you, why, for how long and what rights you have.
privacy-controller-h = Who is responsible for your information?
privacy-controller = The controller is { $controller }.
privacy-controller-unknown = The controller is the municipal committee that { $unit } belongs to.
privacy-reach = You can reach us at:
privacy-dpo-h = Data protection officer
privacy-dpo = The municipality's data protection officer: { $dpo }.
privacy-dpo-unknown = The municipality has a data protection officer. Ask us and we will help you reach them.
privacy-what-h = What information do we keep?
privacy-what-documented = We keep a record of the support you get: your name and personal identity number, what you tell us that the support needs, and where we have referred you. Who you are is stored encrypted, and every time someone reads it, it is logged.
privacy-what-anonymous = We do not keep who you are. What we note (for example age group, what you needed help with and where we referred you) does not show who you are and is used only to follow up our work.
privacy-what-callback = If you want us to call you back, we keep your name and phone number encrypted until the case is closed. Only the person handling your case and the manager can read them, and every reading is logged.
privacy-why-h = Why?
privacy-why-support = To give you advice and support and help you on to the right help.
privacy-why-follow-up = To follow up that you got the support you needed.
privacy-why-statistics = For statistics about our work, in which no one can be recognised. Counts below { $threshold } are never shown.
privacy-basis-h = On what legal basis?
privacy-basis = We process the information to perform a task in the public interest and in the exercise of official authority (General Data Protection Regulation, Article 6(1)(e)), and information about health and social circumstances to provide social support (Article 9(2)(h)), under the Social Services Act (2025:400).
privacy-secrecy = The information is protected by secrecy under the Public Access to Information and Secrecy Act (chapter 26). We only share anything with others if you consent, or if the law requires it.
privacy-keep-h = For how long?
privacy-keep-record = { $count ->
    [one] The record is kept for 1 year after the last entry and is then culled.
   *[other] The record is kept for { $count } years after the last entry and is then culled.
}
privacy-keep-callback = { $count ->
    [one] Name and phone number for a call-back are erased 1 day after the case is closed.
   *[other] Name and phone number for a call-back are erased { $count } days after the case is closed.
}
privacy-keep-request = { $count ->
    [one] What you write in the contact form is erased once we have been in touch, and at the latest after 1 day.
   *[other] What you write in the contact form is erased once we have been in touch, and at the latest after { $count } days.
}
privacy-keep-survey = { $count ->
    [one] Free text in surveys is erased after 1 day.
   *[other] Free text in surveys is erased after { $count } days.
}
privacy-keep-statistics = Statistics without information about who you are are kept.
privacy-rights-h = Your rights
privacy-rights-intro = Contact us if you want to use your rights. You have the right to:
privacy-right-access = know what information we have about you and get a copy,
privacy-right-rectify = have mistakes corrected,
privacy-right-erase = have information erased when we may or need no longer keep it,
privacy-right-restrict = ask us to only store the information for now and not use it,
privacy-right-object = object to our processing of the information.
privacy-complain-site = www.imy.se
privacy-complain-h = Complaints
privacy-complain = If you think we handle your information wrongly, you can turn to the Swedish Authority for Privacy Protection (IMY).
a11y-title = Accessibility statement
a11y-lead = { $owner } is responsible for these pages. We want as many people as possible to be able to use them, also with a screen reader, magnification or only a keyboard.
a11y-status-h = How accessible are the pages?
a11y-status-full = The pages fully comply with the Swedish Act on accessibility to digital public services.
a11y-status-partial = The pages partly comply with the Swedish Act on accessibility to digital public services, because of the shortcomings described below.
a11y-issues-h = What does not work yet
a11y-tested-h = How we have tested
a11y-tested = The pages follow WCAG 2.1 level AA. We test them automatically with axe-core in the Chromium browser, in Swedish and Arabic and on a 360 pixel wide phone screen, and we go through them with a keyboard. The pages work without JavaScript and are in Swedish, Easy Swedish, English and Arabic.
a11y-reviewed = The statement was last reviewed on { $date }.
a11y-feedback-h = Tell us if something does not work
a11y-feedback = Do you find shortcomings in accessibility, or do you need the content in another format? Contact us:
a11y-enforcement-site = www.digg.se/tdosanmalan
a11y-enforcement-h = Supervision
a11y-enforcement = The Agency for Digital Government (Digg) supervises the Act. If you are not satisfied with how we handle your comments, you can report it to Digg:
admin-unit-public-link = Public page, personal data and accessibility
admin-public-title = Public page for residents
admin-public-back = Back to the unit settings
admin-public-intro = What you write here is shown on the unit's public page and in the pages about personal data and accessibility. Write plain text; web and e-mail addresses become links by themselves.
admin-public-see = Show the public page
admin-public-saved = The public page has been saved.
admin-public-about-legend = About the service, in your own words
field-about-sv = In Swedish
field-about-en = In English
field-about-ar = In Arabic
hint-about = What you do, for whom and how to reach you. An empty line starts a new paragraph. At most 2,000 characters.
admin-public-reach-legend = How to reach you
admin-public-privacy-legend = Personal data
field-controller = Controller
hint-controller = The committee and the municipality, for example Socialnämnden i Lunds kommun.
field-dpo = Data protection officer
hint-dpo = How to reach the data protection officer, for example an e-mail address.
admin-public-a11y-legend = Accessibility
field-accessibility-contact = Where to report accessibility problems
field-accessibility-issues = Known shortcomings
hint-accessibility-issues = Leave empty if you know of none.
field-reviewed-on = Last reviewed
error-public-text-long = The text can be at most 2,000 characters.
error-public-line-long = The field can be at most 200 characters.
error-public-html = Write plain text without HTML tags. Web addresses become links by themselves.
audit-action-unit-public = Public page changed

## Following one's own case with a code and PIN

public-follow-link = Follow your case with a code and PIN
follow-title = Follow your case
follow-intro = Type the code and the PIN your coordinator gave you. You will see how your case is going and can write to us.
field-follow-code = Case code
hint-follow-code = Eight characters, for example K7MQ-2XPA.
field-follow-pin = PIN
hint-follow-pin = Six digits.
follow-sign-in = Show my case
follow-no-code = No code? Ask your coordinator the next time you are in touch.
follow-case-title = Your case
follow-sent = Thank you! We have received your message.
follow-open = Ongoing
follow-closed = Closed
follow-since = First contact
follow-coordinator = Your coordinator
follow-next = Next step
follow-next-on = We will be in touch by { $date }.
follow-next-none = Nothing is planned right now. Write to us if you wonder about anything.
follow-referrals = Where we have referred you
follow-no-referrals = No referral yet.
follow-referral-suggested = suggested
follow-referral-pending = contact made, waiting for support
follow-referral-established = the support has started
follow-referral-ended = ended
follow-write = Write to us
field-follow-message = Your message
hint-follow-message = At most 1,000 characters. Do not write personal identity numbers.
field-follow-close = I want to close the case
follow-send = Send
follow-sign-out = Sign out
follow-slip-title = Follow your case
follow-slip-once = The PIN is shown only now. Print the slip or copy the codes for the resident before you leave this page.
follow-slip-how = Go to the address below and type the code and the PIN. There you see how your case is going and can write to us.
follow-slip-until = The code is valid until { $date }.
follow-messages-title = Messages from the resident
follow-messages-none = No messages.
follow-message-new = New
follow-message-close = Wants to close the case
follow-staff-title = The resident follows the case
follow-staff-intro = Give the resident a code and a PIN, and they can see how the case is going and write to you. A new code makes the old one stop working.
follow-messages-read = { $count ->
    [one] Read the message
   *[other] Read { $count } messages
}
follow-messages-unread = { $count ->
    [one] 1 new
   *[other] { $count } new
}
follow-close-asked = The resident wants to close the case.
follow-code-created = created { $date }
follow-code-used = last used { $date }
follow-code-until = valid until { $date }
follow-revoke = Turn off the code
follow-code-stopped = no longer valid
follow-give-code = Give the resident a code
case-done-follow-revoked = The code has been turned off.
error-follow-code = Type the code as it is on the slip: eight characters.
error-follow-pin = The PIN is six digits.
error-follow-unknown = The code is not valid. It may be mistyped, turned off or too old. Ask your coordinator for a new one.
error-follow-locked = Wrong PIN too many times. Wait a while and try again.
error-follow-pin-wrong = Wrong PIN. After five tries you will have to wait a while.
error-follow-message-long = The message can be at most 1,000 characters.
audit-action-case-follow-create = Code for the resident created
audit-action-case-follow-revoke = Code for the resident turned off
audit-action-case-messages-view = Resident's messages read
audit-action-follow-sign-in = Resident signed in with a code
audit-action-follow-sign-in-failure = Wrong PIN from a resident
audit-action-follow-view = Resident viewed their case
audit-action-follow-message = Message from the resident
