// Browser test of the public contact form ("Kontakta oss"): a resident asks to be contacted in
// Arabic on a 360 px phone, meets clear errors with everything kept, and gets a thank-you page
// without a cookie; the form, the feedback form and the thank-you pages pass axe in every
// language; a coordinator turns the request into a case in two clicks and reads the feedback.
//
// The form refuses to be sent sooner than three seconds after it was given out (a robot does
// not wait), so the test waits like a person would. The parts run in order: part 3 handles the
// request sent in part 1 and the feedback sent in part 2.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, htmlLangDir, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  coordinator: { username: 'kim.koordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'a-long-password-for-kim-123' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-contact.log' });

const UNIT_ID = 1;
const SEND = 'form[action^="/contact/"] button[type="submit"]';
const TITLE = { sv: 'Kontakta oss', en: 'Contact us', ar: 'تواصل معنا' };
const FEEDBACK_TITLE = { sv: 'Lämna en synpunkt', en: 'Leave feedback', ar: 'اترك ملاحظة' };
const DIR = { sv: 'ltr', en: 'ltr', ar: 'rtl' };
const MESSAGE = 'أحتاج إلى مساعدة في طلب السكن';

function plain(s) {
  return s.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/** Waits as long as a person at least takes to fill in the form. */
const fillTime = () => new Promise((r) => setTimeout(r, 3_200));

async function summaryLinks(page) {
  return page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

test(`1: a resident asks to be contacted, in Arabic on a ${PHONE.width} px phone`, { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    await goto(page, `/contact/${UNIT_ID}?lang=ar`);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(plain(await page.locator('h1').innerText()), TITLE.ar);
    assert.equal(await page.locator('#website').isVisible(), false, 'the honeypot is not shown to people');
    assert.ok(plain(await page.locator('#storage-title + p').innerText()).includes('30'), 'the notice says how long details are kept');
    await screenshot(page, 'contact-ar-phone');
    await noSideScroll(t, page, 'contact form (ar)');
    await a11y(t, page, 'contact form (ar, phone)');

    // No way to reach, an e-mail without @: both named, the rest kept.
    await page.fill('#person_name', 'سارة');
    await page.fill('#message', MESSAGE);
    await fillTime();
    let res = await submit(page, SEND);
    assert.equal(res.status(), 422);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.deepEqual(await summaryLinks(page), ['#phone'], 'the summary points at the phone field');
    assert.equal(await page.inputValue('#person_name'), 'سارة');
    assert.equal(await page.inputValue('#message'), MESSAGE);
    await screenshot(page, 'contact-ar-phone-error');
    await noSideScroll(t, page, 'contact form with an error (ar)');
    await a11y(t, page, 'contact form with an error (ar, phone)');

    await page.fill('#email', 'sara.example.se');
    res = await submit(page, SEND);
    assert.equal(res.status(), 422);
    assert.deepEqual(await summaryLinks(page), ['#email']);
    assert.equal(await page.getAttribute('#email', 'aria-invalid'), 'true');

    // Fixed: a phone number, what it is about and whom it concerns, then sent.
    await page.fill('#email', '');
    await page.fill('#phone', '070-123 45 67');
    await page.selectOption('#category', { index: 1 });
    await page.selectOption('#age_group', { index: 2 });
    res = await submit(page, SEND);
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    assert.equal(new URL(page.url()).pathname, `/contact/${UNIT_ID}/thanks`);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    await screenshot(page, 'contact-thanks-ar-phone');
    await noSideScroll(t, page, 'thank-you page (ar)');
    await a11y(t, page, 'thank-you page (ar, phone)');
    assert.deepEqual(await context.cookies(), [], 'the contact form leaves no cookie');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('2: the forms and thank-you pages in every language; anonymous feedback', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    for (const lang of ['sv', 'en', 'ar']) {
      await goto(page, `/contact/${UNIT_ID}?lang=${lang}`);
      assert.deepEqual(await htmlLangDir(page), { lang, dir: DIR[lang] });
      assert.equal(plain(await page.locator('h1').innerText()), TITLE[lang]);
      await a11y(t, page, `contact form (${lang})`);
      await goto(page, `/contact/${UNIT_ID}/feedback?lang=${lang}`);
      assert.equal(plain(await page.locator('h1').innerText()), FEEDBACK_TITLE[lang]);
      await a11y(t, page, `feedback form (${lang})`);
      await goto(page, `/contact/${UNIT_ID}/thanks?lang=${lang}&kind=feedback`);
      await a11y(t, page, `feedback thank-you page (${lang})`);
      await goto(page, `/contact/${UNIT_ID}/thanks?lang=${lang}&kind=request`);
      await a11y(t, page, `request thank-you page (${lang})`);
    }
    // The links between the two forms, in Swedish.
    await goto(page, `/contact/${UNIT_ID}`);
    await submit(page, `a[href^="/contact/${UNIT_ID}/feedback"]`);
    assert.equal(new URL(page.url()).pathname, `/contact/${UNIT_ID}/feedback`);
    await page.fill('#message', 'Bra bemötande på biblioteket.');
    await fillTime();
    const res = await submit(page, SEND);
    assert.equal(res.status(), 200);
    assert.match(plain(await page.locator('main').innerText()), /Tack för din synpunkt/);
    await screenshot(page, 'contact-feedback-thanks-sv');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('3: a coordinator turns the request into a case in two clicks and reads the feedback', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    await login(page, USERS.coordinator);
    await goto(page, '/intake');
    assert.match(plain(await page.locator('h2#open-title').innerText()), /1 öppen förfrågan/);
    assert.ok(!(await page.locator('main').innerText()).includes('070-123 45 67'), 'the list shows no details');
    await screenshot(page, 'contact-intake-sv');
    await a11y(t, page, 'intake list (sv)');

    // The request opened on its own page (the view is logged), then back to the list.
    await submit(page, 'table form[action$="/view"] button[type="submit"]');
    assert.ok(plain(await page.locator('main').innerText()).includes('070-123 45 67'));
    await a11y(t, page, 'a request (sv)');
    await goto(page, '/intake');

    // Click one.
    await submit(page, 'table form[action$="/case"] button[type="submit"]');
    assert.match(new URL(page.url()).pathname, /^\/intake\/\d+\/case$/);
    const from = plain(await page.locator('section.from-inquiry').innerText());
    assert.ok(from.includes('070-123 45 67') && from.includes(MESSAGE), `the request is shown: ${from}`);
    await screenshot(page, 'contact-case-from-request-sv');
    await a11y(t, page, 'quick registration from a request (sv)');
    // Click two.
    const res = await submit(page, 'form[action="/cases/new"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    const caseUrl = new URL(page.url());
    assert.match(caseUrl.pathname, /^\/cases\/\d+$/);
    assert.equal(caseUrl.searchParams.get('done'), 'created');
    const caseId = caseUrl.pathname.split('/')[2];

    await goto(page, '/intake');
    assert.match(plain(await page.locator('h2#open-title').innerText()), /Inga öppna förfrågningar/);
    assert.equal(await page.locator(`a[href="/cases/${caseId}"]`).count(), 1, 'listed as handled, with its case');
    await goto(page, `/cases/${caseId}/identity`);
    assert.equal(await page.locator('#phone').count(), 0, 'details only when chosen');
    await submit(page, `form[action="/cases/${caseId}/identity/view"] button[type="submit"]`);
    assert.equal(await page.inputValue('#phone'), '070-123 45 67', 'the details went with the case');
    assert.ok(plain(await page.locator('main').innerText()).includes(MESSAGE));

    await goto(page, '/intake/feedback');
    assert.ok((await page.locator('main').innerText()).includes('Bra bemötande på biblioteket.'));
    await a11y(t, page, 'feedback list (sv)');
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await screenshot(page, 'contact-feedback-list-ar');
    await a11y(t, page, 'feedback list (ar)');
    await goto(page, '/intake');
    await a11y(t, page, 'intake list (ar)');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
