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
login-error-throttled = För många misslyckade försök. Vänta { $wait } och försök igen.
login-wait-seconds = { $count ->
    [one] en sekund
   *[other] { $count } sekunder
}
login-wait-minutes = { $count ->
    [one] en minut
   *[other] { $count } minuter
}
login-error-busy = Just nu loggar många in samtidigt. Försök igen om några sekunder.

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
password-saved = Lösenordet är bytt. Du har loggats ut på dina andra enheter och dina API-nycklar är återkallade; skapa nya under API-nycklar för de system som behöver dem.

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
admin-users-done-password = Lösenordet är satt. Kollegan har loggats ut överallt och hens API-nycklar är återkallade.
admin-users-tokens = API-nycklar i verksamheten
admin-tokens-title = API-nycklar i verksamheten
admin-tokens-intro = Nycklar som medarbetarna har skapat för andra system. En nyckel gäller bara API:t, aldrig inloggningen på sidorna. Återkalla en nyckel som inte längre behövs eller som kan ha kommit i fel händer; den slutar gälla direkt. Nycklar återkallas också när ägarens lösenord byts.
admin-tokens-none = Ingen i verksamheten har skapat någon API-nyckel.
admin-tokens-caption = { $count ->
    [one] En API-nyckel
   *[other] { $count } API-nycklar
}
admin-tokens-owner = Ägare
admin-tokens-created = Skapad
admin-tokens-last-used = Senast använd
admin-tokens-never = Aldrig
admin-tokens-revoke-named = Återkalla nyckeln { $name }
admin-tokens-done-revoked = Nyckeln är återkallad och slutar gälla direkt.
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
field-from-month = Från och med månad
field-to-month = Till och med månad
hint-report-month = ÅÅÅÅ-MM, till exempel 2026-03.
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

# Ärendeloggen
nav-cases = Ärenden
home-cases-text = Sök, filtrera och arbeta med verksamhetens ärenden.
home-follow-ups = Mina uppföljningar
home-no-follow-ups = Inga uppföljningar väntar på dig.
yes = Ja
no = Nej
choose = Välj …
any = Alla
back-to-case = Tillbaka till ärendet
back-to-cases = Tillbaka till ärendena

case-new-title = Registrera ärende
case-new-intro = Inga namn här. Ärendet är anonymt; kontaktuppgifter läggs bara till om personen vill bli uppringd.
case-new-referral = Lotsning (valfritt)
case-new-more = Fler uppgifter (valfritt)
case-new-submit = Registrera
case-title = Ärende { $id }
case-edit-title = Ändra ärende { $id }
case-edit = Ändra uppgifterna
case-summary = Uppgifter
case-figures = Siffror
case-status-open = Öppet
case-status-closed = Avslutat
case-contacts = Kontakter
case-no-contacts = Inga kontakter ännu.
case-add-contact = Lägg till kontakt
case-referrals = Lotsningar
case-no-referrals = Ingen lotsning ännu.
case-add-referral = Lägg till lotsning
case-follow-ups = Uppföljningar
case-no-follow-ups = Ingen uppföljning planerad.
case-add-follow-up = Planera uppföljning
case-close = Avsluta ärendet
case-reopen = Öppna ärendet igen
case-reopen-help = Ett avslutat ärende kan öppnas igen, till exempel om personen hör av sig på nytt i samma fråga. Det loggas.
case-done-created = Ärendet är registrerat.
case-done-saved = Ändringarna är sparade.
case-done-contact = Kontakten är tillagd.
case-done-referral = Lotsningen är tillagd.
case-done-referral-updated = Lotsningen är uppdaterad.
case-done-follow-up = Uppföljningen är planerad.
case-done-follow-up-done = Uppföljningen är registrerad.
case-done-closed = Ärendet är avslutat.
case-done-reopened = Ärendet är öppnat igen.
case-done-forgotten = Kontaktuppgifterna är raderade. Ärendet och statistiken finns kvar.

field-case = Ärende
field-channel = Kontaktväg
field-age-group = Åldersgrupp (den ärendet gäller)
field-category = Huvudsakligt problemområde
field-secondary = Andra problemområden
field-minutes = Minuter
field-mode = Kontaktsätt
field-residency = Folkbokförd i kommunen?
field-returning = Återkommande person
field-first-contact-on = Första kontakt
field-referring-org = Hänvisande organisation
field-previous-case = Tidigare ärende
field-coordinator = Ansvarig koordinator
field-closed-on = Avslutat den
field-outcome = Utfall
field-date = Datum
field-note = Anteckning
field-author = Av
field-destination = Lotsad till
field-referral-kind = Typ av stöd
field-consent = Personen samtycker till att uppgifter lämnas till mottagaren
field-info-shared = Uppgifter har lämnats till mottagaren
field-established-on = Stödet etablerat den
field-plan-follow-up = Planera en uppföljning
field-follow-up-on = Uppföljning den
field-follow-up-outcome = Fick personen rätt stöd?
field-forget-identity = Radera kontaktuppgifterna nu
field-sort = Ordning
field-ref-destination = Lotsad till
field-ref-kind = Typ av stöd
field-contact-on = Datum
field-contact-mode = Kontaktsätt
field-contact-minutes = Minuter
field-contact-note = Anteckning
field-referral-destination = Lotsad till
field-referral-on = Datum
field-referral-follow-up-on = Uppföljning den
field-follow-up-due-on = Uppföljning den
field-close-outcome = Utfall
field-close-on = Avslutat den
field-close-follow-up-on = Uppföljning den
hint-consent = Krävs innan uppgifter om personen lämnas vidare.
hint-referring-org = Till exempel skolan som tipsade om oss. Inga personnamn.
hint-previous-case = Ärendenumret, om personen har varit här förut.
hint-no-names = Skriv inga namn eller andra uppgifter som kan peka ut någon.
hint-established-on = Fyll i när stödet är på plats.
hint-forget-identity = Rekommenderas: uppgifterna behövs inte när ärendet är avslutat.

residency-yes = Ja, kontrollerat
residency-no = Nej
residency-not_applicable = Ej aktuellt
figure-contacts = Kontakter
figure-minutes = Minuter totalt
figure-days-to-meeting = Dagar till första mötet
figure-days-to-support = Dagar till etablerat stöd

referral-status-suggested = Föreslagen
referral-status-resident_will_contact = Personen tar kontakt själv
referral-status-contact_made = Kontakt tagen
referral-status-support_established = Stödet är etablerat
referral-status-declined = Tackade nej
referral-status-not_reached = Nådde inte fram
referral-consent-given = samtycke finns
referral-consent-missing = inget samtycke
referral-info-shared = uppgifter lämnade
referral-update = Uppdatera lotsningen

follow-up-outcome-yes = Ja
follow-up-outcome-partly = Delvis
follow-up-outcome-no = Nej
follow-up-outcome-not_reached = Nådde inte personen
follow-up-overdue = Försenad
follow-up-today = I dag
follow-up-record = Registrera

cases-title = Ärenden
cases-any-status = Alla
cases-mine = Bara mina
cases-mine-short = ditt
cases-overdue = Försenad uppföljning
cases-count = { $count ->
    [one] Ett ärende
   *[other] { $count } ärenden
}
sort-newest = Nyaste först
sort-oldest = Äldsta först
pager-first = Första sidan
pager-next = Nästa sida

identity-title = Kontaktuppgifter
identity-view = Visa uppgifterna
identity-view-help = Uppgifterna visas när du väljer det, och då skrivs det i loggen att du har sett dem.
identity-kept = Kontaktuppgifter finns sparade för att kunna ringa tillbaka.
identity-show = Visa kontaktuppgifterna (loggas)
identity-not-yours = Bara ansvarig koordinator och enhetschefen kan se dem.
identity-none = Ärendet är anonymt. Inga kontaktuppgifter är sparade.
identity-add = Spara kontaktuppgifter för att ringa tillbaka
identity-saved = Kontaktuppgifterna är sparade, krypterade.
identity-logged = Varje visning av de här uppgifterna skrivs i loggen. Spara bara det som behövs för att nå personen.
identity-forget = Radera kontaktuppgifterna
identity-forget-help = Ärendet och dess statistik finns kvar; bara kontaktuppgifterna försvinner.
field-person-name = Namn
field-phone = Telefon
field-email = E-post
field-language = Önskat språk
field-contact-time = Bästa tid att nå personen
field-reason = Varför uppgifterna sparas
hint-reason = Till exempel ”ringa tillbaka om bostadsansökan”.

error-choose = Välj ett alternativ i listan.
error-minutes-range = Ange minuter som ett heltal mellan 1 och 960.
error-date-future = Datumet kan inte ligga i framtiden.
error-due-date = Välj ett datum från i dag och högst två år framåt.
error-note-long = Anteckningen får vara högst 1 000 tecken.
error-text = Texten är för lång eller innehåller otillåtna tecken.
error-consent-required = Personens samtycke krävs innan uppgifter lämnas till mottagaren.
error-established-date = Ange när stödet blev etablerat.
error-established-before = Stödet kan inte ha etablerats före lotsningen.
error-case-number = Det finns inget sådant ärende i verksamheten.
error-case-closed = Ärendet är avslutat. Öppna det igen för att fortsätta.
error-case-already-closed = Ärendet är redan avslutat.
error-before-first-contact = Datumet kan inte vara före första kontakten.
error-follow-up-done = Uppföljningen är redan registrerad.
error-phone = Ange ett telefonnummer med 5–15 siffror.
error-email = Ange en e-postadress som namn@exempel.se.
error-reach = Ange ett telefonnummer eller en e-postadress, så att personen kan nås.
error-label = Namnet får vara högst 120 tecken.
error-age-bound = Ange åldrar som heltal mellan 0 och 120, med övre gränsen minst lika stor som den nedre.

audit-record-case = Ärende
audit-action-case-create = Ärende registrerat
audit-action-case-update = Ärende ändrat
audit-action-case-close = Ärende avslutat
audit-action-case-reopen = Ärende öppnat igen
audit-action-contact-create = Kontakt tillagd
audit-action-referral-create = Lotsning tillagd
audit-action-referral-update = Lotsning uppdaterad
audit-action-follow-up-create = Uppföljning planerad
audit-action-follow-up-complete = Uppföljning registrerad
audit-action-identity-view = Kontaktuppgifter visade
audit-action-identity-create = Kontaktuppgifter sparade
audit-action-identity-update = Kontaktuppgifter ändrade
audit-action-identity-forget = Kontaktuppgifter raderade

mode-from-channel = Samma som kontaktvägen
cases-filter = Filtrera ärendena

# Listor
nav-lists = Listor
home-lists-text = Kontaktvägar, åldersgrupper, problemområden, lotsningar och utfall.
lists-title = Verksamhetens listor
lists-intro = Det som går att välja i ärendena. En rad som används kan tas ur bruk men aldrig raderas, så att gamla ärenden och statistiken behåller den.
lists-active = { $count ->
    [one] En i bruk
   *[other] { $count } i bruk
}
lists-retired = { $count ->
    [one] en ur bruk
   *[other] { $count } ur bruk
}
lists-entries = Raderna i listan
lists-extra = Mer
lists-add = Lägg till en rad
back-to-lists = Tillbaka till listorna
back-to-list = Tillbaka till { $list }
list-kind-channel = Kontaktvägar
list-kind-age_group = Åldersgrupper
list-kind-category = Problemområden
list-kind-contact_mode = Kontaktsätt
list-kind-referral_destination = Lotsningsmottagare
list-kind-referral_kind = Typer av stöd
list-kind-closing_outcome = Utfall vid avslut
list-kind-activity_type = Typer av samverkan
list-kind-family_area = Områden i familjens kartläggning
list-in-use = I bruk
list-retired = Ur bruk
list-use = Användning
list-retire = Ta ur bruk
list-retire-help = Raden visas inte längre när nya ärenden registreras. Ärenden som redan har den behåller den, och den finns kvar i statistiken.
list-restore = Ta i bruk igen
list-restore-help = Raden är ur bruk. Ta den i bruk igen för att kunna välja den i nya ärenden.
list-counts-as-meeting = räknas som möte
list-done-added = Raden är tillagd.
list-done-saved = Ändringarna är sparade.
list-done-retired = Raden är tagen ur bruk.
list-done-restored = Raden är i bruk igen.
group-municipal = Kommunen
group-region = Regionen
group-ngo = Ideell organisation
group-other = Annan
field-label-sv = Namn på svenska
field-label-en = Namn på engelska
field-label-ar = Namn på arabiska
field-group = Grupp
field-age-min = Från ålder
field-age-max = Till och med ålder
field-counts-as-meeting = Räknas som möte
field-ksi-code = KSI-kod
hint-label-translation = Lämnas tomt visas det svenska namnet.
hint-age-max = Lämna tomt för den äldsta gruppen.
hint-counts-as-meeting = Används för ”dagar till första mötet”.
hint-ksi-code = Valfritt. Socialstyrelsens klassifikation av insatser, för jämförelser mellan kommuner.
error-ksi = Ange KSI-koden med bokstäver, siffror, punkt eller bindestreck, högst 20 tecken.
audit-record-list_entry = Listrad
audit-action-list-create = Listrad tillagd
audit-action-list-update = Listrad ändrad
audit-action-list-retire = Listrad tagen ur bruk
audit-action-list-restore = Listrad i bruk igen
admin-unit-records = Dokumentation
documentation-mode-anonymous = Verksamheten för en anonym logg: ärendena bär ingen identitet, bara statistik. Det förutsätter att nämnden har beslutat om undantag från dokumentationsskyldigheten (socialtjänstlagen, SFS 2025:400).
documentation-mode-documented = Verksamheten dokumenterar: identitet och daterade journalanteckningar förs för varje kontakt.
admin-unit-records-help = Välj hur verksamheten för sitt register och ange nämndens beslut. Anonymitet kräver beslut om undantag: i anonymt läge för alla ärenden, i dokumenterande läge för anonyma besökare som bara får råd.
admin-unit-records-missing = Nämndens beslut (diarienummer och datum) saknas för den anonymitet verksamheten använder.
admin-unit-records-saved = Inställningen för dokumentation är sparad.
field-decision-ref = Nämndens beslut, diarienummer
hint-decision-ref = Till exempel ”SN 2025/123”.
error-reserve-number = Ett reservnummer har 1–20 tecken (A–Z, 0–9 och bindestreck) och minst en bokstav.
error-pnr-check = Kontrollsiffran stämmer inte.
error-pnr-future = Födelsedatumet i numret ligger i framtiden.
error-pnr-date = Datumet i numret finns inte.
error-pnr-format = Skriv numret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.
error-decision-needed = Anonymitet kräver nämndens beslut: ange diarienummer och beslutsdatum.
admin-unit-records-new-cases = En ändring gäller ärenden som registreras från och med nu. Ärenden som redan finns behåller det läge de registrerades i.
hint-decided-on = Dagen då nämnden fattade beslutet, ÅÅÅÅ-MM-DD.
field-decided-on = Beslutsdatum
hint-anonymous-walk-ins = Gäller bara i dokumenterande läge och bara om nämndens beslut säger det.
field-anonymous-walk-ins = Besökare som bara får råd får registreras anonymt (”Endast råd, anonym”)
records-mode-documented = Dokumenterar (personuppgifter och journalanteckningar)
records-mode-anonymous = Anonym logg (nämnden har beslutat om undantag)
field-records-mode = Hur verksamheten dokumenterar
audit-action-unit-records = Dokumentationsbeslut ändrat

