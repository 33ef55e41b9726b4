# Lotsen – svenska (standardspråk)

app-name = Lotsen
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-home = Start
nav-audit = Loggkontroll
nav-users = Användare
nav-unit = Verksamhetens inställningar
nav-units = Verksamheter
nav-account = Mitt konto
nav-logout = Logga ut
language-switch-label = Välj språk
save = Spara
search = Sök
clear-filters = Rensa filter
back-to-users = Tillbaka till användarna

role-coordinator = Koordinator
role-manager = Enhetschef
role-analyst = Analytiker
role-admin = Administratör
status-active = Aktiv
status-disabled = Avstängd

form-has-errors = Något behöver rättas
error-prefix = Fel:
error-required = Fyll i fältet.
error-username = Användarnamnet ska vara 3–64 tecken: små bokstäver a–z, siffror, punkt, understreck eller bindestreck, och börja med en bokstav.
error-username-taken = Användarnamnet är redan upptaget. Välj ett annat.
error-display-name = Namnet får vara högst 100 tecken.
error-password-short = Lösenordet måste ha minst 12 tecken. En mening med flera ord är lätt att minnas.
error-password-long = Lösenordet får vara högst 256 tecken.
error-password-mismatch = Lösenorden är inte likadana.
error-current-password = Det nuvarande lösenordet stämmer inte.
error-role = Välj en roll i listan.
error-own-role = Du kan inte ta bort din egen administratörsroll. Be en annan administratör göra det.
error-disable-self = Du kan inte stänga av ditt eget konto.
error-unit-name = Verksamhetens namn får vara högst 120 tecken.
error-color = Ange färgen som #rrggbb, till exempel #1a5c8e.
error-color-contrast = Färgen är för ljus: vit text på den måste ha kontrast minst 4,5:1.
error-font-scale = Ange ett heltal mellan 90 och 150.
error-date = Ange datumet som ÅÅÅÅ-MM-DD.
error-date-order = Slutdatumet kan inte vara före startdatumet.
error-logo-type = Logotypen måste vara en PNG-, JPEG- eller WebP-bild.
error-logo-size = Logotypen får vara högst 256 kB.

field-username = Användarnamn
field-password = Lösenord
field-display-name = Namn
field-role = Roll
field-status = Status
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
field-confirm-password = Upprepa det nya lösenordet
field-initial-password = Första lösenord
field-unit-name = Verksamhetens namn
field-admin-display-name = Administratörens namn
field-admin-username = Administratörens användarnamn
field-primary-color = Huvudfärg
field-font-scale = Textstorlek (procent)
field-logo = Logotyp
hint-username = Små bokstäver, siffror, punkt eller bindestreck, till exempel anna.berg.
hint-password = Minst 12 tecken. Använd gärna en mening med flera ord.
hint-reset-password = Kollegan loggas ut överallt och loggar in med det nya lösenordet.
hint-unit-name = Till exempel ”Råd och stöd, Mitt”.
hint-primary-color = Som #rrggbb. Vit text ska kunna läsas på färgen.
hint-font-scale = 100 är webbläsarens egen storlek; 90–150 är tillåtet.
hint-logo = PNG, JPEG eller WebP, högst 256 kB.

error-page-home = Till startsidan
error-page-reference = Referens för support: { $id }
error-page-400 = Förfrågan kunde inte läsas
error-page-400-help = Något i förfrågan var felaktigt. Gå tillbaka och försök igen.
error-page-403 = Du har inte behörighet till sidan
error-page-403-help = Sidan hör till en annan roll. Fråga din administratör om du behöver komma åt den.
error-page-404 = Sidan finns inte
error-page-404-help = Adressen kan vara felstavad, eller så har sidan tagits bort.
error-page-405 = Det går inte att göra så här
error-page-405-help = Sidan tar inte emot den här sortens förfrågan.
error-page-413 = Det du skickade är för stort
error-page-413-help = Försök med en mindre fil eller kortare text.
error-page-429 = För många försök
error-page-429-help = Vänta en stund och försök sedan igen.
error-page-500 = Något gick fel hos oss
error-page-500-help = Felet är loggat. Försök igen om en stund; om det fortsätter, kontakta support och uppge referensen nedan.
error-page-503 = Tjänsten är inte tillgänglig just nu
error-page-503-help = Databasen svarar inte. Försök igen om en stund.
error-page-csrf = Formuläret har gått ut
error-page-csrf-help = Av säkerhetsskäl kunde formuläret inte skickas. Ladda om sidan och försök igen.

