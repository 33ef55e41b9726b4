// Browser test of two-step verification, with the rule that admins must have it on: an admin's
// first sign-in leads to setting up an authenticator app (the test reads the key as a person
// would type it into the app, and computes the codes as the app does, RFC 6238); the recovery
// codes are shown once; the next sign-in asks for a code, on a 360 px phone in Arabic; a
// recovery code stands in for the phone; the admin resets a coordinator's. axe-core on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage } from './helpers.mjs';
import { useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'alva.admin', name: 'Alva Admin', role: 'admin', password: 'a-long-password-for-alva-12' },
  coordinator: { username: 'kim.koordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'a-long-password-for-kim-123' },
};

const { newPage, goto } = useLotsen(USERS, { logName: 'server-two-factor.log', adminTwoFactor: true });

/** Text as read, without Fluent's invisible isolation marks around placeables. */
async function read(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, '');
}

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of text.replace(/\s+/g, '').toUpperCase()) {
    const i = alphabet.indexOf(ch);
    assert.notEqual(i, -1, `not base32: ${ch}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The app's code (RFC 6238: HMAC-SHA1, 30 s, six digits) for `secret`, `offset` steps from now. */
function totp(secret, offset = 0) {
  const step = Math.floor(Date.now() / 1000 / 30) + offset;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = crypto.createHmac('sha1', secret).update(counter).digest();
  const o = h[19] & 0x0f;
  const bin = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(bin % 1_000_000).padStart(6, '0');
}

/** Waits for the next 30-second step, so a code is not the one used a moment ago. */
async function nextStep() {
  const ms = 30_000 - (Date.now() % 30_000) + 200;
  await new Promise((r) => setTimeout(r, ms));
}

async function password(page, user) {
  await goto(page, '/login');
  await page.fill('#username', user.username);
  await page.fill('#password', user.password);
  return submit(page, 'form[action="/login"] button[type="submit"]');
}

test('an admin sets up an app, signs in with its code and a recovery code, and resets a colleague', { timeout: 240_000 }, async (t) => {
  let secret;
  let recovery;
  {
    const { context, page, problems } = await newPage();
    await password(page, USERS.admin);
    assert.equal(new URL(page.url()).pathname, '/login/enrol', 'an admin without an app sets one up first');
    await t.test('the setup page names its QR code', async () => {
      const qr = page.locator('.totp-qr');
      assert.equal(await qr.getAttribute('role'), 'img');
      assert.ok((await qr.getAttribute('aria-label')).length > 5);
      assert.equal(await qr.locator('svg').count(), 1);
    });
    await a11y(t, page, 'setting up the app at sign-in');
    await screenshot(page, 'two-factor-setup');
    secret = base32Decode(await page.locator('.totp-key').innerText());
    assert.equal(secret.length, 20);

    // A typo first: the message sits at the field, and nothing is signed in.
    await page.fill('#code', '12 34');
    let res = await submit(page, 'form[action="/login/enrol"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.match(await read(page.locator('.field-error')), /sex siffror/);
    await a11y(t, page, 'setup with an error');

    await page.fill('#code', totp(secret));
    res = await submit(page, 'form[action="/login/enrol"] button[type="submit"]');
    assert.equal(res.status(), 200);
    recovery = await page.locator('.recovery-codes code').allInnerTexts();
    assert.equal(recovery.length, 10);
    await a11y(t, page, 'the recovery codes');
    await screenshot(page, 'two-factor-recovery-codes');
    await page.click('a.button');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.match(await read(page.locator('header .who')), /Alva Admin/);
    await goto(page, '/account/two-factor');
    assert.match(await read(page.locator('main')), /Du har 10 reservkoder kvar/);
    await a11y(t, page, 'the account page with two-step verification on');
    await page.locator('header > .who button').click();
    assert.deepEqual(problems, []);
    await context.close();
  }

  // The next sign-in, on a phone in Arabic: the password, then the app's code.
  {
    const { context, page, problems } = await newPage({ viewport: PHONE });
    await goto(page, '/login');
    await switchLanguage(page, 'ar');
    await password(page, USERS.admin);
    assert.equal(new URL(page.url()).pathname, '/login/code');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await a11y(t, page, 'the code page in Arabic at 360 px');
    await noSideScroll(t, page, 'the code page in Arabic');
    await screenshot(page, 'two-factor-code-ar-phone');
    await nextStep();
    await page.fill('#code', totp(secret));
    const res = await submit(page, 'form[action="/login/code"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(problems, []);
    await context.close();
  }

  // Without the phone: a recovery code, once.
  {
    const { context, page, problems } = await newPage();
    await password(page, USERS.admin);
    await page.fill('#code', recovery[0]);
    await submit(page, 'form[action="/login/code"] button[type="submit"]');
    assert.equal(new URL(page.url()).pathname, '/account/two-factor');
    assert.match(await read(page.locator('main')), /Du har 9 reservkoder kvar/);
    assert.match(await read(page.locator('.notice')), /reservkod/);

    // The coordinator turned theirs on earlier; the admin resets it after a lost phone.
    const kim = await newPage();
    await password(kim.page, USERS.coordinator);
    assert.equal(new URL(kim.page.url()).pathname, '/', 'a coordinator without an app signs in with a password');
    await goto(kim.page, '/account/two-factor');
    await a11y(t, kim.page, 'the account page with two-step verification off');
    await submit(kim.page, 'form[action="/account/two-factor/setup"] button[type="submit"]');
    const kimSecret = base32Decode(await kim.page.locator('.totp-key').innerText());
    await kim.page.fill('#code', totp(kimSecret));
    await submit(kim.page, 'form[action="/account/two-factor/confirm"] button[type="submit"]');
    assert.equal((await kim.page.locator('.recovery-codes code').allInnerTexts()).length, 10);

    await goto(page, '/admin/users');
    const row = page.locator('tr', { hasText: 'Kim Koordinator' });
    assert.equal((await read(row.locator('td').last())).trim(), 'På');
    await row.locator('a').click();
    await a11y(t, page, 'a user with two-step verification on');
    const res = await submit(page, 'form[action$="/two-factor/reset"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(await read(page.locator('.notice')), /återställd/);
    assert.equal((await read(page.locator('tr', { hasText: 'Kim Koordinator' }).locator('td').last())).trim(), 'Av');

    // Kim's session ended with the reset.
    await goto(kim.page, '/cases');
    assert.equal(new URL(kim.page.url()).pathname, '/login');
    assert.deepEqual(problems, []);
    await kim.context.close();
    await context.close();
  }
});