# Import
import-title = Importera tidigare statistik
import-intro = Läs in ärenden från ett kalkylblad (CSV eller XLSX), en rad per ärende. Kör först en provkörning: den visar varje fel med rad och kolumn utan att spara något. Samma fil kan läsas in igen utan att något dubbleras.
import-example = Ladda ner en exempelfil med alla kolumner
import-run = Läs in en fil
import-submit = Läs in
import-result-title = Resultat för { $file }
import-saved = { $count ->
    [one] Ett ärende är inläst.
   *[other] { $count } ärenden är inlästa.
}
import-dry-run-ok = { $count ->
    [one] Provkörningen gick bra: ett ärende kan läsas in. Inget är sparat ännu.
   *[other] Provkörningen gick bra: { $count } ärenden kan läsas in. Inget är sparat ännu.
}
import-already = { $count ->
    [one] En rad var redan inläst och hoppades över.
   *[other] { $count } rader var redan inlästa och hoppades över.
}
import-nothing-new = Filen innehöll inga nya ärenden.
import-problems = { $count ->
    [one] Ett fel i filen
   *[other] { $count } fel i filen
}
import-nothing-saved = Inget är sparat. Rätta filen (eller listorna) och försök igen.
import-problems-caption = Fel per rad och kolumn
import-row = Rad
import-column = Kolumn
import-value = Värde
import-problem = Fel
field-file = Fil
field-dry-run = Provkörning – kontrollera filen utan att spara
hint-import-file = CSV (UTF-8, komma- eller semikolonavgränsad) eller XLSX, högst 32 MB. Kolumnerna beskrivs i exempelfilen.
hint-import-coordinator = Ärendena registreras på den här koordinatorn.
error-import-size = Filen är större än 32 MB.
import-error-unreadable = Filen gick inte att läsa som CSV eller XLSX.
import-error-encoding = Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” och försök igen.
import-error-empty = Filen är tom.
import-error-too-many = Filen har fler än 200 000 rader. Dela upp den.
import-error-format = Lotsen läser CSV- och XLSX-filer. Spara bladet som XLSX eller ”CSV UTF-8” och försök igen.
import-error-dimensions = Bladet är större än Lotsen läser: högst 200 000 rader och 200 kolumner. Ta bort tomma rader och kolumner längst ut, eller dela upp filen.
import-error-cells = Filen har fler celler än Lotsen läser (högst 4 miljoner). Dela upp den.
import-error-unpacked = Filen packas upp till mer än 64 MB. Spara bara det blad som ska importeras, utan bilder, och försök igen.
import-error-unknown-column = Okänd kolumn.
import-error-missing-column = Kolumnen saknas.
import-error-id = Ange ett id på högst 100 tecken.
import-error-duplicate-id = Samma id finns på en tidigare rad i filen.
import-error-date = Ange datumet som ÅÅÅÅ-MM-DD.
import-error-unknown-value = Värdet finns inte i verksamhetens lista.
import-error-yes-no = Ange ja eller nej.
import-error-residency = Ange ja, nej eller ej aktuellt.
import-error-contacts = Ange antal kontakter som ett heltal mellan 1 och 200.
import-error-minutes = Ange minuter som ett heltal mellan 0 och 100 000.
import-error-referral-pair = Ange både lotsad till och typ av stöd, eller ingen av dem.
import-error-outcome-needed = Ett avslutat ärende behöver ett utfall.
nav-import = Import
audit-action-case-import = Ärenden importerade

# API-nycklar
tokens-title = API-nycklar
tokens-intro = En API-nyckel låter ett annat system (till exempel kommunens statistikverktyg) läsa och registrera ärenden åt dig, med din roll och i din verksamhet. Ge varje system en egen nyckel och dra tillbaka den när den inte behövs.
tokens-created = Nyckeln är skapad. Kopiera den nu – den visas bara den här gången.
tokens-created-at = skapad { $when }
tokens-last-used = senast använd { $when }
tokens-revoked = Återkallad
tokens-revoke = Återkalla
tokens-new = Ny nyckel
tokens-create = Skapa nyckel
tokens-docs = API:t beskrivs i OpenAPI-dokumentet:
field-token-name = Vad nyckeln används till
hint-token-name = Till exempel ”statistikexport” eller ”ärendesystemet”.
error-limit = Ange en sidstorlek mellan 1 och 200.
audit-action-token-create = API-nyckel skapad
audit-action-token-revoke = API-nyckel återkallad
cases-count-more = Fler än { $count } ärenden

# Drop-in
nav-dropin = Drop-in
home-dropin-text = Drop-in-tider, inställda tillfällen och besöksloggen.
dropin-title = Drop-in
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $weekday } { $day } { $month }
dropin-repeat-weekly = Varje vecka
dropin-repeat-biweekly = Varannan vecka
dropin-repeat-monthly = En gång i månaden
dropin-repeat-once = Ett extra tillfälle (upprepas inte)
dropin-nth-1 = första
dropin-nth-2 = andra
dropin-nth-3 = tredje
dropin-nth-4 = fjärde
dropin-nth--1 = sista
dropin-rule-weekly = Varje { $days }
dropin-rule-biweekly = Varannan { $days }
dropin-rule-monthly = Den { $nth } { $days } i månaden
dropin-rule-from = från { $date }
dropin-rule-until = till och med { $date }
dropin-rule-count = { $count ->
    [one] ett tillfälle
   *[other] { $count } tillfällen
}
dropin-status-scheduled = Som vanligt
dropin-status-cancelled = Inställt
dropin-status-moved = Flyttat
dropin-moved-from = i stället för { $when }
dropin-done-venue = Platsen är sparad.
dropin-done-created = Tiderna är sparade.
dropin-done-saved = Ändringen är sparad. Kalenderprenumerationer uppdateras.
dropin-done-ended = Serien är avslutad.
dropin-done-cancelled = Tillfället är inställt. Det syns nu på den öppna sidan och i kalendern.
dropin-done-moved = Tillfället är flyttat.
dropin-done-restored = Tillfället blir av som planerat.
dropin-done-logged = Besöket är registrerat.
dropin-public-link = Den öppna sidan med tiderna
dropin-public-page = öppen sida
dropin-series-new = Nya drop-in-tider
dropin-extra-new = Extra tillfälle
dropin-venue-new = Ny plats
dropin-venue-edit = Ändra plats
dropin-today = Dagens drop-in
dropin-today-none = Inga drop-in-tider i dag.
dropin-recent = De senaste fyra veckorna
dropin-recent-none = Inga tillfällen de senaste fyra veckorna.
dropin-col-when = Tillfälle
dropin-col-visitors = Besökare
dropin-not-logged = Inte registrerat
dropin-coming = Kommande fyra veckor
dropin-series = Återkommande tider
dropin-series-none = Inga drop-in-tider ännu.
dropin-series-ended = Avslutad
dropin-venues = Platser
dropin-venues-none = Inga platser ännu. Lägg först till en plats, till exempel biblioteket.
dropin-back = Till drop-in
dropin-back-series = Till tiderna
dropin-series-help = Tiderna gäller svensk tid och flyttas inte av sommar- eller vintertid. Första tillfället blir den första valda veckodagen från startdatumet.
dropin-series-no-venues = Det finns ingen plats att välja ännu.
dropin-series-create = Spara tiderna
dropin-series-title = Drop-in-tider
dropin-series-sessions = Tillfällen
dropin-series-edit = Ändra tiderna
dropin-series-edit-help = En ändring gäller hela serien. Vill du ställa in eller flytta ett enstaka tillfälle, välj tillfället i listan ovan.
dropin-series-end = Avsluta serien
dropin-series-end-help = Tillfällen till och med den sista dagen ligger kvar; senare tillfällen försvinner från sidan och kalendern.
dropin-series-end-button = Avsluta serien
dropin-restore = Ångra: tillfället blir av som planerat
dropin-log = Hur gick tillfället?
dropin-log-saved = { $count ->
    [one] Registrerat: en besökare.
   *[other] Registrerat: { $count } besökare.
}
dropin-log-save = Spara besöket
dropin-register-case = Registrera ett ärende från tillfället
dropin-cancel = Ställ in tillfället
dropin-cancel-button = Ställ in
dropin-move = Flytta tillfället
dropin-move-button = Flytta
dropin-stats-title = Drop-in-statistik
dropin-stats-show = Visa
dropin-stats-caption = Drop-in per plats, { $from } – { $to }
dropin-stats-held = Genomförda
dropin-stats-cancelled = Inställda
dropin-stats-logged = Med besökslogg
dropin-stats-visitors = Besökare
dropin-stats-per-session = Besökare per tillfälle
dropin-stats-empty = Tillfällen utan besökare
dropin-stats-cases = Ärenden som började här
dropin-stats-help = Ett tillfälle räknas som genomfört när det har börjat och inte är inställt. Ett ärende räknas på den plats där den första kontakten registrerades.
suppressed-help = { $count ->
    [one] Antal under { $count } visas inte, så att ingen kan pekas ut.
   *[other] Antal under { $count } visas inte, så att ingen kan pekas ut.
}
total = Totalt
dropin-public-title = Drop-in-tider
dropin-public-unit-title = Drop-in-tider – { $unit }
dropin-public-venue-title = Drop-in på { $venue }
dropin-public-intro = { $count ->
    [one] Kom förbi utan tidsbokning. Du får råd och stöd och hjälp att hitta rätt. Här är tiderna den närmaste veckan.
   *[other] Kom förbi utan tidsbokning. Du får råd och stöd och hjälp att hitta rätt. Här är tiderna de närmaste { $count } veckorna.
}
dropin-public-none = Det finns inga drop-in-tider just nu.
dropin-public-no-sessions = Inga tillfällen under den här tiden.
dropin-public-map = Visa på karta
dropin-public-more-weeks = { $count ->
    [one] Visa en vecka
   *[other] Visa { $count } veckor
}
dropin-public-share = Spara tiderna
dropin-public-qr-alt = QR-kod till { $url }
dropin-public-subscribe = Prenumerera i din kalender
dropin-public-subscribe-help = Kalendern uppdateras själv när ett tillfälle ställs in eller flyttas.
dropin-public-print-help = Skriv ut sidan för en affisch i A4 med QR-kod.
dropin-feed-name = Drop-in – { $name }
dropin-feed-summary = Drop-in: { $venue }
field-venue = Plats
field-venue-name = Platsens namn
field-room = Rum
field-address = Adress
field-coordinates = Kartkoordinater
field-accessibility = Tillgänglighet
field-partners = Samarbetspartner på plats
field-description-sv = Beskrivning (svenska)
field-description-en = Beskrivning (engelska)
field-description-ar = Beskrivning (arabiska)
field-repeat = Hur ofta
field-weekdays = Veckodagar
field-week-of-month = Vilken vecka i månaden
field-start-date = Startdatum
field-start-time = Börjar
field-end-time = Slutar
field-until = Sista dag
field-count = Antal tillfällen
field-staff = Vanligtvis på plats
field-staff-present = Vem var på plats
field-last-day = Sista dag
field-visitors = Antal besökare
field-cancel-reason = Anledning
field-move-reason = Anledning (visas öppet)
hint-room = Till exempel ”Gröna rummet”.
hint-coordinates = Latitud och longitud, till exempel 59.3326, 18.0649. Frivilligt.
hint-accessibility = Till exempel ”Entré utan trappsteg, hörslinga”.
hint-partners = Organisationer som är med vid tillfällena, till exempel bostadsbolaget eller en förening.
hint-description = Visas på den öppna sidan. Skriv enkelt.
hint-week-of-month = Bara för tider en gång i månaden.
hint-start-date = Första tillfället blir första valda veckodag från och med detta datum.
hint-until = Frivilligt. Lämna tomt om tiderna fortsätter tills vidare.
hint-count = Frivilligt, i stället för sista dag.
hint-visitors = Antal invånare som kom. 0 är ett giltigt svar.
hint-cancel-reason = Visas öppet, till exempel ”på grund av snöoväder”. Skriv inga namn.
hint-venue = Fyll i om du träffade personen på en drop-in.
no-venue = Inte på drop-in
error-time = Ange en tid som 12:30.
error-id = Ange ett id-nummer.
error-too-long = Texten är för lång.
error-dropin-repeat = Välj hur ofta tiderna återkommer.
error-dropin-weekday = Välj veckodagar i listan.
error-dropin-weekday-missing = Välj minst en veckodag.
error-dropin-week-of-month = Välj vilken vecka i månaden.
error-dropin-until-before-start = Sista dagen kan inte vara före startdatumet.
error-dropin-count = Ange ett antal mellan 1 och 520.
error-dropin-until-and-count = Ange antingen sista dag eller antal tillfällen, inte båda.
error-dropin-end-before-start = Sluttiden måste vara efter starttiden.
error-dropin-too-long = Ett tillfälle kan vara högst 12 timmar.
error-dropin-no-occurrence = Det blir inget tillfälle med de här valen. Kontrollera startdatum, veckodagar och sista dag.
error-dropin-rule = Tiderna kunde inte läsas.
error-dropin-reason = Skriv varför tillfället ställs in; det visas för invånarna.
error-dropin-visitors = Ange antalet besökare som en siffra, 0 eller mer.
error-dropin-coordinates = Skriv latitud och longitud med komma emellan, till exempel 59.3326, 18.0649.
error-dropin-venue = Välj en av verksamhetens platser.
error-dropin-once-no-end = Ett extra tillfälle har ingen serie att avsluta. Ställ in det i stället.
error-dropin-log-cancelled = Ett inställt tillfälle kan inte få besökare. Ångra först inställningen.
error-dropin-log-future = Tillfället har inte börjat än.
error-dropin-no-such-session = Det finns inget sådant tillfälle
error-dropin-range-order = Slutdatumet kan inte vara före startdatumet.
error-dropin-range-long = Välj en kortare period.
audit-action-venue-create = Plats skapad
audit-action-venue-update = Plats ändrad
audit-action-dropin-series-create = Drop-in-tider skapade
audit-action-dropin-series-update = Drop-in-tider ändrade
audit-action-dropin-series-end = Drop-in-serie avslutad
audit-action-dropin-cancel = Drop-in-tillfälle inställt
audit-action-dropin-move = Drop-in-tillfälle flyttat
audit-action-dropin-restore = Drop-in-tillfälle återställt
audit-action-dropin-visit = Drop-in-besök registrerat
error-dropin-range-far = Välj datum högst fem år bakåt och tre år framåt.
error-control-chars = Texten innehåller otillåtna tecken.
dropin-moved-to = Flyttat till { $venue }, { $when }
dropin-done-split = Tidigare tillfällen ligger kvar som de var. De nya tiderna gäller från och med i dag som en egen serie.
audit-action-dropin-series-split = Drop-in-tider ändrade från i dag
error-dropin-move-far = Ett tillfälle kan flyttas högst 60 dagar. Lägg annars till ett extra tillfälle.

