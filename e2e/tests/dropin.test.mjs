// Browser test of Lotsen's drop-in times: an admin adds a venue and an every-other-week series
// starting today, cancels one coming session with a reason, and the public pages (no sign-in)
// show that session as cancelled, with the reason, in Swedish, English and Arabic (right to left),
// on a desktop and on a 360 px wide phone. Every page visited is checked with axe-core against
// WCAG 2.1 A and AA.
//
// Like the other suites it starts its own server on a free port with a fresh data folder and
// drives the machine's Chromium; screenshots go to e2e/artifacts/ (dropin-*.png).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, checkA11y, htmlLangDir, noSideScroll, PHONE, screenshot, submit, switchLanguage, UNIT, useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'anna.admin', name: 'Anna Admin', role: 'admin', password: 'a-long-password-123' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-dropin.log' });

const VENUE = {
  venue_name: 'Stadsbiblioteket',
  room: 'Studierum 2',
  address: 'Sveavägen 73, Stockholm',
  coordinates: '59.3326, 18.0649',
  accessibility: 'Hiss från entrén, hörslinga i rummet.',
  partners: 'Budget- och skuldrådgivningen',
  description_sv: 'Kom förbi och få hjälp med blanketter och myndighetskontakter.',
  description_en: 'Drop in for help with forms and contacts with authorities.',
  description_ar: 'تعال للحصول على مساعدة في الاستمارات والتواصل مع السلطات.',
};
const START_TIME = '13:00';
const END_TIME = '16:00';
const REASON = 'Inställt på grund av snö';
const CANCELLED = { sv: 'Inställt', en: 'Cancelled', ar: 'ملغاة' };

const SERIES_SUBMIT = 'form[action="/sessions/series/new"] button[type="submit"]';
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Where the browser is now, as path and the `done` notice asked for. */
function where(page) {
  const u = new URL(page.url());
  return { pathname: u.pathname, done: u.searchParams.get('done') };
}

/** `YYYY-MM-DD` plus `days` days, as `YYYY-MM-DD` (calendar arithmetic, no time zone). */
function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdayCode(isoDate) {
  return WEEKDAY_CODES[new Date(`${isoDate}T00:00:00Z`).getUTCDay()];
}

/** The date of a /sessions/series/{id}/on/{date} link. */
function occurrenceDate(href) {
  return href.match(/\/on\/(\d{4}-\d{2}-\d{2})$/)?.[1];
}

/** One notice (role=status) that says something. */
async function assertNotice(page, what) {
  const notice = page.locator('.notice[role="status"]');
  assert.equal(await notice.count(), 1, `a notice says ${what}`);
  assert.ok((await notice.innerText()).trim().length > 0, `the notice that ${what} says something`);
}

/**
 * The sessions of a public page: for each `li.session`, its date (from <time datetime>), whether it
 * is marked cancelled, its badges and its reason.
 */
