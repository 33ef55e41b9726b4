// Browser test of the outreach and collaboration log ("samverkan"): a coordinator logs a parents'
// meeting on a 360 px phone, meets a clear error with everything kept, saves it, and finds it in
// the list with its totals; the form and the list pass axe in Swedish and Arabic. Then a manager
// enters a month of school concern reports and sees the year's table, in Swedish and Arabic.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  coordinator: { username: 'olle.koordinator', name: 'Olle Koordinator', role: 'coordinator', password: 'a-long-password-for-olle-123' },
  manager: { username: 'mira.chef', name: 'Mira Chef', role: 'manager', password: 'a-long-password-for-mira-123' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-outreach.log' });

function plain(s) {
  return s.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

test(`a coordinator logs a parents' meeting on a ${PHONE.width} px phone`, { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    await login(page, USERS.coordinator);
    await goto(page, '/outreach/new');
    assert.ok(await page.getByLabel('Olle Koordinator').isChecked(), 'the person logging is marked as present');
    assert.equal(await page.getByLabel('Mira Chef').isChecked(), false, 'a colleague is not');
    await screenshot(page, 'outreach-new-sv-phone');
    await noSideScroll(t, page, 'new activity (sv)');
    await a11y(t, page, 'new activity (sv, phone)');

    // No type and no count: both named, the partners kept.
    await page.fill('#partners_present', 'Rinkebyskolan');
    let res = await submit(page, 'form[action="/outreach/new"] button[type="submit"]');
    assert.equal(res.status(), 422);
    const links = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['#activity_type', '#reached']);
    assert.equal(await page.inputValue('#partners_present'), 'Rinkebyskolan');
    await screenshot(page, 'outreach-new-sv-phone-error');
    await a11y(t, page, 'new activity with errors (sv, phone)');

    await page.selectOption('#activity_type', { label: 'Föräldramöte i skola eller förskola' });
    await page.fill('#reached', '40');
    await page.fill('#minutes', '75');
    res = await submit(page, 'form[action="/outreach/new"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    assert.equal(new URL(page.url()).pathname, '/outreach');
    const totals = plain(await page.locator('section.card').first().innerText());
    assert.match(totals, /Aktiviteter 1/);
    assert.match(totals, /Personer nådda 40/);
    assert.match(totals, /Timmar 1,3/);
    await screenshot(page, 'outreach-list-sv-phone');
    await noSideScroll(t, page, 'outreach list (sv)');
    await a11y(t, page, 'outreach list (sv, phone)');

    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await screenshot(page, 'outreach-list-ar-phone');
    await noSideScroll(t, page, 'outreach list (ar)');
    await a11y(t, page, 'outreach list (ar, phone)');
    await goto(page, '/outreach/new');
    await a11y(t, page, 'new activity (ar, phone)');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a manager enters concern reports from schools and reads the year', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    await login(page, USERS.manager);
    await goto(page, '/concern-reports?year=2023');
    await a11y(t, page, 'concern reports (sv, phone)');
    await noSideScroll(t, page, 'concern reports (sv)');
    await page.fill('#m1_no_investigation', '38');
    await page.fill('#m1_investigation', 'tjugofem');
    let res = await submit(page, 'form[action="/concern-reports"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.equal(await page.inputValue('#m1_investigation'), 'tjugofem', 'the value is kept');
    assert.equal(await page.inputValue('#m1_no_investigation'), '38');
    await a11y(t, page, 'concern reports with an error (sv, phone)');
    await page.fill('#m1_investigation', '25');
    await page.fill('#m1_ongoing', '23');
    res = await submit(page, 'form[action="/concern-reports"] button[type="submit"]');
    assert.equal(res.status(), 200);
    const totals = plain(await page.locator('#concern-caption + thead + tbody tr.total').innerText());
    assert.match(totals, /^Totalt 86 /, totals);
    await screenshot(page, 'concern-sv-phone');
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await screenshot(page, 'concern-ar-phone');
    await noSideScroll(t, page, 'concern reports (ar)');
    await a11y(t, page, 'concern reports (ar, phone)');

    // The inputs to the effect report, in Arabic: a cost without its period's end, then with it.
    await goto(page, '/report-inputs');
    await a11y(t, page, 'report inputs (ar, phone)');
    await page.selectOption('#kind', 'unit_cost');
    await page.fill('#value', '800000');
    await page.fill('#valid_from', '2023-01-01');
    res = await submit(page, 'form[action="/report-inputs"] button[type="submit"]');
    assert.equal(res.status(), 422);
    const links = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['#valid_to']);
    assert.equal(await page.inputValue('#value'), '800000');
    await a11y(t, page, 'report inputs with an error (ar, phone)');
    await page.fill('#valid_to', '2023-06-30');
    res = await submit(page, 'form[action="/report-inputs"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(plain(await page.locator('section[aria-labelledby="unit_cost"]').innerText()), /800,000/);
    await screenshot(page, 'report-inputs-ar-phone');
    await noSideScroll(t, page, 'report inputs (ar)');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