## Surveys
nav-surveys = Enkäter
survey-answer-green = Nöjd
survey-answer-yellow = Mindre nöjd
survey-answer-red = Missnöjd
survey-intro = Svara på frågorna genom att välja det som stämmer bäst. Du är anonym: vi sparar inte ditt namn, din adress eller något om din telefon.
survey-question-n = Fråga { $n }
survey-free-text-label = Övrigt
survey-free-text-hint = Frivilligt, högst 1 000 tecken.
survey-send = Skicka svaren
survey-privacy = Vi sparar bara svaren, språket och vilken vecka du svarade. Svaren kan inte kopplas till dig eller till något ärende.
survey-error-choose = Välj ett av svaren.
survey-error-expired = Sidan har varit öppen länge. Dina val finns kvar: skicka igen.
survey-error-resend = Svaren kunde inte tas emot. Dina val finns kvar: skicka igen.
survey-error-free-text-long = Skriv högst 1 000 tecken.
survey-error-locales = Välj minst ett språk.
survey-error-no-questions = Skriv minst en fråga.
survey-error-too-many-questions = En enkät kan ha högst 10 frågor.
survey-error-goal = Ange målet som ett heltal mellan 0 och 100.
survey-thanks-title = Tack för dina svar!
survey-thanks-text = Dina svar hjälper oss att bli bättre.
survey-thanks-close = Du kan stänga sidan nu.
survey-kiosk-next-hint = Nästa person kan svara nu. Sidan börjar om av sig själv om en stund.
survey-kiosk-next = Nästa person
survey-kiosk-idle = Är du kvar? Svaren rensas snart så att nästa person kan svara.
survey-kiosk-stay = Jag är kvar
survey-closed = Enkäten är stängd
survey-invitation-used = Länken har redan använts eller gått ut
survey-gone-text = Tack för att du ville svara. Har du frågor kan du kontakta råd- och stödkoordinatorerna.
survey-list-title = Enkäter
survey-list-intro = Invånarnas utcheckningsenkät och samarbetspartnernas enkäter. Svaren är anonyma och visas bara som antal, aldrig färre än tröskeln.
survey-new = Ny enkät
survey-edit = Ändra enkäten
survey-back = Tillbaka till enkäterna
survey-back-to-case = Tillbaka till ärendet
survey-results = Resultat
survey-card = Kort med QR-kod
survey-link = Länk
survey-locales-label = Språk
survey-locales-hint = Enkäten erbjuds på de språk som är valda. Varje text behövs på varje valt språk.
survey-questions-label = Frågor
survey-questions-hint = Lämna en rad tom för att ta bort frågan. Svaren har alltid tre val: nöjd, mindre nöjd och missnöjd.
survey-question-text = Frågan
survey-version-label = Version
survey-version-n = Version { $n }
survey-closed-badge = stängd
survey-title-label = Rubrik
survey-goal-label = Mål för andel nöjda (procent)
survey-goal-hint = Frivilligt. Till exempel 70 om minst 70 % ska svara nöjd.
survey-free-text-prompt-label = Fråga med fritext
survey-free-text-on = Fråga efter fritext (frivillig för den som svarar)
survey-active = Enkäten är öppen för svar
survey-daily-cap-label = Högst antal svar per dag
survey-daily-cap-hint = Skyddar enkäten mot att fyllas i automatiskt. Svar över gränsen tas inte emot förrän nästa dag. Ett tal från 1 till 100 000.
survey-full-today = Tack! Enkäten har tagit emot så många svar som den tar i dag. Svara gärna i morgon i stället.
error-survey-daily-cap = Ange ett heltal från 1 till 100 000.
survey-edit-answered = Enkäten har svar. Ändrar du en text blir det en ny version, och tidigare svar behåller den version de svarade på. Mål och öppen/stängd ändrar inte versionen.
survey-done-saved = Enkäten är sparad.
survey-done-version = Enkäten är sparad som en ny version.
survey-done-created = Enkäten är skapad.
survey-card-intro = Skriv ut kortet och ställ det på bordet vid drop-in. QR-koden leder till enkäten.
survey-qr-alt = QR-kod till { $url }
survey-kiosk-title = Surfplatta vid en mötesplats
survey-kiosk-intro = Öppna länken på surfplattan. Efter varje svar börjar enkäten om för nästa person, och den rensas efter en stund utan aktivitet. Svar via en mötesplats länk räknas på den mötesplatsen.
survey-no-venue = utan mötesplats
survey-invitation-title = Länk till enkäten
survey-invitation-intro = { $count ->
    [one] Skicka länken till invånaren, till exempel i ett sms. Den fungerar en gång och gäller i { $count } dag.
   *[other] Skicka länken till invånaren, till exempel i ett sms. Den fungerar en gång och gäller i { $count } dagar.
}
survey-invitation-once = Länken visas bara nu. Svaret kan inte kopplas till ärendet eller till länken.
survey-invite = Ge invånaren en länk till enkäten
survey-results-intro = { $count ->
    [one] Antal under { $count } visas som <{ $count }, och så gör antal som skulle avslöja dem.
   *[other] Antal under { $count } visas som <{ $count }, och så gör antal som skulle avslöja dem.
}
survey-year = År
survey-split = Dela upp per
survey-split-month = månad
survey-split-quarter = kvartal
survey-split-half = halvår
survey-split-year = år
survey-show = Visa
survey-period = Period
survey-period-all = Sedan start
survey-period-half = Halvår { $n } { $year }
survey-period-quarter = Kvartal { $n } { $year }
survey-period-heading = Fördelning och fritext: { $period }
survey-answers = Svar
survey-responses = Svarande
survey-share-green = Andel nöjda
survey-goal-col = Mål
survey-goal-is = (mål { $goal } %)
survey-goal-met = uppnått
survey-goal-not-met = inte uppnått
survey-hidden = <{ $n }
survey-by-venue = Per mötesplats
survey-by-language = Per språk
survey-by-version = Per version
survey-free-text-heading = Fritext
survey-free-text-none-asked = { $count ->
   *[other] Enkäten frågar inte efter fritext.
}
survey-free-text-not-for-role = { $count ->
   *[other] Fritext visas för koordinatorer, chefer och administratörer.
}
survey-free-text-too-few = { $count ->
    [one] Fritext visas bara för perioder med minst { $count } svarande.
   *[other] Fritext visas bara för perioder med minst { $count } svarande.
}
survey-free-text-empty = { $count ->
   *[other] Ingen fritext i perioden.
}
audit-action-survey-create = Enkät skapad
audit-action-survey-update = Enkät ändrad
audit-action-survey-invitation-create = Länk till enkät skapad