async function publicSessions(page) {
  return page.locator('ul.sessions > li.session').evaluateAll((lis) =>
    lis.map((li) => ({
      date: li.querySelector('time')?.getAttribute('datetime') ?? '',
      cancelled: li.classList.contains('is-cancelled'),
      badges: [...li.querySelectorAll('.badge')].map((b) => b.textContent.trim()),
      reason: li.querySelector('.reason')?.textContent.trim() ?? '',
      text: li.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

/**
 * A public page lists the series' sessions with exactly the one on `cancelledOn` cancelled, with
 * the badge `badge` and the reason; every other session as planned.
 */
async function assertOneCancelled(page, cancelledOn, badge, name) {
  const sessions = await publicSessions(page);
  const listing = sessions.map((s) => `${s.date}${s.cancelled ? ' (cancelled)' : ''}: ${s.text}`).join('\n  ');
  const hit = sessions.filter((s) => s.date === cancelledOn);
  assert.equal(hit.length, 1, `${name}: one session on ${cancelledOn}; the page lists:\n  ${listing}`);
  assert.equal(hit[0].cancelled, true, `${name}: the session on ${cancelledOn} has class is-cancelled`);
  assert.deepEqual(hit[0].badges, [badge], `${name}: the session on ${cancelledOn} has the badge "${badge}"`);
  assert.equal(hit[0].reason, REASON, `${name}: the session on ${cancelledOn} shows the reason`);
  const others = sessions.filter((s) => s.date !== cancelledOn);
  assert.ok(others.length >= 1, `${name}: other sessions than the cancelled one are listed:\n  ${listing}`);
  for (const s of others) {
    assert.equal(s.cancelled, false, `${name}: the session on ${s.date} is not marked cancelled`);
    assert.deepEqual(s.badges, [], `${name}: the session on ${s.date} has no badge`);
    assert.ok(!s.text.includes(REASON), `${name}: the session on ${s.date} does not show the reason`);
  }
  return sessions;
}

/**
 * The QR image is there, with a text alternative, and loaded; the calendar link answers with the
 * series every other week and the cancelled session left out (an EXDATE).
 */
async function assertQrAndCalendar(page, pagePath, name, cancelledOn) {
  const qr = page.locator(`img.qr[src="${pagePath}/qr.svg"]`);
  assert.equal(await qr.count(), 1, `${name}: a QR image of ${pagePath}/qr.svg`);
  assert.ok(((await qr.getAttribute('alt')) || '').trim().length > 0, `${name}: the QR image has a text alternative`);
  assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), `${name}: the QR image loaded`);
  if (pagePath === '/dropin') return;
  const feed = page.locator(`a[href^="${pagePath}/calendar.ics"]`);
  assert.equal(await feed.count(), 1, `${name}: a link to the calendar of ${pagePath}`);
  const res = await page.request.get(new URL(await feed.getAttribute('href'), page.url()).href);
  assert.equal(res.status(), 200, `${name}: the calendar answers`);
  const ics = await res.text();
  assert.match(ics, /^BEGIN:VCALENDAR\r?$/m, `${name}: the calendar is iCalendar`);
  assert.match(ics, /^RRULE:(?=.*FREQ=WEEKLY)(?=.*INTERVAL=2).*$/m, `${name}: the calendar repeats every other week:\n${ics}`);
  const exdate = `${cancelledOn.replaceAll('-', '')}T${START_TIME.replace(':', '')}00`;
  assert.match(ics, new RegExp(`^EXDATE[^:]*:(.*,)?${exdate}\\b`, 'm'), `${name}: the calendar leaves out the cancelled session (EXDATE ${exdate}):\n${ics}`);
}

// ---------------------------------------------------------------------------------------------

test('an admin plans a biweekly drop-in and cancels one session; the public pages show it in sv, en and ar', { timeout: 120_000 }, async (t) => {
  let unitPath;
  let venuePath;
  let cancelledOn;

  // 1. Staff side: an admin plans and cancels.
  await t.test('staff: venue, biweekly series, one session cancelled', async (t) => {
    const { context, page, problems } = await newPage();
    try {
      await login(page, USERS.admin);
      let res = await submit(page, 'header nav a[href="/sessions"]');
      assert.equal(res.status(), 200);
      assert.equal(where(page).pathname, '/sessions', 'the main menu leads to the drop-in overview');
      for (const href of ['/sessions/venues/new', '/sessions/series/new', '/sessions/series/new?repeat=once', '/sessions/stats']) {
        assert.ok((await page.locator(`main a[href="${href}"]`).count()) >= 1, `the overview links to ${href}`);
      }
      unitPath = await page.locator('main a[href^="/dropin/units/"]').first().getAttribute('href');
      assert.match(unitPath, /^\/dropin\/units\/\d+$/, 'the overview links to the unit\'s public page');
      await screenshot(page, 'dropin-overview-empty');
      await a11y(t, page, 'drop-in overview, nothing planned');

      // A new venue.
      res = await submit(page, 'main a[href="/sessions/venues/new"]');
      assert.equal(res.status(), 200);
      assert.equal(where(page).pathname, '/sessions/venues/new');
      await a11y(t, page, 'new venue');
      for (const [field, value] of Object.entries(VENUE)) await page.fill(`#${field}`, value);
      res = await submit(page, 'form[action="/sessions/venues/new"] button[type="submit"]');
      assert.equal(res.status(), 200, `saving the venue: ${await page.locator('main').innerText()}`);
      assert.deepEqual(where(page), { pathname: '/sessions', done: 'venue' });
      await assertNotice(page, 'the venue was saved');
      const venueLink = page.locator('main a[href^="/dropin/venues/"]');
      assert.equal(await venueLink.count(), 1, 'the overview lists the venue with a link to its public page');
      venuePath = await venueLink.getAttribute('href');
      assert.match(venuePath, /^\/dropin\/venues\/\d+$/);
      assert.ok((await page.locator('main li').filter({ hasText: VENUE.venue_name }).count()) >= 1, 'the venue is listed by name');
      await a11y(t, page, 'drop-in overview with a venue');

      // A new series: every other week, on today's weekday, from today.
      res = await submit(page, 'main a[href="/sessions/series/new"]');
      assert.equal(res.status(), 200);
      assert.equal(where(page).pathname, '/sessions/series/new');
      await a11y(t, page, 'new series');
      const today = await page.inputValue('#start_date');
      assert.match(today, /^\d{4}-\d{2}-\d{2}$/, 'the start date is today by default');
      const weekday = weekdayCode(today);
      t.diagnostic(`server's today: ${today} (${weekday})`);
      await page.selectOption('#venue', { label: VENUE.venue_name });
      await page.check('input[name="repeat"][value="biweekly"]');
      await page.check(`input[name="weekdays"][value="${weekday}"]`);
      await page.fill('#start_time', START_TIME);
      await page.fill('#end_time', '11:30'); // before the start: refused

      res = await submit(page, SERIES_SUBMIT);
      assert.equal(res.status(), 422, 'a series that ends before it starts is answered with 422');
      assert.equal(where(page).pathname, '/sessions/series/new');
      const summary = page.locator('.error-summary');
      assert.equal(await summary.count(), 1, 'one error summary');
      assert.equal(await summary.getAttribute('role'), 'alert');
      const summaryLinks = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(summaryLinks, ['#end_time'], 'the error summary points at the end time only');
      assert.equal(await page.locator('#end_time-error').count(), 1, 'an error message beside the end time');
      assert.ok((await page.locator('#end_time-error').innerText()).trim().length > 0, 'the end-time error says something');
      assert.equal(await page.getAttribute('#end_time', 'aria-invalid'), 'true', 'the end time is marked invalid');
      assert.ok(((await page.getAttribute('#end_time', 'aria-describedby')) || '').split(/\s+/).includes('end_time-error'), 'the end time is described by its error');
      assert.equal(await page.locator('.field-error').count(), 1, 'no error beside the other fields');
      assert.equal(await page.getAttribute('#start_time', 'aria-invalid'), null, 'the start time is not marked invalid');
      // What was entered is kept.
      assert.equal(await page.inputValue('#start_time'), START_TIME, 'start time kept');
      assert.equal(await page.inputValue('#end_time'), '11:30', 'end time kept');
      assert.equal(await page.inputValue('#start_date'), today, 'start date kept');
      assert.equal(await page.locator('#venue option:checked').innerText(), VENUE.venue_name, 'venue kept');
      assert.equal(await page.isChecked('input[name="repeat"][value="biweekly"]'), true, 'every other week kept');
      assert.deepEqual(
        await page.locator('input[name="weekdays"]:checked').evaluateAll((els) => els.map((e) => e.value)),
        [weekday],
        'the weekday kept',
      );
      await screenshot(page, 'dropin-series-new-errors');
      await a11y(t, page, 'new series with an error');

      await page.fill('#end_time', END_TIME);
      res = await submit(page, SERIES_SUBMIT);
      assert.equal(res.status(), 200, `creating the series: ${await page.locator('main').innerText()}`);
      const m = where(page).pathname.match(/^\/sessions\/series\/(\d+)$/);
      assert.ok(m, `after creating, the browser is on the series page (${page.url()})`);
      const seriesPath = m[0];
      assert.equal(where(page).done, 'created');
      await assertNotice(page, 'the series was created');

      // The series lists its sessions, today first and then every fourteenth day.
      const links = await page.locator('main ul.sessions > li.session a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.length >= 3, `the series page lists several sessions (${links.length})`);
      const dates = links.map(occurrenceDate);
      for (const [i, href] of links.entries()) {
        assert.ok(dates[i] && href === `${seriesPath}/on/${dates[i]}`, `session link ${href} is ${seriesPath}/on/{date}`);
      }
      assert.equal(dates[0], today, 'the first session is today');
      for (let i = 1; i < dates.length; i++) assert.equal(dates[i], addDays(dates[i - 1], 14), `session ${i + 1} is two weeks after the one before`);
      assert.equal(await page.locator('main li.session.is-cancelled').count(), 0, 'nothing is cancelled yet');
      await screenshot(page, 'dropin-series');
      await a11y(t, page, 'series page');

      // Open the second session and cancel it.
      cancelledOn = dates[1];
      const occurrencePath = `${seriesPath}/on/${cancelledOn}`;
      res = await submit(page, `main ul.sessions a[href="${occurrencePath}"]`);
      assert.equal(res.status(), 200);
      assert.equal(where(page).pathname, occurrencePath);
      const cancelForm = `form[action="${occurrencePath}/cancel"]`;
      assert.equal(await page.locator(cancelForm).count(), 1, 'a form to cancel the session');
      assert.equal(await page.locator(`form[action="${occurrencePath}/move"]`).count(), 1, 'a form to move the session');
      assert.equal(await page.locator(`form[action="${occurrencePath}/restore"]`).count(), 0, 'nothing to restore yet');
      assert.equal(await page.locator(`form[action="${occurrencePath}/visit"]`).count(), 0, 'no visit log for a session that has not begun');
      await a11y(t, page, 'occurrence page');

      // The reason is required.
      res = await submit(page, `${cancelForm} button[type="submit"]`);
      assert.equal(res.status(), 422, 'cancelling without a reason is answered with 422');
      assert.equal(await page.locator('.error-summary[role="alert"] a[href="#cancel_reason"]').count(), 1, 'the error summary points at the reason');
      assert.equal(await page.getAttribute('#cancel_reason', 'aria-invalid'), 'true', 'the reason is marked invalid');
      await a11y(t, page, 'occurrence page, cancel without a reason');

      await page.fill('#cancel_reason', REASON);
      res = await submit(page, `${cancelForm} button[type="submit"]`);
      assert.equal(res.status(), 200, `cancelling: ${await page.locator('main').innerText()}`);
      assert.deepEqual(where(page), { pathname: occurrencePath, done: 'cancelled' });
      await assertNotice(page, 'the session was cancelled');
      const lead = page.locator('main p.lead');
      assert.equal((await lead.locator('.badge').innerText()).trim(), CANCELLED.sv, 'the session is marked cancelled');
      assert.ok((await lead.innerText()).includes(REASON), 'the reason is shown');
      assert.equal(await page.locator(cancelForm).count(), 0, 'no cancel form on a cancelled session');
      assert.equal(await page.locator(`form[action="${occurrencePath}/restore"]`).count(), 1, 'a cancelled session can be restored');
      await screenshot(page, 'dropin-occurrence-cancelled');
      await a11y(t, page, 'cancelled occurrence page');

      // Back on the series page the session is cancelled, the others not.
      res = await submit(page, `main a[href="${seriesPath}"]`);
      assert.equal(res.status(), 200);
      const cancelledItems = page.locator('main ul.sessions > li.session.is-cancelled');
      assert.equal(await cancelledItems.count(), 1, 'one session of the series is cancelled');
      assert.equal(await cancelledItems.locator('a').getAttribute('href'), occurrencePath);
      assert.ok((await cancelledItems.innerText()).includes(REASON), 'the series page shows the reason');
      await a11y(t, page, 'series page with a cancelled session');

      // The overview lists the series, and links to the statistics.
      res = await submit(page, 'header nav a[href="/sessions"]');
      assert.equal(res.status(), 200);
      assert.equal(await page.locator(`main a[href="${seriesPath}"]`).count(), 1, 'the overview lists the series');
      await a11y(t, page, 'drop-in overview with a series');
      res = await submit(page, 'main a[href="/sessions/stats"]');
      assert.equal(res.status(), 200);
      await a11y(t, page, 'drop-in statistics');
      // On a phone the table scrolls sideways: its wrapper must be reachable by keyboard.
      await page.setViewportSize(PHONE);
      await t.test(`axe: drop-in statistics (${PHONE.width} px)`, () =>
        checkA11y(page, `drop-in statistics (${PHONE.width} px)`),
      );

      assert.deepEqual(problems, [], 'no script, console or resource errors');
    } finally {
      await context.close();
    }
  });
  assert.ok(unitPath && venuePath && cancelledOn, 'the staff part set up the venue, the series and the cancelled session');

  // 2. Public side, desktop: a fresh browser without cookies, Swedish, English, Arabic.
  await t.test('public pages, desktop, sv / en / ar', async (t) => {
    const { context, page, problems } = await newPage();
    try {
      assert.deepEqual(await context.cookies(), [], 'a fresh browser without cookies');
      await goto(page, unitPath);
      assert.deepEqual(await htmlLangDir(page), { lang: 'sv', dir: 'ltr' });
      assert.equal(await page.locator('form[action="/logout"]').count(), 0, 'nobody is signed in');
      assert.ok((await page.locator('h1').innerText()).includes(UNIT), 'the heading names the unit');
      const sv = await assertOneCancelled(page, cancelledOn, CANCELLED.sv, 'unit page (sv)');
      t.diagnostic(`unit page lists ${sv.length} session(s): ${sv.map((s) => `${s.date}${s.cancelled ? '×' : ''}`).join(' ')}`);
      assert.ok((await page.locator('main').innerText()).includes(VENUE.venue_name), 'the unit page names the venue');
      await assertQrAndCalendar(page, unitPath, 'unit page (sv)', cancelledOn);
      await screenshot(page, 'dropin-unit-sv');
      await a11y(t, page, 'public unit page (sv)');

      // ?weeks=N: more weeks list more sessions; fewer weeks fewer.
      await goto(page, `${unitPath}?weeks=26`);
      const long = await publicSessions(page);
      assert.ok(long.length > sv.length, `?weeks=26 lists more sessions (${long.length}) than the default 6 weeks (${sv.length})`);
      await goto(page, `${unitPath}?weeks=1`);
      assert.ok((await publicSessions(page)).length < sv.length, '?weeks=1 lists fewer sessions than the default');

      await goto(page, venuePath);
      await assertOneCancelled(page, cancelledOn, CANCELLED.sv, 'venue page (sv)');
      assert.ok((await page.locator('h1').innerText()).includes(VENUE.venue_name), 'the heading names the venue');
      const venueText = await page.locator('main').innerText();
      for (const field of ['room', 'accessibility', 'partners', 'description_sv']) {
        assert.ok(venueText.includes(VENUE[field]), `the venue page shows the ${field}`);
      }
      assert.equal(await page.locator('main a[href*="openstreetmap.org"]').count(), 1, 'the venue page links to a map');
      await assertQrAndCalendar(page, venuePath, 'venue page (sv)', cancelledOn);
      await screenshot(page, 'dropin-venue-sv');
      await a11y(t, page, 'public venue page (sv)');

      await goto(page, '/dropin');
      await assertOneCancelled(page, cancelledOn, CANCELLED.sv, 'all drop-ins (sv)');
      assert.equal(await page.locator(`main h2 a[href="${venuePath}"]`).count(), 1, 'the page of all drop-ins links to the venue');
      await assertQrAndCalendar(page, '/dropin', 'all drop-ins (sv)');
      await a11y(t, page, 'public drop-in page (sv)');

      // English.
      assert.deepEqual(await switchLanguage(page, 'en'), { lang: 'en', dir: 'ltr' });
      assert.equal(where(page).pathname, '/dropin', 'the language switch comes back to the page');
      await assertOneCancelled(page, cancelledOn, CANCELLED.en, 'all drop-ins (en)');
      await a11y(t, page, 'public drop-in page (en)');
      await goto(page, unitPath);
      assert.deepEqual(await htmlLangDir(page), { lang: 'en', dir: 'ltr' }, 'the language stays chosen');
      await assertOneCancelled(page, cancelledOn, CANCELLED.en, 'unit page (en)');
      await screenshot(page, 'dropin-unit-en');
      await a11y(t, page, 'public unit page (en)');
      await goto(page, venuePath);
      await assertOneCancelled(page, cancelledOn, CANCELLED.en, 'venue page (en)');
      assert.ok((await page.locator('main').innerText()).includes(VENUE.description_en), 'the venue page shows the English description');
      await a11y(t, page, 'public venue page (en)');

      // Arabic, right to left.
      await goto(page, unitPath);
      assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
      assert.equal(where(page).pathname, unitPath, 'the language switch comes back to the unit page');
      await assertOneCancelled(page, cancelledOn, CANCELLED.ar, 'unit page (ar)');
      await assertQrAndCalendar(page, unitPath, 'unit page (ar)', cancelledOn);
      await screenshot(page, 'dropin-unit-ar');
      await a11y(t, page, 'public unit page (ar)');
      await goto(page, venuePath);
      assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, 'the language stays chosen');
      await assertOneCancelled(page, cancelledOn, CANCELLED.ar, 'venue page (ar)');
      assert.ok((await page.locator('main').innerText()).includes(VENUE.description_ar), 'the venue page shows the Arabic description');
      await screenshot(page, 'dropin-venue-ar');
      await a11y(t, page, 'public venue page (ar)');
      await goto(page, '/dropin');
      assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
      await assertOneCancelled(page, cancelledOn, CANCELLED.ar, 'all drop-ins (ar)');
      await a11y(t, page, 'public drop-in page (ar)');

      assert.deepEqual(problems, [], 'no script, console or resource errors');
    } finally {
      await context.close();
    }
  });

  // 3. Public side on a 360 px wide phone, Swedish and Arabic.
  await t.test(`public pages, ${PHONE.width} px phone, sv / ar`, async (t) => {
    const { context, page, problems } = await newPage({ viewport: PHONE });
    try {
      await goto(page, unitPath);
      assert.deepEqual(await htmlLangDir(page), { lang: 'sv', dir: 'ltr' });
      await assertOneCancelled(page, cancelledOn, CANCELLED.sv, 'unit page (sv, phone)');
      await screenshot(page, 'dropin-unit-sv-phone');
      await noSideScroll(t, page, 'public unit page (sv)');
      await goto(page, venuePath);
      await screenshot(page, 'dropin-venue-sv-phone');
      await noSideScroll(t, page, 'public venue page (sv)');
      await goto(page, '/dropin');
      await noSideScroll(t, page, 'public drop-in page (sv)');

      await goto(page, unitPath);
      assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
      await assertOneCancelled(page, cancelledOn, CANCELLED.ar, 'unit page (ar, phone)');
      await screenshot(page, 'dropin-unit-ar-phone');
      await noSideScroll(t, page, 'public unit page (ar)');
      await a11y(t, page, 'public unit page (ar, phone)');
      await goto(page, venuePath);
      await screenshot(page, 'dropin-venue-ar-phone');
      await noSideScroll(t, page, 'public venue page (ar)');
      await goto(page, '/dropin');
      await noSideScroll(t, page, 'public drop-in page (ar)');

      assert.deepEqual(problems, [], 'no script, console or resource errors');
    } finally {
      await context.close();
    }
  });
});
