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
login-error-throttled = Too many failed attempts. Wait 15 minutes and try again.

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
password-saved = Your password has been changed. You have been logged out on your other devices.

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
admin-users-done-password = The password has been set. Your colleague has been logged out everywhere.
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