## Contact form ("Kontakta oss") and the intake list
dropin-contact-link = Kan du inte komma? Be oss kontakta dig.
inquiry-title = Kontakta oss
inquiry-intro = Vill du att en råd- och stödkoordinator hör av sig till dig? Lämna ett telefonnummer eller en e-postadress, så kontaktar vi dig så snart vi kan. Det kostar inget.
inquiry-leave-empty = Lämna det här fältet tomt
inquiry-reach-legend = Hur når vi dig?
inquiry-reach-hint = Fyll i minst ett av dem.
inquiry-phone = Telefonnummer
inquiry-email = E-postadress
inquiry-name = Vad ska vi kalla dig? (frivilligt)
inquiry-name-hint = Ett förnamn räcker. Du behöver inte lämna ditt personnummer.
inquiry-language = Vilket språk vill du prata?
inquiry-time = När passar det att vi hör av oss? (frivilligt)
inquiry-time-hint = Till exempel ”vardagar efter kl. 15”.
inquiry-category = Vad gäller det? (frivilligt)
inquiry-age-group = Vem gäller det? (frivilligt)
inquiry-choose = Välj om du vill
inquiry-message = Meddelande (frivilligt)
inquiry-message-hint = Skriv kort vad du vill ha hjälp med, högst 2 000 tecken. Skriv inte personnummer eller känsliga detaljer här; det kan du berätta när vi hörs.
inquiry-partner-legend = Fyller du i för någon annan?
inquiry-on-behalf = Jag fyller i för någon annan, till exempel som lärare, kurator eller anhörig
inquiry-on-behalf-hint = Skriv då personens telefonnummer eller e-postadress ovan, och ditt namn och din organisation här.
inquiry-partner-name = Ditt namn
inquiry-partner-org = Din organisation eller arbetsplats
inquiry-consent = Personen vet om att jag skickar detta och vill bli kontaktad
inquiry-storage-title = Så hanterar vi dina uppgifter
inquiry-storage = Uppgifterna sparas krypterade, och bara råd- och stödkoordinatorerna och deras chef kan läsa dem. När vi har hört av oss flyttas de till ditt ärende eller raderas. Om ingen har hanterat dem inom { $days } dagar raderas de automatiskt. Vi sparar inte din IP-adress och använder inga kakor.
inquiry-send = Skicka
inquiry-feedback-link = Vill du i stället lämna en synpunkt utan att bli kontaktad?
inquiry-request-link = Vill du i stället bli kontaktad?
inquiry-feedback-title = Lämna en synpunkt
inquiry-feedback-intro = Berätta vad som fungerade bra eller vad vi kan göra bättre. Du är anonym, och vi kan inte svara dig här.
inquiry-feedback-message = Din synpunkt
inquiry-feedback-hint = Högst 2 000 tecken. Skriv inte ditt namn eller andra uppgifter om dig om du vill vara anonym.
inquiry-feedback-storage = Synpunkten sparas krypterad, med datum men utan klockslag, och raderas efter { $days } dagar. Vi sparar inte din IP-adress och använder inga kakor.
inquiry-thanks-title = Tack! Vi har fått ditt meddelande
inquiry-thanks-request = En råd- och stödkoordinator hör av sig så snart som möjligt.
inquiry-thanks-urgent = Är det bråttom eller akut? Ring 112. Behöver du prata med någon i dag kan du också komma till en drop-in-tid.
inquiry-thanks-feedback = Tack för din synpunkt. Den hjälper oss att bli bättre.
inquiry-dropin-link = Se våra drop-in-tider
inquiry-error-expired = Formuläret var öppet för länge. Kontrollera uppgifterna och skicka igen.
inquiry-error-busy = Vi har fått många meddelanden från din uppkoppling på kort tid. Vänta en minut och skicka igen; det du skrivit finns kvar.
inquiry-error-resend = Formuläret kunde inte tas emot. Kontrollera uppgifterna och skicka igen.
inquiry-case-reason = Ville bli kontaktad (kontaktformuläret)
error-inquiry-consent = Kryssa i att personen vet om det och vill bli kontaktad.
error-inquiry-reach = Ange ett telefonnummer eller en e-postadress, så att vi kan nå dig.
error-message-long = Texten är för lång. Skriv högst 2 000 tecken.
home-requests-waiting = { $count ->
    [one] 1 förfrågan från kontaktformuläret väntar
   *[other] { $count } förfrågningar från kontaktformuläret väntar
}
nav-intake = Förfrågningar
intake-title = Förfrågningar från kontaktformuläret
intake-intro = Personer som vill bli kontaktade, den som väntat längst först. Gör en förfrågan till ett ärende eller stäng den; uppgifterna följer med till ärendet eller raderas. En förfrågan som ingen hanterar raderas efter { $days } dagar.
intake-public-link = Kontaktformulärets adress
intake-feedback-link = Adress för anonyma synpunkter
intake-feedback-count = { $count ->
    [0] Synpunkter
    [one] Synpunkter (1 ny)
   *[other] Synpunkter ({ $count } nya)
}
intake-open-count = { $count ->
    [0] Inga öppna förfrågningar
    [one] 1 öppen förfrågan
   *[other] { $count } öppna förfrågningar
}
intake-none = Alla förfrågningar är hanterade.
intake-received = Mottagen
intake-about = Gäller
intake-age-group = Åldersgrupp
intake-form-language = Formulärets språk
intake-actions = Åtgärder
intake-via-partner = Via samarbetspartner
intake-make-case = Gör till ärende
intake-open = Visa uppgifter
intake-open-help = Förfrågans uppgifter visas först när du väljer att öppna dem, och varje visning skrivs i loggen.
intake-request-n = förfrågan { $id }
intake-handled-title = Hanterade de senaste 30 dagarna
intake-outcome = Utfall
intake-became-case = Blev ärende #{ $case }
intake-status-open = Öppen
intake-status-case = Blev ärende
intake-status-closed = Stängd utan ärende
intake-status-expired = Raderad efter tidsgränsen
intake-show-title = Förfrågan { $id }
intake-back = Tillbaka till förfrågningarna
intake-close = Stäng utan ärende
intake-close-help = Uppgifterna raderas direkt. Bara att förfrågan fanns och varför den stängdes sparas.
intake-close-reason = Varför stängs den?
intake-reason-handled = Hanterad utan ärende (till exempel en enkel fråga)
intake-reason-not_reachable = Personen gick inte att nå
intake-reason-duplicate = Dubblett av en annan förfrågan
intake-reason-spam = Skräp eller inte en riktig förfrågan
intake-already = Förfrågan är redan hanterad, av dig eller en kollega.
intake-closed = Förfrågan är stängd och uppgifterna raderade.
intake-marked-read = Synpunkten är markerad som läst.
intake-sent-by = Skickad av
intake-feedback-title = Synpunkter
intake-feedback-intro = Anonyma synpunkter från kontaktformuläret, nyaste först. Texten raderas efter { $days } dagar.
intake-feedback-none = Inga synpunkter just nu.
intake-new = Ny
intake-mark-read = Markera som läst
identity-message = Meddelande från kontaktformuläret
case-from-inquiry = Från kontaktformuläret
case-from-inquiry-help = När du sparar blir förfrågan ett ärende och kontaktuppgifterna följer med, krypterade. Visningen skrivs i loggen.
admin-unit-privacy = Integritet och gallring
admin-unit-privacy-help = Små antal döljs i statistik och enkätresultat. Fritext i enkäter, anonyma synpunkter och obesvarade förfrågningar raderas efter den tid du anger.
admin-unit-privacy-saved = Inställningarna för integritet och gallring är sparade.
field-suppression-threshold = Minsta antal som visas
hint-suppression-threshold = Antal under detta visas som ”<5” (eller ditt tal). Mellan 3 och 50, vanligen 5.
field-survey-text-days = Dagar som fritext och synpunkter sparas
hint-survey-text-days = Mellan 30 och 3 650 dagar.
field-inquiry-days = Dagar som en obesvarad förfrågan sparas
hint-inquiry-days = Mellan 7 och 365 dagar. Syns i kontaktformulärets text.
error-threshold = Ange ett heltal mellan 3 och 50.
error-text-days = Ange ett antal dagar mellan 30 och 3 650.
error-inquiry-days = Ange ett antal dagar mellan 7 och 365.
audit-action-inquiry-view = Förfrågan visad
audit-action-inquiry-close = Förfrågan stängd
audit-action-inquiry-case = Förfrågan blev ärende
audit-action-inquiry-expire = Förfrågningar gallrade
audit-action-feedback-view = Synpunkter lästa
audit-action-feedback-read = Synpunkt markerad som läst
audit-action-unit-privacy = Integritetsinställningar ändrade

## Outreach and collaboration ("samverkan")
nav-outreach = Samverkan
outreach-title = Samverkan och uppsökande arbete
outreach-intro = Nätverk, föräldramöten, skolmöten, evenemang och informationsbesök. Skriv vad som hände, aldrig vem en enskild person är.
outreach-new-title = Ny aktivitet
outreach-edit-title = Ändra aktivitet
outreach-back = Tillbaka till samverkan
outreach-form-intro = Fyll i direkt efteråt, gärna på telefonen. Antal nådda och minuter räcker för statistiken.
outreach-created = Aktiviteten är sparad.
outreach-saved = Ändringen är sparad.
outreach-filter = Visa
outreach-all-types = Alla typer
outreach-totals = Summa för urvalet
outreach-total-activities = Aktiviteter
outreach-total-reached = Personer nådda
outreach-total-hours = Timmar
outreach-by-type = Per typ av aktivitet
outreach-activities = Aktiviteter
outreach-log = Aktiviteter, senaste först
outreach-none = Inga aktiviteter i urvalet.
outreach-shown = De { $n } senaste visas; summorna räknar alla.
outreach-edit = Ändra
field-activity-type = Typ av aktivitet
field-activity-on = Datum
field-reached = Antal personer nådda
hint-reached = Ungefär räcker, till exempel 25 föräldrar.
field-activity-minutes = Minuter
hint-activity-minutes = Frivilligt. Tid för aktiviteten, högst 960.
field-partners-present = Samverkanspartner
hint-partners-present = Organisationer, till exempel ”Rinkebyskolan, Socialtjänsten”. Inga namn på privatpersoner.
field-coordinators-present = Koordinatorer som deltog
field-activity-note = Anteckning
hint-activity-note = Högst 500 tecken. Inga namn eller uppgifter som kan peka ut en person.
error-outreach-reached = Ange ett heltal från 0 till 100 000.
error-outreach-minutes = Ange minuter som ett heltal från 0 till 960.
audit-action-outreach-create = Samverkansaktivitet registrerad
audit-action-outreach-update = Samverkansaktivitet ändrad
audit-action-person-create = Person registrerad
audit-action-person-update = Personuppgifter ändrade
audit-action-person-view = Personuppgifter visade

## School concern reports ("orosanmälningar")
concern-nav = Orosanmälningar från skolor
home-concern-text = Månadens orosanmälningar per utfall, inmatade eller inlästa från fil.
home-outreach-text = Nätverk, föräldramöten och annan samverkan, med antal nådda.
concern-title = Orosanmälningar från skolor { $year }
concern-intro = Antal orosanmälningar från skolor per månad och utfall, enligt socialtjänstens uppgifter. Siffrorna används i effektrapporten.
concern-years = Andra år
concern-year-link = Visa { $year }
concern-caption = Orosanmälningar per månad { $year }
concern-outcome = Utfall
concern-outcome-no_investigation = Ledde inte till utredning
concern-outcome-investigation = Ledde till att utredning inleddes
concern-outcome-ongoing = Kopplad till pågående utredning
concern-total = Totalt
concern-month = Månad
concern-dash = ”–” betyder att månaden inte är inmatad.
concern-enter = Mata in
concern-enter-help = Ett tomt fält betyder ”inte inmatat”. Skriv 0 för en månad utan anmälningar.
concern-enter-caption = Antal per månad och utfall { $year }
concern-saved = Siffrorna är sparade.
concern-import = Läs in från fil
concern-import-help = En CSV- eller XLSX-fil med kolumnerna Månad (ÅÅÅÅ-MM) och ett antal per utfall. Månader i filen ersätter det som fanns; inget sparas om något i filen är fel.
concern-import-example = Hämta en exempelfil
concern-import-file = Fil
concern-import-dry-run = Kontrollera bara, spara inget
concern-import-run = Läs in
concern-import-saved = { $count ->
    [one] 1 månad är inläst.
   *[other] { $count } månader är inlästa.
}
concern-import-ready = { $count ->
    [one] Filen är rätt: 1 månad kan läsas in.
   *[other] Filen är rätt: { $count } månader kan läsas in.
}
error-concern-count = Ange ett heltal från 0 till 100 000, eller lämna tomt.
error-concern-month = Ange månaden som ÅÅÅÅ-MM, till exempel 2023-01.
error-concern-month-twice = Månaden finns redan på en tidigare rad.
audit-action-concern-update = Orosanmälningar inmatade
audit-action-concern-import = Orosanmälningar inlästa från fil

## The manager's inputs to the effect report
inputs-title = Underlag för effektrapporten
home-inputs-text = Kostnader, uppskattade andelar och mål, med datum.
inputs-intro = Effektrapporten räknar med de här värdena och skriver ut dem bredvid varje resultat. Ett värde ändras inte: lägg till ett nytt med det datum det gäller från. Ett felaktigt värde kan tas bort; det syns överstruket och räknas inte.
inputs-add = Lägg till ett värde
inputs-add-button = Lägg till
inputs-none = Inget värde ännu. Rapporten visar då inte det som räknas fram ur det.
inputs-period = Gäller
inputs-added-by = Tillagt av
inputs-removed = Borttaget
inputs-current = Gäller i dag
inputs-remove = Ta bort
input-added = Värdet är tillagt.
input-removed = Värdet är borttaget och räknas inte längre.
input-from = från { $date }
input-kind-unit_cost = Verksamhetens kostnad för en period
input-kind-unit_cost-help = Personal, chef, lokaler och utrustning för perioden, i kronor. Kostnad per ärende = kostnaden ÷ ärenden under perioden.
input-kind-investigation_cost = Genomsnittlig kostnad för en utredning
input-kind-investigation_cost-help = Vad en utredning om ett barn kostar socialtjänsten i genomsnitt, i kronor.
input-kind-school_avoided_share = Andel skolärenden som annars hade blivit utredning
input-kind-school_avoided_share-help = Uppskattad andel av ärendena som kom via skolan där en utredning undveks, i procent.
input-kind-concern_reach_share = Andel orosanmälningar som ska nås tidigt
input-kind-concern_reach_share-help = Den andel av orosanmälningarna som ledde till utredning som verksamheten siktar på att nå innan en anmälan behövs, i procent.
input-kind-applications_goal = Mål: ansökningar bland alla kontakter
input-kind-applications_goal-help = Målet för andelen ansökningar om bistånd bland alla lotsningar, i procent.
field-kind = Vad gäller värdet?
field-value = Värde
hint-input-value = Kronor för kostnader (till exempel 800 000), procent för andelar och mål (till exempel 50 eller 12,5).
field-valid-from = Gäller från
field-valid-to = Till och med
hint-valid-to = Bara för verksamhetens kostnad: periodens sista dag.
hint-input-note = Frivilligt: varifrån värdet kommer, till exempel ”budget 2023” eller ”nämndbeslut 2023-02-14”.
error-input-amount = Ange ett belopp i hela kronor, till exempel 800 000.
error-input-percent = Ange en procentsats från 0 till 100, med högst en decimal.
error-input-period = Slutdatum kan inte vara före startdatum.
audit-action-report-input-create = Underlag för effektrapport tillagt
audit-action-report-input-remove = Underlag för effektrapport borttaget
error-concern-year = Formuläret gällde inget giltigt år. Välj året och mata in igen.
error-concern-too-many = Filen har fler än 2 000 rader.
error-input-overlap = En kostnad för samma dagar finns redan. Ta bort den först om den var fel.

