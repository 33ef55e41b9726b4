// Browser test of the residents' public pages: an admin writes the unit's public information
// (refused first with markup in it, the rest kept); a resident opens the unit's page from a poster's
// `?lang=ar` link on a 360 px phone with JavaScript off, reads the privacy notice and the
// accessibility statement; the Easy Swedish page is looked at. Every page passes axe-core, weighs
// under 50 kB and asks nothing of any other server.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, noSideScroll, PHONE, screenshot, submit, useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'ada.admin', name: 'Ada Admin', role: 'admin', password: 'a-long-password-for-ada-123' },
  coordinator: { username: 'kim.koordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'a-long-password-for-kim-123' },
};

const lotsen = useLotsen(USERS, { logName: 'server-public.log' });
const { newPage, goto, login } = lotsen;

function plain(s) {
  return s.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

test('a resident reads a unit page, its privacy notice and accessibility statement on a phone', { timeout: 180_000 }, async (t) => {
  let unitPath;
  {
    const { context, page, problems } = await newPage();
    try {
      await login(page, USERS.admin);
      await goto(page, '/admin/unit/public');
      await a11y(t, page, 'public information form (sv)');
      await page.fill('#about_sv', '<b>Välkommen</b> till oss.');
      await page.fill('#about_ar', 'نستقبلك في المكتبة كل يوم ثلاثاء. اقرأ المزيد على https://lund.se/radochstod');
      await page.fill('#controller', 'Socialnämnden i Lunds kommun');
      let res = await submit(page, 'form[action="/admin/unit/public"] button[type="submit"]');
      assert.equal(res.status(), 422);
      assert.equal(await page.locator('#about_sv-error').count(), 1);
      assert.equal(await page.inputValue('#controller'), 'Socialnämnden i Lunds kommun', 'the rest is kept');
      await a11y(t, page, 'public information refused (sv)');
      await page.fill('#about_sv', 'Vi finns på biblioteket varje tisdag. Läs mer på https://lund.se/radochstod');
      await page.fill('#phone', '046-35 50 00');
      await page.fill('#dpo', 'dataskyddsombud@lund.se');
      res = await submit(page, 'form[action="/admin/unit/public"] button[type="submit"]');
      assert.equal(res.status(), 200);
      unitPath = await page.locator('main a', { hasText: 'Visa den offentliga sidan' }).getAttribute('href');
      assert.match(unitPath, /^\/units\/\d+$/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }

  // With JavaScript off, the page reads the same.
  {
    const { context, page } = await newPage({ viewport: PHONE, javaScriptEnabled: false });
    await goto(page, `${unitPath}?lang=ar`);
    assert.match(plain(await page.locator('main').innerText()), /الخدمة مجانية/);
    assert.equal(await page.locator(`main a[href^="${unitPath}/privacy"]`).count(), 1);
    await context.close();
  }

  const { context, page, problems } = await newPage({ viewport: PHONE });
  const elsewhere = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(lotsen.base)) elsewhere.push(r.url());
  });
  try {
    // From the poster: the page in Arabic, no cookie needed.
    await goto(page, `${unitPath}?lang=ar`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const main = plain(await page.locator('main').innerText());
    assert.match(main, /الخدمة مجانية/);
    assert.match(main, /نستقبلك في المكتبة/, "the unit's own words in Arabic");
    assert.equal(await page.locator('main a[href="https://lund.se/radochstod"]').count(), 1, 'the address is a link');
    const size = (await page.content()).length;
    assert.ok(size < 50_000, `${size} bytes`);
    await a11y(t, page, 'unit page (ar)');
    await noSideScroll(t, page, 'unit page (ar)');
    await screenshot(page, 'public-unit-ar');

    // The privacy notice, from the page's own link, still in Arabic.
    await submit(page, `main a[href^="${unitPath}/privacy"]`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    const notice = plain(await page.locator('main').innerText());
    assert.match(notice, /Socialnämnden i Lunds kommun/);
    assert.match(notice, /dataskyddsombud@lund\.se/);
    assert.match(notice, /IMY/);
    await a11y(t, page, 'privacy notice (ar)');
    await noSideScroll(t, page, 'privacy notice (ar)');
    await screenshot(page, 'public-privacy-ar');

    await goto(page, `${unitPath}/accessibility?lang=ar`);
    assert.match(plain(await page.locator('main').innerText()), /WCAG 2\.1/);
    await a11y(t, page, 'accessibility statement (ar)');

    // Easy Swedish: plain words, Swedish to screen readers.
    await goto(page, `${unitPath}?lang=lattlast`);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.match(plain(await page.locator('main').innerText()), /Det kostar inget\./);
    await a11y(t, page, 'unit page (Easy Swedish)');
    await noSideScroll(t, page, 'unit page (Easy Swedish)');
    await screenshot(page, 'public-unit-lattlast');
    await goto(page, `${unitPath}/privacy?lang=lattlast`);
    await a11y(t, page, 'privacy notice (Easy Swedish)');

    // The start page without sign-in, and its footer's links.
    await goto(page, '/?lang=sv');
    assert.match(plain(await page.locator('h1').innerText()), /Råd och stöd/);
    assert.equal(await page.locator('main a[href="/login"]').count(), 1, 'the staff sign-in is one link away');
    assert.equal(await page.locator('footer a[href="/privacy"]').count(), 1);
    await a11y(t, page, 'public start page (sv)');
    await screenshot(page, 'public-start');
    assert.deepEqual(elsewhere, [], 'no request to any other server');
    assert.deepEqual(problems, [], 'no console errors or failed requests');
  } finally {
    await context.close();
  }
});

test('a resident follows their case with code and PIN on a phone in Arabic and writes to the coordinator', { timeout: 180_000 }, async (t) => {
  // The coordinator registers a case and hands out a code and PIN on a printed slip.
  const staff = await newPage();
  let casePath;
  let code;
  let pin;
  try {
    const page = staff.page;
    await login(page, USERS.coordinator);
    await goto(page, '/cases/new');
    await page.selectOption('#channel', { index: 1 });
    await page.check('#age_group');
    await page.selectOption('#category', { index: 1 });
    await page.fill('#minutes', '30');
    await page.check('#residency');
    let res = await submit(page, 'form.quick button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    casePath = new URL(page.url()).pathname;
    res = await submit(page, `form[action="${casePath}/follow"] button[type="submit"]`);
    assert.equal(res.status(), 200);
    const slip = page.locator('.follow-slip .slip-code');
    [code, pin] = [plain(await slip.nth(0).innerText()), plain(await slip.nth(1).innerText())];
    assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    assert.match(pin, /^\d{6}$/);
    await a11y(t, page, 'the slip with code and PIN (sv)');
    await screenshot(page, 'follow-slip');
  } finally {
    await staff.context.close();
  }

  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    await goto(page, '/follow?lang=ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await a11y(t, page, 'follow sign-in (ar)');
    // A wrong PIN first: refused by name, the code kept.
    await page.fill('#code', code.toLowerCase());
    await page.fill('#pin', pin === '000000' ? '111111' : '000000');
    let res = await submit(page, 'form[action^="/follow"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.equal(await page.locator('#pin-error').count(), 1);
    assert.equal(await page.inputValue('#code'), code.toLowerCase());
    await a11y(t, page, 'follow sign-in refused (ar)');
    await page.fill('#pin', pin);
    res = await submit(page, 'form[action^="/follow"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/follow/case');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.match(plain(await page.locator('main').innerText()), /Kim/, "the coordinator's first name");
    await a11y(t, page, 'the case as the resident sees it (ar)');
    await noSideScroll(t, page, 'the case as the resident sees it (ar)');
    await page.fill('#message', 'حصلت على موعد، شكراً لكم!');
    res = await submit(page, 'form[action^="/follow/case"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.equal(await page.locator('.notice[role="status"]').count(), 1, 'the message is acknowledged');
    await screenshot(page, 'follow-case-ar');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }

  // The coordinator reads it.
  const back = await newPage();
  try {
    await login(back.page, USERS.coordinator);
    await goto(back.page, casePath);
    const res = await submit(back.page, `form[action="${casePath}/messages"] button[type="submit"]`);
    assert.equal(res.status(), 200);
    assert.match(plain(await back.page.locator('main').innerText()), /حصلت على موعد/);
    await a11y(t, back.page, "the resident's messages (sv)");
  } finally {
    await back.context.close();
  }
});