login-title = Logga in
login-submit = Logga in
login-forgot = Glömt lösenordet? Be en administratör i din verksamhet att sätta ett nytt.
login-error-missing = Fyll i användarnamn och lösenord.
login-error-invalid = Användarnamnet eller lösenordet stämmer inte.
login-error-throttled = För många misslyckade försök. Vänta 15 minuter och försök igen.

home-title = Start
home-greeting = Hej { $name }!
home-unit = Du arbetar i { $unit }.
home-role = Din roll: { $role }.
home-audit-text = Se vem som gjort vad och när, och gör stickprov.
home-users-text = Lägg till kollegor, ändra roller och stäng av konton.
home-unit-text = Namn, färg, textstorlek och logotyp.
home-account-text = Byt ditt lösenord.

password-title = Byt lösenord
password-submit = Byt lösenord
password-saved = Lösenordet är bytt. Du har loggats ut på dina andra enheter.

setup-title = Kom igång med Lotsen
setup-intro = Skapa verksamheten och ditt eget administratörskonto. Länken fungerar en gång.
setup-submit = Skapa och logga in

admin-users-title = Användare
admin-users-new = Ny användare
admin-users-create = Skapa användaren
admin-users-caption = { $count ->
    [one] En användare i verksamheten
   *[other] { $count } användare i verksamheten
}
admin-users-done-created = Användaren är skapad.
admin-users-done-saved = Ändringarna är sparade.
admin-users-done-disabled = Kontot är avstängt och alla dess inloggningar är avslutade.
admin-users-done-enabled = Kontot är aktivt igen.
admin-users-done-password = Lösenordet är satt. Kollegan har loggats ut överallt.
admin-user-reset-password = Sätt nytt lösenord
admin-user-access = Åtkomst
admin-user-disable = Stäng av kontot
admin-user-disable-help = Ett avstängt konto kan inte logga in, och pågående inloggningar avslutas direkt. Historiken finns kvar.
admin-user-enable = Aktivera kontot igen

admin-unit-title = Verksamhetens inställningar
admin-unit-saved = Inställningarna är sparade.
admin-unit-logo = Logotyp
admin-unit-logo-current = Nuvarande logotyp
admin-unit-logo-upload = Ladda upp logotypen
admin-unit-logo-remove = Ta bort logotypen
admin-unit-logo-saved = Logotypen är uppdaterad.

admin-units-title = Verksamheter
admin-units-new = Ny verksamhet
admin-units-new-help = En ny verksamhet får en egen första administratör, som sedan sköter dess användare och inställningar.
admin-units-create = Skapa verksamheten
admin-units-created = Verksamheten och dess administratör är skapade.

audit-title = Loggkontroll
audit-intro = Alla inloggningar, ändringar och visningar av personuppgifter i din verksamhet. Loggen kan inte ändras i efterhand.
audit-caption = Händelser, nyaste först
audit-empty = Inga händelser matchar filtret.
audit-any-action = Alla händelser
field-audit-user = Användarnamn
field-audit-action = Händelse
field-audit-record-type = Posttyp
field-audit-record-id = Post-id
field-from-date = Från och med
field-to-date = Till och med
audit-col-time = Tid
audit-col-user = Användare
audit-col-action = Händelse
audit-col-record = Post
audit-col-detail = Detaljer
audit-col-ip = IP-adress
pager-label = Sidor
pager-newest = Nyaste
pager-older = Äldre händelser
audit-action-login-success = Inloggning
audit-action-login-failure = Misslyckad inloggning
audit-action-login-throttled = Inloggning spärrad
audit-action-logout = Utloggning
audit-action-setup-complete = Installation klar
audit-action-user-create = Användare skapad
audit-action-user-update = Användare ändrad
audit-action-user-disable = Konto avstängt
audit-action-user-enable = Konto aktiverat
audit-action-user-password = Lösenord bytt
audit-action-user-password-reset = Lösenord återställt
audit-action-unit-create = Verksamhet skapad
audit-action-unit-update = Verksamhet ändrad
audit-action-unit-logo = Logotyp ändrad

# Fältnamn i felsammanfattningar
field-current = Nuvarande lösenord
field-new = Nytt lösenord
field-confirm = Upprepat lösenord
field-name = Verksamhetens namn
field-admin-password = Första lösenord
field-from = Från och med
field-to = Till och med
field-disable = Åtkomst

audit-actor-cli = Kommandoraden
audit-record-session = Inloggning
audit-record-user = Användare
audit-record-unit = Verksamhet