## Effect report
nav-report = Effektrapport
report-title = Effektrapport
report-compared-with = Jämförs med föregående period: { $period }
report-period-dates = { $from } – { $to }
field-period = Period
report-period-help = Välj en period, eller välj ”Egen period” och skriv månader. En rapport gäller alltid hela månader, till och med förra månaden. Föregående period av samma slag visas bredvid.
report-show = Visa
report-preset-this-year = I år, hela månader
report-preset-month = Förra månaden
report-preset-quarter = Förra kvartalet
report-preset-half-year = Förra halvåret
report-preset-year = Förra året
report-preset-since-start = Sedan start
report-preset-custom = Egen period
report-suppression = Antal under { $n } visas som ”<{ $n }”, och ibland döljs ett antal till så att ett dolt antal inte kan räknas fram ur summan.
report-links-help = Klicka på en siffra för att se ärendena bakom den.
report-contents = Innehåll
report-chart-of = Diagram: { $title }
report-chart-table-below = Samma siffror finns i tabellen under diagrammet.
report-show-cases = visa ärendena
report-section-cases = Ärenden
report-section-referrals = Lotsningar
report-section-effort = Insats och väntetider
report-section-dropin = Drop-in
report-section-outreach = Samverkan
report-section-surveys = Utcheckningsenkäter
report-section-concern = Orosanmälningar från skolor
report-section-money = Kostnad och besparing
report-empty-surveys = Inga enkätsvar under perioden.
report-empty-concern = Inga orosanmälningar är inmatade för periodens månader.
report-col-period = Perioden
report-col-previous = Föregående
report-col-change = Förändring
report-col-value = Värde
report-col-formula = Så räknades det
report-total = Totalt
report-previous-total = Föregående period, totalt
report-minutes = Minuter
report-too-few = För få svar för att säga
report-goal-status = Mål uppnått?
report-handled = Ärenden under perioden
report-closed = varav avslutade
report-returning = varav återkommande invånare
report-advice-only = varav enbart rådgivning
report-contacts-1-2 = 1–2 kontakter
report-contacts-3-5 = 3–5 kontakter
report-contacts-6- = 6 kontakter eller fler
report-time-lt-1h = Under 1 timme
report-time-1-3h = 1–3 timmar
report-time-gt-3h = Över 3 timmar
report-referrals-all = Alla lotsningar
report-state-established = Stödet etablerat
report-state-pending = Väntar på stöd
report-state-ended = Avböjt eller nådde inte fram
report-follow-ups-all = Alla uppföljningar
report-table-cases = Översikt
report-table-channels = Kontaktvägar
report-table-age-groups = Åldersgrupper
report-table-categories = Huvudsakligt problemområde
report-table-secondary-categories = Övriga problemområden
report-table-outcomes = Avslutade ärenden efter utfall
report-table-contacts = Avslutade ärenden efter antal kontakter
report-table-time = Avslutade ärenden efter total tid
report-table-referral-groups = Lotsningar per huvudman
report-table-referral-destinations = Lotsningar per mottagare
report-table-referral-kinds = Lotsningar per typ av stöd
report-table-referral-states = Lotsningar efter läge
report-table-applications = Ansökningar om bistånd per förvaltning
report-table-follow-ups = Uppföljningar: fick invånaren rätt stöd?
report-table-waiting-times = Väntetider
report-table-dropin = Drop-in per plats
report-table-outreach = Samverkan per typ av aktivitet
report-table-survey = Enkät: { $name }
report-table-concern-reports = Orosanmälningar per månad
report-table-cost-and-savings = Kostnad per ärende och uppskattad besparing
report-table-inputs = Underlag som gäller för perioden
report-first-col-cases = Ärenden
report-first-col-channels = Kontaktväg
report-first-col-age-groups = Åldersgrupp
report-first-col-categories = Problemområde
report-first-col-secondary-categories = Problemområde
report-first-col-outcomes = Utfall
report-first-col-contacts = Antal kontakter
report-first-col-time = Total tid
report-first-col-referral-groups = Huvudman
report-first-col-referral-destinations = Mottagare
report-first-col-referral-kinds = Typ av stöd
report-first-col-referral-states = Läge
report-first-col-applications = Förvaltning
report-first-col-follow-ups = Svar vid uppföljningen
report-first-col-waiting-times = Dagar
report-first-col-dropin = Plats
report-first-col-survey = Fråga
report-first-col-money = Vad
report-note-cases = Ett ärende räknas under perioden om den första kontakten var senast periodens sista dag och det inte avslutades före periodens första dag.
report-note-channels = Varje ärende räknas en gång, efter den kontaktväg det kom in genom.
report-note-age-groups = Åldern gäller den person ärendet handlar om: en förälder som frågar om sitt barn registreras på barnet.
report-note-categories = Största först. Varje ärende har ett huvudsakligt problemområde.
report-note-secondary-categories = Ett ärende kan ha flera övriga problemområden, så summan kan bli större än antalet ärenden.
report-note-outcomes = Ärenden som avslutades under perioden.
report-note-contacts = Ärenden som avslutades under perioden, efter alla deras kontakter.
report-note-time = Ärenden som avslutades under perioden, efter den sammanlagda tiden för alla kontakter.
report-note-referral-groups = Lotsningar gjorda under perioden i ärenden under perioden; ett ärende räknas en gång per mottagare, typ och läge.
report-note-referral-destinations = Varje huvudman följd av sina mottagare.
report-note-referral-kinds = Insats utan biståndsbeslut, ansökan om bistånd och övriga typer.
report-note-referral-states = Etablerat: stödet är på plats. Väntar: föreslaget, invånaren hör av sig eller kontakt tagen.
report-note-applications = Lotsningar av typen ansökan om bistånd, per förvaltning.
report-note-follow-ups = Ärenden vars uppföljning gjordes under perioden, efter svaret.
report-note-waiting-times = Över ärenden vars första kontakt var under perioden. Median och 90:e percentil enligt närmaste rang; döljs när ärendena är för få.
report-note-surveys = Svar räknas efter den vecka de gavs. Målet gäller andelen nöjda (grönt).
report-note-money = Alla belopp och andelar är underlag som chefen har lagt in; de står bredvid resultatet. Avrundning sker en gång, i slutet.
report-note-inputs = Verksamhetens kostnad fördelas efter antal dagar inom perioden. Övriga värden gäller från sitt datum tills ett nytt läggs in; det som gällde periodens sista dag används.
report-note-school-cases = Ärenden under perioden med kontaktvägen skolan.
report-wait-n = Ärenden med ett första möte
report-wait-median = Dagar till första mötet, median
report-wait-p90 = Dagar till första mötet, 90:e percentil
report-support-n = Ärenden där stöd etablerades
report-support-median = Dagar till etablerat stöd, median
report-support-p90 = Dagar till etablerat stöd, 90:e percentil
report-unit-cost = Verksamhetens kostnad för perioden
report-cost-per-case = Kostnad per ärende
report-school-cases = Ärenden som kom via skolan
report-school-saving = Uppskattad besparing, skolärenden
report-led-to-investigation = Orosanmälningar som ledde till utredning
report-concern-saving = Möjlig besparing, orosanmälningar som nås tidigt
report-applications-share = Ansökningar om bistånd bland alla lotsningar
report-applications-vs-goal = Mål { $goal }: { $status }
report-input-missing = Underlag saknas: lägg in det under Underlag för effektrapporten.
report-hidden-cases = Antalet ärenden är för litet för att visas, så det som räknas fram ur det visas inte heller.
report-no-concern = Inga orosanmälningar inmatade för perioden.
report-formula-cost-part = { $amount } för { $from } – { $to } × { $days_in }/{ $days } dagar = { $counted }
report-formula-cost-per-case = { $cost } ÷ { $cases } ärenden = { $result }
report-formula-saving = ({ $investigation } − { $per_case_cost }) × { $count } × { $share } = { $per_case } × { $avoided } = { $total }
report-cases-behind = Ärendena bakom ”{ $figure }” i effektrapporten för { $from } – { $to }.
report-back = Tillbaka till rapporten
report-all-cases = Visa alla ärenden
error-report-figure = Länken till rapporten är ofullständig. Öppna siffran från rapporten igen.
error-report-order = Slutdatum kan inte vara före startdatum.
error-report-long = En rapport kan gälla högst 25 år.
error-report-month = Ange en månad som ÅÅÅÅ-MM, till exempel 2026-03.
error-report-incomplete = En rapport gäller hela månader: välj senast förra månaden.
field-figure = Siffra i rapporten
report-exports = Ladda ner rapporten
report-export-csv = CSV-filer (zip)
report-export-xlsx = Excel-arbetsbok (XLSX)
report-export-pdf = PDF för nämndhandling
report-export-unit = Verksamhet
report-export-period = Period
report-export-threshold = Minsta antal som visas
report-export-made = Framtagen
report-export-bad-period = Perioden är inte giltig. Välj perioden på rapportsidan och ladda ner igen.
audit-action-report-export = Effektrapport nedladdad
report-closed-total = Avslutade ärenden
home-goals = Mål och utveckling
home-goals-none = Inga mål är satta ännu. Sätt mål för enkätfrågorna under Enkäter och för ansökningar under Underlag för effektrapporten.
home-goal = Mål för
home-trend = Utveckling
home-report-link = Öppna effektrapporten
report-trend-up = Uppåt sedan förra kvartalet
report-trend-down = Nedåt sedan förra kvartalet
report-trend-same = Oförändrat sedan förra kvartalet
report-trend-unknown = För få svar för att se en riktning
report-no-referrals = Inga lotsningar under perioden.

## Other units' reports side by side
admin-unit-readers = Rapportläsare i andra verksamheter
admin-unit-readers-help = En chef eller analytiker i en annan verksamhet kan få läsa den här verksamhetens effektrapport, bara siffrorna och aldrig ärendena, till exempel en chef för flera verksamheter som vill se dem sida vid sida.
admin-unit-readers-link = Hantera rapportläsare
admin-readers-title = Rapportläsare i andra verksamheter
admin-readers-help = De som står här får läsa verksamhetens effektrapport bredvid sin egen: samma siffror som era chefer ser, med små antal dolda efter er gräns, men inga länkar till ärenden och inga personuppgifter. Bara chefer och analytiker i andra verksamheter kan läggas till. Varje ändring loggas.
admin-readers-none = Ingen i en annan verksamhet får läsa rapporten.
admin-readers-caption = { $count ->
    [one] En rapportläsare i en annan verksamhet
   *[other] { $count } rapportläsare i andra verksamheter
}
admin-readers-home-unit = Egen verksamhet
admin-readers-since = Får läsa sedan
admin-readers-actions = Åtgärder
admin-readers-remove = Ta bort
admin-readers-add = Lägg till en rapportläsare
admin-readers-add-button = Ge läsrätt
admin-readers-back = Tillbaka till verksamhetens inställningar
admin-readers-added = Rapportläsaren är tillagd.
admin-readers-removed = Läsrätten är borttagen.
hint-reader-username = Användarnamnet på en chef eller analytiker i en annan verksamhet.
error-reader-unknown = Det finns ingen användare med det användarnamnet.
error-reader-own-unit = Användaren hör till den här verksamheten och läser redan rapporten efter sin roll.
error-reader-role = Bara chefer och analytiker kan få läsa en annan verksamhets rapport.
error-reader-disabled = Kontot är avstängt.
report-units-title = Verksamheter
report-units-own = Bara { $unit }
report-units-all = { $count ->
    [one] En verksamhet
   *[other] Alla { $count } verksamheter sida vid sida
}
report-units-help = Verksamheterna står sida vid sida, var och en räknad som i sin egen rapport. Små antal döljs efter varje verksamhets egen gräns (”<5” betyder under 5). Siffrorna leder inte till ärenden; öppna den egna rapporten för det.
report-units-threshold = varje verksamhets egen
report-compare-column = Varje kolumn är ”{ $column }” i verksamhetens egen rapport.

## Support directory: import and export
directory-import-title = Stödkatalogen: läs in och ladda ner
home-directory-text = Tjänsterna ni lotsar till: lägg till, ändra, kontrollera och dela öppet.
directory-import-intro = Läs in kommunens katalog över stöd som Open Referral HSDS 3.0: JSON (ett objekt, en lista, en sida från ett HSDS-API eller tabellformen som JSON) eller tabellpaketet som zip med en CSV-fil per objekt. Provkörningen visar varje fel per post och fält och sparar inget. En riktig inläsning sparar allt eller inget; poster med samma id uppdateras, så samma fil två gånger ändrar ingenting.
directory-export-zip = Ladda ner katalogen som CSV-paket (zip)
directory-export-json = Ladda ner katalogen som JSON
directory-api = Katalogens öppna HSDS-API
hint-directory-file = En .json- eller .zip-fil, högst 32 MB.
directory-form-json = HSDS JSON
directory-form-tabular-json = HSDS tabellform som JSON
directory-form-csv-zip = HSDS tabellpaket (CSV i zip)
directory-import-saved = Katalogen är inläst.
directory-import-empty = Filen innehåller inga poster.
directory-import-dry-run-ok = Filen kan läsas in. Inget är sparat ännu: avmarkera provkörning och läs in igen.
directory-import-errors = { $count ->
    [one] Ett fel hindrar inläsningen
   *[other] { $count } fel hindrar inläsningen
}
directory-tally-saved = Poster per objekt
directory-tally-would = Poster per objekt, och vad en inläsning skulle göra
directory-object = Objekt
directory-records = Poster
directory-created = Nya
directory-updated = Ändrade
directory-unchanged = Oförändrade
directory-record = Post (id)
directory-where = Var i filen
directory-errors-caption = { $count ->
    [one] Ett fel
   *[other] { $count } fel
}
directory-warnings-caption = { $count ->
    [one] En varning (läses in ändå)
   *[other] { $count } varningar (läses in ändå)
}

