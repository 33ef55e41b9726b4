// Browser test of telling one's story once and of a referral between two units of one
// installation: the admin of the labour-market unit turns on "takes referrals"; a coordinator of
// Råd och stöd registers a case, writes the summary the resident agrees to, is refused when a
// heads-up would carry it (the consent gate), then sends the referral with consent; a coordinator
// of the labour-market unit, on a phone in Arabic, finds it in the intake list, reads the summary
// and accepts it as a case of their own, which starts with the summary; the sender sees it
// accepted. Every page is checked with axe-core.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage, UNIT } from './helpers.mjs';
import { useLotsen } from './helpers.mjs';

const OTHER = 'Arbetsmarknad Test';

const USERS = {
  coordinator: { username: 'kim.koordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'a-long-password-for-kim-123' },
  otherAdmin: { username: 'bo.admin', name: 'Bo Admin', role: 'admin', password: 'a-long-password-for-bo-1234', unit: OTHER },
  otherCoordinator: { username: 'bea.koordinator', name: 'Bea Mottagare', role: 'coordinator', password: 'a-long-password-for-bea-123', unit: OTHER },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-referral.log' });

const SUMMARY = 'Har skulder och vill ha hjälp med en budget. Söker arbete och vill inte berätta allt igen.';

/** Text as read, without Fluent's invisible isolation marks around placeables. */
async function read(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, '');
}

async function openDetails(page, inner) {
  const details = page.locator('details', { has: page.locator(inner) }).last();
  if ((await details.getAttribute('open')) === null) await details.locator(':scope > summary').click();
}

test('a coordinator refers a case with consent to another unit, whose coordinator accepts it', { timeout: 240_000 }, async (t) => {
  // The labour-market unit takes referrals.
  {
    const { context, page } = await newPage();
    await login(page, USERS.otherAdmin);
    await goto(page, '/admin/unit');
    await page.check('#takes_referrals');
    const res = await submit(page, 'form[action="/admin/unit/referrals"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.equal(await page.isChecked('#takes_referrals'), true, 'the setting is kept');
    await a11y(t, page, 'unit settings with referrals');
    await context.close();
  }

  // Råd och stöd: a case with a referral, and the resident's summary.
  const { context, page, problems } = await newPage({ viewport: PHONE });
  let casePath;
  let referralId;
  try {
    await login(page, USERS.coordinator);
    await goto(page, '/cases/new');
    await page.selectOption('#channel', { index: 1 });
    await page.check('#age_group');
    await page.selectOption('#category', { index: 1 });
    await page.fill('#minutes', '30');
    await openDetails(page, '#ref_destination');
    await page.selectOption('#ref_destination', { index: 1 });
    await page.selectOption('#ref_kind', { index: 1 });
    let res = await submit(page, 'form.quick button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    casePath = new URL(page.url()).pathname;
    assert.match(casePath, /^\/cases\/\d+$/);

    await openDetails(page, '#intake-note');
    await page.fill('#intake-note', SUMMARY);
    res = await submit(page, 'form[action$="/intake-note"] button[type="submit"]');
    assert.equal(res.status(), 422, 'the resident must agree to the summary');
    assert.equal(await page.inputValue('#intake-note'), SUMMARY, 'the text is kept');
    await a11y(t, page, 'case page, summary refused');
    await page.check('#intake-note-agreed');
    res = await submit(page, 'form[action$="/intake-note"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(await page.locator('#story blockquote').innerText(), /vill inte berätta allt igen/);
    await a11y(t, page, 'case page with the summary');
    await noSideScroll(t, page, 'case page with the summary');

    // Send it on: a heads-up may carry nothing, so ticking the summary is refused first.
    res = await submit(page, 'a[href$="/send"]');
    assert.equal(res.status(), 200);
    referralId = new URL(page.url()).pathname.split('/')[4];
    await a11y(t, page, 'send a referral to another unit');
    await noSideScroll(t, page, 'send a referral to another unit');
    await page.selectOption('#to_unit', { label: OTHER });
    await page.check('#transfer_kind-heads_up');
    await page.check('#share_note');
    res = await submit(page, 'form[action$="/send"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.match(await page.locator('.error-summary').innerText(), /Utan samtycke/);
    assert.equal(await page.isChecked('#share_note'), true, 'the input is kept');
    await a11y(t, page, 'send a referral, refused');
    await screenshot(page, 'referral-send-refused');
    await page.check('#transfer_kind');
    assert.notEqual(await page.inputValue('#consent_on'), '', 'the day of consent is today by default');
    res = await submit(page, 'form[action$="/send"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    const line = await read(page.locator(`#referral-${referralId} .transfer`));
    assert.match(line, new RegExp(`Skickad till ${OTHER}`));
    assert.match(line, /väntar på svar/);
    assert.match(line, /sammanfattning delad/);
    // The referral letter, for paper, carries the summary once the consent to it is recorded there.
    await goto(page, `${casePath}/referrals/${referralId}/letter`);
    assert.doesNotMatch(await read(page.locator('article.letter')), /vill inte berätta allt igen/);
    await page.check('#share_note');
    res = await submit(page, 'form[action$="/consent"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(await read(page.locator('article.letter')), /vill inte berätta allt igen/);
    await a11y(t, page, 'referral letter');
    await noSideScroll(t, page, 'referral letter');
    await screenshot(page, 'referral-letter');
    assert.equal(problems.length, 0, problems.join('\n'));
  } finally {
    await context.close();
  }

  // The labour-market unit's coordinator, on a phone, in Arabic.
  {
    const { context, page, problems } = await newPage({ viewport: PHONE });
    await login(page, USERS.otherCoordinator);
    await goto(page, '/intake');
    await switchLanguage(page, 'ar');
    assert.match(await read(page.locator('main')), new RegExp(`إحالة من ${UNIT}`));
    await a11y(t, page, 'intake list with a referral (ar)');
    await noSideScroll(t, page, 'intake list with a referral (ar)');
    let res = await submit(page, 'main form[action$="/view"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(await page.locator('main').innerText(), /vill inte berätta allt igen/, 'the summary is read, not asked for');
    await a11y(t, page, 'referral opened (ar)');
    await noSideScroll(t, page, 'referral opened (ar)');
    await screenshot(page, 'referral-received-ar');
    res = await submit(page, 'main form[action$="/case"] button[type="submit"]');
    assert.equal(res.status(), 200);
    await page.check('#age_group');
    await page.selectOption('#category', { index: 1 });
    await page.fill('#minutes', '20');
    res = await submit(page, 'form.quick button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    assert.match(new URL(page.url()).pathname, /^\/cases\/\d+$/);
    assert.match(await page.locator('#story blockquote').innerText(), /vill inte berätta allt igen/, 'the new case starts with the summary');
    await a11y(t, page, 'accepted case with the summary (ar)');
    assert.equal(problems.length, 0, problems.join('\n'));
    await context.close();
  }

  // The sender sees it accepted.
  {
    const { context, page } = await newPage();
    await login(page, USERS.coordinator);
    await goto(page, casePath);
    assert.match(await read(page.locator(`#referral-${referralId} .transfer`)), /mottagen/);
    await context.close();
  }
});