## Hitta stöd (public directory search)
support-title = Hitta stöd
support-intro = Sök bland stöd i kommunen: myndigheter, regionen, föreningar och andra. Skriv vad du behöver hjälp med, till exempel ”ekonomi”, ”skulder” eller ”boende”.
support-field-q = Vad behöver du hjälp med?
support-hint-q = Ett eller flera ord. Det gör inget om du skriver utan å, ä och ö.
support-field-category = Område
support-all-categories = Alla områden
support-search = Sök
support-found = { $count ->
    [one] Ett stöd hittades
   *[other] { $count } stöd hittades
}
support-all = { $count ->
    [one] Ett stöd i katalogen
   *[other] { $count } stöd i katalogen
}
support-none = Inget stöd matchar din sökning. Prova ett annat ord, eller kontakta oss så hjälper vi dig vidare.
support-closed = Tillfälligt stängt.
support-who = För vem
support-how = Så får du stöd
support-phone = Telefon
support-email = E-post
support-web = Webbplats
support-where = Var
support-access = Tillgänglighet
support-hours = Öppettider
support-languages = Språk
support-cost = Kostnad
support-free = Kostnadsfritt
support-fee = Avgift kan förekomma
support-pages = Sidor
support-prev = Föregående sida
support-next = Nästa sida
support-page-of = Sida { $page } av { $pages }
support-field-language = Språk
support-any-language = Alla språk
support-field-cost = Kostnad
support-any-cost = Med eller utan avgift
support-cost-free = Kostnadsfritt
support-cost-fee = Med avgift
support-field-place = Var
support-any-place = Hela kommunen
support-more = Mer om { $name }
support-back = Tillbaka till Hitta stöd
support-print = Skriv ut eller spara sidan: den är gjord för att få plats på papper.
directory-language-sv = svenska
directory-language-en = engelska
directory-language-ar = arabiska

## Förslag ur stödkatalogen på ett ärende
suggest-title = Förslag ur stödkatalogen
suggest-hint = Tjänster för ärendets problemområden. Öppet nu och på invånarens språk kommer först.
suggest-none = Inga tjänster i katalogen är märkta med ärendets problemområden. Välj mottagare i listan nedan.
suggest-use-list = Inget av förslagen: välj mottagare i listan nedan
suggest-language = Invånarens språk
suggest-language-any = Alla språk
suggest-show = Visa förslag
suggest-open-now = Öppet nu, till { $closes }
suggest-opens-today = Öppnar i dag { $time }
suggest-opens = Öppnar { $day } { $time }
suggest-hours-unknown = Öppettider saknas
suggest-internal = endast för personal
hint-referral-destination = Din verksamhets lista över mottagare. Varje mottagare är en tjänst i stödkatalogen.
field-referral-service = Förslag ur stödkatalogen
error-referral-both = Välj antingen ett förslag eller en mottagare i listan, inte båda.

## Stödkatalogen för personal
directory-title = Stödkatalogen
directory-intro = Alla tjänster ni lotsar till. Publika tjänster syns i Hitta stöd och i det öppna HSDS-gränssnittet; interna syns bara för er verksamhet, här och i förslagen på ärenden. Ni ändrar det er verksamhet underhåller; andra verksamheters publika tjänster kan ni läsa och lotsa till.
directory-new-service = Ny tjänst
directory-stale = { $count ->
    [one] En tjänst har inte kontrollerats på 12 månader.
   *[other] { $count } tjänster har inte kontrollerats på 12 månader.
}
directory-field-q = Sök tjänst eller organisation
directory-field-show = Visa
directory-show-current = Alla aktuella tjänster
directory-show-unverified = Ej kontrollerade på 12 månader
directory-show-internal = Interna (inte publicerade)
directory-show-retired = Avvecklade
directory-search = Sök
directory-services = { $count ->
    [one] En tjänst
   *[other] { $count } tjänster
}
directory-col-service = Tjänst
directory-col-organization = Organisation
directory-col-status = Status
directory-col-verified = Senast kontrollerad
directory-retired = Avvecklad
directory-other-unit = Underhålls av en annan verksamhet
directory-visibility-public = Publik: syns i Hitta stöd och det öppna gränssnittet
directory-visibility-internal = Intern
directory-never-verified = Aldrig kontrollerad
directory-mark-verified = Kontrollerad i dag
directory-public-view = Så ser invånarna katalogen
directory-done-created = Tjänsten är tillagd.
directory-done-saved = Ändringarna är sparade.
directory-done-retired = Tjänsten är avvecklad. Tidigare lotsningar dit finns kvar.
directory-done-restored = Tjänsten är aktiv igen.
directory-done-verified = Tjänsten är markerad som kontrollerad i dag.
directory-status-active = Aktiv
directory-status-temporarily-closed = Tillfälligt stängd
directory-status-inactive = Inte aktiv just nu
directory-status-defunct = Avvecklad
directory-back = Tillbaka till stödkatalogen
directory-is-retired = Tjänsten är avvecklad. Den syns inte i sökningar eller förslag, men tidigare lotsningar dit finns kvar.
directory-is-internal = Tjänsten är intern. Fyll i hur man får stödet och var, och gör den publik när uppgifterna är kontrollerade.
directory-verified-on = Senast kontrollerad { $date }
directory-section-service = Tjänsten
directory-section-text = Vad den erbjuder och för vem
directory-section-reach = Språk och kontakt
directory-section-where = Var och när
directory-section-translations = På engelska och arabiska
directory-section-organization = Organisationen
directory-section-contact = Kontakt
field-o-name = Organisationens namn
field-o-visibility = Vem ser organisationen
field-o-description = Beskrivning
field-o-phone = Telefon
field-o-email = E-post
field-o-website = Webbplats
field-o-group = Organisationens grupp i statistiken
hint-o-group = Används när en av organisationens tjänster blir ett nytt val i listan över vart invånare lotsas, för statistiken över lotsningar.
directory-organization-intro = Det du ändrar här gäller alla organisationens tjänster, i Hitta stöd och i det öppna gränssnittet.
directory-organization-save = Spara organisationen
directory-organization-saved = Organisationen är sparad.
directory-organization-services = { $count ->
    [one] En tjänst
   *[other] { $count } tjänster
}
directory-organization-no-services = Organisationen har inga tjänster i katalogen.
directory-organization-open = Organisationens sida
directory-organization-new = Ny organisation (skriv namnet nedan)
directory-cost-free = Gratis
directory-cost-fee = Avgift
directory-cost-unknown = Vet inte
directory-save = Spara ändringar
directory-create = Lägg till tjänsten
directory-retire = Avveckla tjänsten
directory-retire-hint = En avvecklad tjänst försvinner ur sökningar och förslag. Lotsningar som redan gjorts dit finns kvar i ärenden och statistik.
directory-restore = Gör tjänsten aktiv igen
directory-restore-hint = Tjänsten blir aktiv och kan hittas och föreslås igen.
field-s-name = Tjänstens namn
field-s-organization = Organisation
hint-s-organization = Välj en organisation som redan finns, eller välj ny och skriv namnet i nästa fält.
field-s-new-organization = Ny organisations namn
field-s-group = Organisationens grupp i statistiken
hint-s-group = Bara för en ny organisation: kommunen, regionen, ideell organisation eller annan.
field-s-status = Status
field-s-visibility = Vem ser tjänsten
field-s-categories = Problemområden tjänsten hjälper med
field-s-description = Beskrivning
field-s-application-process = Så får man stödet
hint-s-application-process = Till exempel: ring, kom på öppettiden, ansök digitalt, behöver remiss.
field-s-eligibility-description = Vem stödet är för
hint-s-eligibility-description = Till exempel: folkbokförd i kommunen, 16–25 år, föräldrar.
field-s-minimum-age = Lägsta ålder
field-s-maximum-age = Högsta ålder
field-s-cost = Kostnad för invånaren
field-s-fees-description = Om avgiften
field-s-alert = Meddelande till besökare
hint-s-alert = Visas överst, till exempel vid tillfällig stängning.
field-s-languages = Språk tjänsten ges på
field-s-other-languages = Andra språk
hint-s-other-languages = Språkkoder enligt ISO 639, med kommatecken: so, fa, ti.
field-s-phone = Telefon
field-s-email = E-post
hint-s-email = En funktionsbrevlåda, inte en persons adress.
field-s-url = Webbplats
field-s-place = Plats
field-s-address = Gatuadress
field-s-postal-code = Postnummer
field-s-city = Ort
field-s-county = Län
hint-s-county = Till exempel Skåne län. Krävs av standarden när adressen anges.
field-s-accessibility = Tillgänglighet på platsen
hint-s-accessibility = Hur man tar sig in och runt: trappsteg, ramp, hiss, hörslinga, tillgänglig toalett. Hör till platsen, så ange dess namn eller adress.
error-accessibility-place = Skriv platsens namn eller adress, så att tillgängligheten hör till en plats.
field-s-days = Öppet dagar
field-s-opens-at = Öppnar
field-s-closes-at = Stänger
field-s-days-2 = Öppet dagar, rad 2
field-s-opens-at-2 = Öppnar, rad 2
field-s-closes-at-2 = Stänger, rad 2
field-s-days-3 = Öppet dagar, rad 3
field-s-opens-at-3 = Öppnar, rad 3
field-s-closes-at-3 = Stänger, rad 3
hint-s-hours = Olika tider olika dagar? Fyll i en rad till, till exempel måndag 09:00–12:00 och torsdag 13:00–16:00. Tomma rader sparas inte.
hint-s-translations = Om texten lämnas tom visas den svenska.
field-s-name-en = Namn på engelska
field-s-description-en = Beskrivning på engelska
field-s-application-process-en = Så får man stödet, på engelska
field-s-name-ar = Namn på arabiska
field-s-description-ar = Beskrivning på arabiska
field-s-application-process-ar = Så får man stödet, på arabiska
field-s-verified = Uppgifterna är kontrollerade i dag
hint-s-verified = Kryssa i när du har stämt av uppgifterna med organisationen. Datumet visas som senast kontrollerad.
error-days = Välj minst en dag när tiderna anges.
error-closes-before = Stängningstiden måste vara efter öppningstiden.
error-url = Skriv en hel webbadress som börjar med https://.
error-postal-code = Skriv postnumret med fem siffror, till exempel 222 21.
error-language-code = Skriv språkkoder med två eller tre bokstäver, till exempel so, fa.
error-organization = Välj en organisation eller skriv namnet på en ny.
error-organization-both = Välj en befintlig organisation eller skriv en ny, inte båda.

## The resident of a documented case
person-title = Personuppgifter i journalen
person-added = Personen är registrerad och kopplad till ärendet.
person-found = Personen fanns redan i registret och är nu kopplad till ärendet. Uppgifterna som redan fanns gäller.
person-view = Visa personen
person-view-help = Vem ärendet gäller visas när du väljer det, och då skrivs det i loggen att du har sett det.
person-help = Ange personnummer, samordningsnummer eller reservnummer. Finns personen redan i verksamhetens register kopplas ärendet till henne eller honom; annars registreras en ny person med uppgifterna nedan.
person-unit-anonymous = Verksamheten för en anonym logg: inga personuppgifter registreras i ärendena.
person-case-closed = Ärendet är avslutat. En person kan inte kopplas till det längre.
person-earlier = Personens andra ärenden
person-earlier-none = Personen har inga andra ärenden.
person-reserve = reservnummer
person-support = Stödperson
person-shown-link = Personuppgifter
person-case-documented = Ärendet dokumenteras: vem det gäller finns i journalen.
person-case-missing = Verksamheten dokumenterar, men ärendet har ingen person kopplad ännu.
field-person-number = Personnummer eller samordningsnummer
hint-person-number = ÅÅÅÅMMDD-NNNN. Har personen inget, kryssa i reservnummer och ange verksamhetens reservnummer.
field-reserve-number = Det är ett reservnummer
hint-reserve-number = 1–20 tecken, minst en bokstav, till exempel ”RES-2026-7”.
field-interpreter = Behöver tolk
hint-support-person = Någon som personen själv har valt att ha med sig. Lämna tomt om det inte finns någon.
field-support-name = Stödpersonens namn
field-support-relation = Relation till personen
field-support-reach = Hur stödpersonen nås
error-unit-anonymous = Verksamheten för en anonym logg och registrerar inga personer.
error-person-linked = Ärendet har redan en person kopplad.
error-person-number-taken = En annan person i registret har redan det numret.

## The journal of a documented case
journal-title = Journal
journal-logged = Varje gång journalen visas skrivs det i loggen.
journal-print = Utskrift av journalen
journal-back = Tillbaka till journalen
journal-notes = Anteckningar
journal-empty = Journalen har inga anteckningar ännu.
journal-not-documented = Ärendet dokumenteras inte: det har ingen person kopplad och därför ingen journal.
journal-signed-label = Signerad
journal-unsigned-label = Inte signerad ännu (signeras av sig själv efter ett dygn)
journal-corrects = Rättar anteckning
journal-corrected = Rättad genom anteckning
journal-change = Ändra anteckningen
journal-sign = Signera
journal-correct = Rätta anteckningen
journal-new = Ny anteckning
journal-new-help = Skriv vad som hände och vad som bestämdes, i klartext. En anteckning kan ändras av den som skrev den tills den är signerad; därefter rättas den med en ny anteckning och originalet finns kvar.
journal-write = Spara anteckningen
journal-written = Anteckningen är sparad.
journal-changed = Anteckningen är ändrad.
journal-signed = Anteckningen är signerad.
field-journal-on = Datum för det anteckningen gäller
field-journal-text = Anteckning
field-journal-correction = Rättelse
hint-journal-text = Högst 10 000 tecken.
error-journal-not-documented = Ärendet dokumenteras inte och har ingen journal.
error-journal-correct = Bara en signerad anteckning i samma ärende kan rättas.
error-journal-signed = Anteckningen är signerad och kan inte ändras längre; rätta den med en ny anteckning.
audit-action-journal-create = Journalanteckning skriven
audit-action-journal-sign = Journalanteckning signerad
audit-action-journal-update = Journalanteckning ändrad
audit-action-journal-view = Journal visad
error-journal-note-long = En journalanteckning får vara högst 10 000 tecken.
admin-unit-retention-link = Gallring av journaler och kontaktuppgifter
retention-title = Gallring
retention-back = Tillbaka till verksamhetens inställningar
retention-saved = Gallringsreglerna är sparade. De gäller från nästa körning.
retention-help = En dokumenterad akt gallras fem år efter den sista anteckningen, och gallringen ska vara gjord senast vid slutet av året därpå (socialtjänstlagen 12 kap. 2 §). Statistiken i effektrapporten finns kvar: ärendet behålls utan person, journal och anteckningar.
field-retention-years = År efter sista anteckningen innan akten gallras
hint-retention-years = Minst 5 år, som lagen kräver; högst 50.
field-keep-sample-days = Spara akter om personer födda den 5:e, 15:e eller 25:e (forskningsurval)
hint-keep-sample-days = Akterna om personer födda dessa dagar undantas från gallring för forskningens skull.
field-callback-days = Dagar efter avslut innan kontaktuppgifter för återkoppling raderas
hint-callback-days = Gäller anonyma ärenden. Mellan 1 och 3 650 dagar; 90 om inget annat beslutats.
retention-due-title = Det här gallras om gallringen körs i dag, { $date }
retention-due-help = En förhandsvisning: ingenting ändras här. Gallringen körs varje natt av servern och med kommandot lotsen purge.
retention-last-run = Senaste körning: { $time }.
retention-never-run = Gallringen har inte körts ännu.
retention-due-records = { $records ->
    [one] en akt
   *[other] { $records } akter
} ({ $cases ->
    [one] ett ärende
   *[other] { $cases } ärenden
})
retention-due-callbacks = { $count ->
    [one] kontaktuppgifter i ett avslutat anonymt ärende
   *[other] kontaktuppgifter i { $count } avslutade anonyma ärenden
}
retention-due-kept = { $count ->
    [one] en akt vars tid har gått ut sparas (forskningsurval eller markerad att aldrig gallras)
   *[other] { $count } akter vars tid har gått ut sparas (forskningsurval eller markerade att aldrig gallras)
}
retention-anonymous-unit = Verksamheten för en anonym logg. Bara kontaktuppgifter för återkoppling gallras.
retention-due-caption = Akter som gallras
retention-col-cases = Ärenden
retention-col-last-entry = Sista anteckning
retention-col-cull-by = Gallras senast
retention-more = Listan visar de 200 första akterna.
retention-how = Varje körning skrivs i loggen med antal och med ärendenas nummer i krypterad form.
error-retention-minimum = Lagen kräver att akten sparas minst 5 år efter den sista anteckningen.
error-retention-years = Ange ett antal år mellan 5 och 50.
error-callback-days = Ange ett antal dagar mellan 1 och 3 650.
error-keep-not-documented = Bara ett dokumenterat ärende som inte har gallrats kan markeras.
keep-title = Gallring av ärendet
keep-saved = Markeringen är sparad.
keep-culled = Akten gallrades { $date }. Ärendet finns kvar i statistiken utan personuppgifter och journal.
keep-not-documented = Ärendet dokumenteras inte; det gallras inte som en akt.
keep-flagged = Gallras aldrig:
keep-rule = Akten gallras enligt verksamhetens regler, fem år efter den sista anteckningen om inget annat är beslutat.
keep-link = Markera att akten aldrig ska gallras
field-keep-reason = Skäl till att akten aldrig ska gallras
hint-keep-reason = Till exempel handlingar om faderskap, adoption eller placering av barn. Högst 500 tecken.
keep-save = Spara markeringen
keep-clear = Ta bort markeringen
audit-action-case-keep = Ärende markerat att aldrig gallras
audit-action-retention-cull = Akter gallrade
audit-action-retention-run = Gallring körd
audit-action-unit-retention = Gallringsregler ändrade
case-new-documented = Verksamheten dokumenterar: efter registreringen anger du vem ärendet gäller, och om personen har haft ärenden förut blir ärendet återkommande av sig självt.
field-advice-only = Endast råd, anonym
hint-advice-only = Besökaren får bara råd och förblir anonym. Ärendet dokumenteras inte och räknas bara i statistiken.
person-case-created = Ärendet är registrerat. Ange nu vem det gäller.
records-request-title = Begäran om att ta del av handlingar
records-request-help = När en person begär att få ta del av sina handlingar tar du fram hela personens akt i verksamheten: ärenden, kontakter, hänvisningar, samtycken och journalanteckningar. Innan den lämnas ut maskerar du uppgifter om andra personer.
records-open = Öppna akten för maskering
records-logged = Att akten öppnas och att handlingen tas fram skrivs i loggen.
records-no-person = Ärendet har ingen person kopplad och därför ingen akt att lämna ut.
records-review-help = Kryssa för de anteckningar som i sin helhet handlar om andra personer, och skriv de namn eller ord som ska maskeras var de än står. Det maskerade finns inte med i PDF-filen.
records-no-passages = Inga anteckningar i ärendet.
records-mask-passage = Maskera hela
field-mask = Anteckningar att maskera
field-mask-phrases = Ord och namn att maskera
hint-mask-phrases = Ett per rad, till exempel namnet på en granne eller en anhörig. Högst 50 rader.
field-records-lang = Språk i handlingen
field-phrases = Ord och namn att maskera
field-lang = Språk i handlingen
records-make = Ta fram PDF
records-title = Utdrag ur akten
records-masked = [maskerat]
records-masking-note = Där det står [maskerat] har uppgifter om andra personer tagits bort enligt offentlighets- och sekretesslagen.
records-made = Framtagen
records-closed = Avslutat
records-case = Ärende { $id }
records-contact = Kontakt
records-note = Journalanteckning
records-referral = Hänvisning
records-consent-yes = Med samtycke
records-consent-no = Utan samtycke
records-follow-up = Uppföljning
records-follow-up-open = Inte gjord ännu
records-corrected = Rättad genom en senare anteckning.
records-unsigned = Inte signerad
error-mask-phrase = Varje rad ska vara mellan 2 och 200 tecken.
error-mask-phrases-many = Högst 50 ord eller namn kan maskeras i en begäran.
audit-action-records-request = Handlingar framtagna för utlämnande
log-review-link = Månadens loggkontroll
audit-export = Exportera träffarna som CSV
log-review-title = Loggkontroll
log-review-back = Tillbaka till loggen
log-review-help = Varje månad granskar en chef ett slumpmässigt urval av när någon har sett personuppgifter, och det som sticker ut: ärenden man inte är ansvarig för, många visningar på kort tid och visningar utanför arbetstid (07–18 vardagar). Markera varje visning som granskad med en kommentar och signera sedan månaden.
field-month = Månad
log-review-show = Visa
log-review-start = Starta granskningen av { $month }
log-review-month-open = Månaden är inte slut ännu. En månad granskas när den är över.
log-review-signed-title = Månaden är signerad
log-review-signed-line = Signerad av { $name } { $time }.
log-review-progress = { $left } av { $all } visningar återstår att granska.
log-review-export = Exportera månadens granskning som CSV
log-review-empty = Ingen såg personuppgifter under månaden.
log-review-marked-line = Granskad av { $name } { $time }:
field-log-comment = Kommentar
hint-log-comment = Till exempel vad visningen gällde och att den hörde till arbetet. Högst 1 000 tecken.
log-review-mark = Markera som granskad
field-log-summary = Sammanfattning av månadens granskning
hint-log-summary = Vad granskningen visade och vad som ska följas upp. Högst 1 000 tecken.
log-review-sign = Signera månadens granskning
log-review-started = Granskningen är startad.
log-review-marked = Visningen är markerad som granskad.
log-review-signed = Månadens granskning är signerad.
log-review-signed-by = Signerad av
log-review-not-signed = Inte signerad
log-col-time = Tid
log-col-user = Användare
log-col-action = Händelse
log-col-record = Post
log-col-findings = Varför
log-col-reviewed-by = Granskad av
log-col-reviewed-at = Granskad
log-col-comment = Kommentar
log-finding-sample = Slumpmässigt urval
log-finding-not-responsible = Inte ansvarig för ärendet
log-finding-burst = Många visningar på kort tid
log-finding-after-hours = Utanför arbetstid
field-comment = Kommentar
field-summary = Sammanfattning
error-month = Ange en månad som ÅÅÅÅ-MM.
error-log-month-open = Månaden är inte slut ännu.
error-log-comment = Högst 1 000 tecken.
error-log-unmarked = Alla visningar måste vara granskade innan månaden signeras.
error-log-signed = Månaden är redan signerad och kan inte ändras.
audit-action-log-review-start = Loggkontroll startad
audit-action-log-review-mark = Visning granskad i loggkontroll
audit-action-log-review-sign = Loggkontroll signerad
audit-action-audit-export = Logg exporterad
audit-record-person = Person
audit-record-log_review = Loggkontroll
audit-record-job = Schemalagt jobb
extended-title = Fortsatt kontakt
extended-help = Trygghetsbistånd: när ärendet avslutas kan den boende välja att ha kvar en kontaktperson och hur kontakten ska hållas, till exempel ett samtal i veckan eller ett möte i månaden. Kontakten är frivillig och pågår tills den boende vill avsluta den.
extended-agreement = Överenskommelse
field-ext-contact = Kontaktperson
hint-ext-contact = Den medarbetare som den boende har valt.
field-ext-form = Form
field-ext-every = Med ett mellanrum på
hint-ext-every = 1 betyder varje vecka eller månad, 2 varannan (högst 6).
field-ext-per = Veckor eller månader
field-ext-starts-on = Startar
hint-ext-starts-on = Tidigast den dag ärendet avslutades och högst tre månader fram.
extended-kept = Perioder med kontakt
extended-missed = Perioder utan kontakt
extended-due-by = Kontakt ska tas senast { $date }
extended-next-from = Nästa kontakt från { $date }
extended-periods = Perioder (de senaste av { $count })
extended-period = Period
extended-period-state = Kontakt
extended-state-kept = Kontakt tagen
extended-state-missed = Missad
extended-state-open = Pågår
extended-state-ended = Avslutad innan kontakt
extended-check-ins = Kontakter
extended-no-check-ins = Inga kontakter är loggade ännu.
extended-log = Logga en kontakt
field-ext-held-on = Datum
field-ext-outcome = Hur gick det?
field-ext-check-form = Form
extended-log-button = Logga kontakten
extended-journal-hint = Vad ni talade om skrivs i journalen.
extended-end-title = Avsluta den fortsatta kontakten
extended-end-help = Den boende kan avsluta kontakten när som helst. Efter avslutet loggas inga fler kontakter.
field-ext-ended-on = Avslutad den
field-ext-end-reason = Varför
extended-end-button = Avsluta kontakten
extended-new = Erbjud fortsatt kontakt
extended-needs-resident = Fortsatt kontakt kräver ett dokumenterat ärende där den boende är registrerad under Personuppgifter.
extended-open-case = Ärendet är fortfarande öppet. Fortsatt kontakt brukar börja när ärendet avslutas.
extended-create = Spara överenskommelsen
extended-past = Tidigare överenskommelser
extended-kept-of = { $kept ->
    [one] { $kept } period med kontakt
   *[other] { $kept } perioder med kontakt
}
extended-form-call = Samtal
extended-form-meeting = Möte
extended-form-sms = Sms
extended-form-video = Videosamtal
extended-per-week = veckor
extended-per-month = månader
extended-every-week = { $n ->
    [1] varje vecka
    [2] varannan vecka
   *[other] var { $n }:e vecka
}
extended-every-month = { $n ->
    [1] varje månad
    [2] varannan månad
   *[other] var { $n }:e månad
}
extended-outcome-held = Kontakt tagen
extended-outcome-not_reached = Nådde inte den boende
extended-outcome-cancelled = Den boende ställde in
extended-end-wish = Den boende ville avsluta
extended-end-back_to_support = Den boende fick nytt stöd
extended-end-no_contact = Ingen kontakt under lång tid
extended-end-moved = Den boende flyttade
extended-end-other = Annat
extended-offer = Ärendet är avslutat. Fyll i den fortsatta kontakt som den boende har valt.
extended-created = Överenskommelsen är sparad.
extended-checked = Kontakten är loggad.
extended-ended = Den fortsatta kontakten är avslutad.
error-extended-every = Ange ett heltal från 1 till 6.
error-extended-start-early = Kan inte börja före ärendets avslut.
error-extended-start-late = Kan börja högst tre månader fram.
error-extended-before-start = Datumet ligger före överenskommelsens start.
error-extended-no-resident = Registrera först den boende under Personuppgifter.
error-extended-running = Ärendet har redan en pågående fortsatt kontakt.
error-extended-not-running = Det finns ingen pågående fortsatt kontakt att logga mot.
home-extended = Min fortsatta kontakt
extended-missed-count = { $count ->
    [one] { $count } missad period
   *[other] { $count } missade perioder
}
extended-last-held = senast { $date }
field-close-extended = Den boende vill ha fortsatt kontakt (trygghetsbistånd)
hint-close-extended = Efter avslutet fyller du i vem som håller kontakten och hur.
audit-action-extended-create = Fortsatt kontakt överenskommen
audit-action-extended-check-in = Kontakt loggad i fortsatt kontakt
audit-action-extended-end = Fortsatt kontakt avslutad
persons-title = Sök person
persons-back = Tillbaka till ärendena
persons-help = Sök en person i verksamhetens journal med personnummer, samordningsnummer, reservnummer eller namn. Bara verksamhetens egna personer söks, och träffarna visar personens ärenden. En koordinator hittar de personer vars ärenden hon eller han är ansvarig för eller har fortsatt kontakt med; en chef hittar alla.
persons-logged = Sökningen och vilka personer den visade skrivs i loggen.
field-persons-q = Nummer eller namn
hint-persons-q = Till exempel 19811218-9876 eller Amina Hassan.
persons-search = Sök
persons-found = { $count ->
    [0] Ingen person hittades
    [one] En person hittades
   *[other] { $count } personer hittades
}
persons-no-cases = Personen har inga ärenden kvar.
person-change = Ändra uppgifterna
person-change-help = Personnumret eller reservnumret ändras inte. Ändringen skrivs i loggen med vilka uppgifter som ändrades.
person-changed = Uppgifterna är ändrade.
error-extended-start-old = Kan börja högst ett år bakåt.
error-extended-before-check-in = En kontakt är loggad efter det datumet.
field-q = Nummer eller namn
error-persons-short = Skriv minst två tecken.

## Family coordination
nav-families = Familjer
family-list-title = Familjekoordinering
family-list-help = Samverkande koordinatorer: familjer med barn och många kontakter med myndigheter, skola och region. Koordinatorerna arbetar i par, med vårdnadshavarnas samtycke, och är oberoende av myndigheterna.
family-new = Ny familj
family-back = Till familjerna
family-label = Familj { $id }
family-expiring = Samtycken som snart går ut
family-consent-ends = samtycket gäller till { $date }
family-active = Pågående familjer
family-none-active = Inga pågående familjer.
family-waiting = Väntelista
family-none-waiting = Ingen familj väntar.
family-waiting-others = { $count ->
    [one] En familj till väntar på ett koordinatorspar.
   *[other] { $count } familjer till väntar på ett koordinatorspar.
}
family-closed-list = Avslutade familjer
family-col-family = Familj
family-col-pair = Koordinatorspar
family-col-started = Startade
family-col-listed = Anmäld
family-col-waited = Väntetid
family-col-closed = Avslutad
family-col-caseload = Familjer
family-col-change = Ändra
family-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagar
}
family-pairs = Koordinatorspar
family-no-pairs = Inga koordinatorspar ännu. En chef bildar paren.
family-caseload = { $active } av { $capacity }
family-pair-full = Fullt
family-pair-retired = Upphört
family-pair-retire = Upphör
family-pair-new = Nytt koordinatorspar
family-pair-create = Bilda paret
family-pair-saved = Koordinatorsparet är sparat.
family-pair-option = { $pair } ({ $active } av { $capacity } familjer)
field-pair-first = Första koordinatorn
field-pair-second = Andra koordinatorn
field-pair-capacity = Antal familjer paret kan ha
hint-pair-capacity = Ungefär 20 familjer per par är vanligt.
family-new-help = Ange familjens vårdnadshavare och barn. Finns personen redan i registret med samma nummer används de uppgifter som finns. Utan koordinatorspar hamnar familjen på väntelistan.
family-row-g1 = Vårdnadshavare 1
family-row-g2 = Vårdnadshavare 2
family-row-c1 = Barn 1
family-row-c2 = Barn 2
family-row-c3 = Barn 3
family-row-c4 = Barn 4
field-g1-name = Vårdnadshavare 1: namn
field-g1-number = Vårdnadshavare 1: personnummer
field-g2-name = Vårdnadshavare 2: namn
field-g2-number = Vårdnadshavare 2: personnummer
field-c1-name = Barn 1: namn
field-c1-number = Barn 1: personnummer
field-c2-name = Barn 2: namn
field-c2-number = Barn 2: personnummer
field-c3-name = Barn 3: namn
field-c3-number = Barn 3: personnummer
field-c4-name = Barn 4: namn
field-c4-number = Barn 4: personnummer
hint-member-number = Personnummer eller samordningsnummer, till exempel 20150312-1234.
field-member-reserve = Reservnummer (personen saknar personnummer)
field-member-custody = Har vårdnaden
hint-member-custody = Varje vårdnadshavare som har vårdnaden måste samtycka innan ni kontaktar en aktör.
field-family-language = Familjens språk
hint-family-language = Planen och det familjen får med sig skrivs på detta språk.
field-start-pair = Koordinatorspar
hint-start-pair = Bara par med plats visas.
family-to-waiting = Ingen ännu: till väntelistan
field-start-on = Startdatum
family-create = Spara familjen
family-created = Familjen är sparad.
family-status-waiting = Väntar
family-status-active = Pågår
family-status-closed = Avslutad
family-members = Familjen
family-guardian = Vårdnadshavare
family-custody = har vårdnaden
family-child = Barn
family-age = { $years } år
family-no-pair = Inget ännu (väntelista)
family-consents = Samtycken
family-consents-help = Koordinatorerna får bara kontakta de aktörer som varje vårdnadshavare med vårdnad har samtyckt till. Ett samtycke kan återkallas när som helst och gäller då inte längre från samma dag.
family-in-force = Får kontaktas i dag:
family-in-force-none = ingen aktör.
family-col-actors = Aktörer
family-col-valid = Gäller
family-consent-in_force = Gäller
family-consent-expiring = Går snart ut
family-consent-expired = Har gått ut
family-consent-withdrawn = Återkallat
family-withdraw = Återkalla
family-consent-new = Nytt samtycke
field-consent-guardian = Vårdnadshavare som samtycker
field-consent-actors = Aktörer som får kontaktas
field-consent-org = Annan aktör ur stödkatalogen
hint-consent-org = Valfritt. Lägg till fler aktörer med ett nytt samtycke.
family-org-none = Ingen annan aktör
field-consent-given-on = Samtycket gavs
field-consent-expires-on = Samtycket gäller till och med
hint-consent-expires-on = Högst tre år efter att det gavs.
family-consent-save = Spara samtycket
family-consent-saved = Samtycket är sparat.
family-withdrawn-notice = Samtycket är återkallat från i dag.
family-contacts = Kontakter med aktörer
family-no-contacts = Inga kontakter ännu.
family-contact-new = Ny kontakt
field-contact-actor = Aktör
hint-contact-actor = Systemet godtar bara en kontakt som alla vårdnadshavare med vårdnad har samtyckt till, både den dag kontakten tas och i dag.
field-contact-kind = Slags kontakt
field-contact-held-on = Datum
family-contact-save = Spara kontakten
family-contact-saved = Kontakten är sparad.
family-consent-missing-from = Samtycke som gäller saknas från: { $names }
family-contact-meeting = Möte med familjen
family-contact-call = Samtal eller meddelande
family-contact-shared = Uppgifter lämnade
family-actor-school = Skolan
family-actor-social_services = Socialtjänsten
family-actor-health_care = Regionens hälso- och sjukvård
family-actor-employment_service = Arbetsförmedlingen
family-actor-social_insurance = Försäkringskassan
family-actor-org-gone = Borttagen aktör ({ $id })
family-start = Starta med ett koordinatorspar
family-no-room = Inget koordinatorspar har plats just nu.
family-start-button = Starta
family-started = Familjen har fått ett koordinatorspar.
family-close = Avsluta
field-family-close-on = Avslutas
field-family-close-outcome = Hur det gick
family-close-button = Avsluta familjen
family-closed = Familjen är avslutad.
family-outcome-goals_met = Målen nåddes
family-outcome-partly_met = Målen nåddes delvis
family-outcome-family_ended = Familjen valde att avsluta
family-outcome-moved = Familjen flyttade
family-outcome-handed_over = Annat stöd tog över
family-outcome-other = Annat
error-family-pair-same = Välj två olika koordinatorer.
error-family-pair-holds = Paret har fortfarande familjer. Flytta eller avsluta dem först.
error-family-capacity = Ange ett antal mellan 1 och 60.
error-family-no-guardian = Ange minst en vårdnadshavare.
error-family-no-child = En familj måste ha minst ett barn.
error-family-pair-full = Paret har inte plats för fler familjer.
error-family-twice = Samma person finns två gånger i familjen.
error-family-closed = Familjen är avslutad.
error-family-consent-not-in-force = Samtycket är redan återkallat.
error-family-no-consent = Det finns inget gällande samtycke för den aktören. Kontakten är inte sparad.
error-family-no-custody = Ingen vårdnadshavare har vårdnaden, så ingen kan samtycka.
error-family-before-listed = Datumet är före familjens anmälan.
error-family-not-waiting = Familjen väntar inte längre.
error-consent-expiry-before = Slutdatumet måste vara efter dagen då samtycket gavs.
error-consent-expiry-far = Ett samtycke gäller högst tre år.
error-consent-expired = Slutdatumet har redan passerat.
error-consent-actors = Välj minst en aktör.
error-consent-too-many = Högst 30 aktörer i ett samtycke.
error-programme-documented = Programmen kräver att verksamheten dokumenterar.
field-programmes = Program
hint-programmes = Långsiktigt stöd som verksamheten ger utöver ärendena. Kräver dokumentation.
field-family-coordination = Familjekoordinering (samverkande koordinatorer)
field-housing-first = Bostad först
family-plan-link = Kartläggning och plan
family-plan-title = Kartläggning och plan, familj { $id }
family-back-to = Till familj { $id }
family-child-focus = Barnens behov i fokus: { $names }
family-progress = Utveckling per område
family-no-mapping = Ingen kartläggning ännu. Gör den första vid första mötet med familjen.
family-mappings-count = { $count ->
    [one] En kartläggning.
   *[other] { $count } kartläggningar, den första jämförs med den senaste.
}
family-progress-chart = Nuläge vid första och senaste kartläggningen, och önskat läge, per område (skala 1–5)
family-legend-first = Grå prick: första kartläggningen
family-legend-latest = Färgad prick: senaste kartläggningen
family-legend-desired = Romb: önskat läge
family-progress-table = Samma siffror som tabell
family-col-area = Område
family-col-first = Första
family-col-latest = Senaste
family-col-desired = Önskat
family-col-progress = Förändring
family-map-first = Första kartläggningen
family-map-again = Ny kartläggning
family-map-help = Ange för varje område hur det fungerar nu och hur familjen vill att det ska fungera, med barnets behov i fokus. Lämna ett område tomt om det inte gäller den här gången.
family-score-1 = Fungerar inte alls
family-score-2 = Fungerar dåligt
family-score-3 = Fungerar delvis
family-score-4 = Fungerar ganska bra
family-score-5 = Fungerar bra
field-map-on = Datum för kartläggningen
field-map-now = Nuläge
field-map-goal = Önskat läge
family-map-skip = Inte med den här gången
family-map-save = Spara kartläggningen
family-mapped = Kartläggningen är sparad.
family-plan = Plan
family-plan-pdf = Skriv ut planen (PDF på familjens språk)
family-no-goals = Inga mål ännu.
family-no-actions = Inga insatser ännu.
family-due = klart senast { $date }
family-overdue = Försenad
field-action-status = Läge
family-action-planned = Planerad
family-action-ongoing = Pågår
family-action-done = Klar
family-action-dropped = Avbruten
family-goal-new = Nytt mål
field-goal-area = Område
field-goal-text = Mål
hint-goal-text = Skriv målet så som familjen uttrycker det, högst 300 tecken.
family-goal-save = Spara målet
family-goal-saved = Målet är sparat.
family-action-new = Ny insats
field-action-goal = Mål
field-action-text = Vad ska göras
field-action-responsible = Ansvarig
hint-action-responsible = Familjen, koordinatorerna eller en aktör.
field-action-due-on = Klart senast
family-action-save = Spara insatsen
family-action-saved = Insatsen är sparad.
family-action-status-saved = Läget är sparat.
family-responsible-family = Familjen
family-responsible-coordinators = Koordinatorerna
error-family-score = Välj ett värde från 1 till 5.
error-family-map-empty = Fyll i minst ett område.
error-family-responsible = Välj vem som är ansvarig.
error-family-action-gone = Insatsen finns inte i den här familjens plan.
family-pdf-title = Familjens plan (familj { $id })
family-pdf-printed = Utskriven
family-pdf-note = Planen är familjens. Koordinatorerna har tystnadsplikt och kontaktar bara de aktörer ni har samtyckt till. Ni kan återkalla ert samtycke när som helst.
