// Browser test of the support directory's import: an admin loads the official HSDS example with a
// dry run first, then for real, meets a file with a mistake named by record and field, and reads
// the result in Swedish and in Arabic (axe on each, and on a 360 px phone). The HSDS API then
// serves what was loaded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'dana.admin', name: 'Dana Admin', role: 'admin', password: 'a-long-password-for-dana-123' },
};

const lotsen = useLotsen(USERS, { logName: 'server-directory.log' });
const { newPage, goto, login } = lotsen;
const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../crates/hsds/hsds-3.0/examples');

function plain(s) {
  return s.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

test('an admin loads the directory from an HSDS file', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    await login(page, USERS.admin);
    await goto(page, '/');
    await page.getByRole('link', { name: /Stödkatalogen/ }).click();
    await page.waitForURL(/\/directory\/import/);
    await a11y(t, page, 'directory import (sv)');

    // Dry run (ticked by default), then for real.
    await page.setInputFiles('#file', path.join(EXAMPLES, 'service_full.json'));
    let res = await submit(page, 'form[action^="/directory/import"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(plain(await page.locator('#result').innerText()), /Filen kan läsas in/);
    await page.setInputFiles('#file', path.join(EXAMPLES, 'service_full.json'));
    await page.uncheck('#dry_run');
    res = await submit(page, 'form[action^="/directory/import"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(plain(await page.locator('#result').innerText()), /Katalogen är inläst/);
    await screenshot(page, 'directory-import-sv');
    await a11y(t, page, 'directory import result (sv)');

    // A mistake is named by record and field; nothing is saved.
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lotsen-dir-')), 'fel.json');
    fs.writeFileSync(bad, JSON.stringify({ id: '0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10', name: 'Nytt stöd', status: 'öppen' }));
    await page.setInputFiles('#file', bad);
    res = await submit(page, 'form[action^="/directory/import"] button[type="submit"]');
    assert.equal(res.status(), 422);
    const errors = plain(await page.locator('#result').innerText());
    assert.match(errors, /0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10/);
    assert.match(errors, /\/status/);
    await a11y(t, page, 'directory import errors (sv)');

    // The same in Arabic, on a phone.
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await page.setViewportSize(PHONE);
    await page.setInputFiles('#file', bad);
    res = await submit(page, 'form[action^="/directory/import"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.match(plain(await page.locator('#result').innerText()), /خطأ/);
    await a11y(t, page, 'directory import errors (ar, phone)');
    await screenshot(page, 'directory-import-ar-phone');
    await noSideScroll(t, page, 'directory import (ar, phone)');

    // The open API serves what was loaded.
    const api = await (await fetch(`${lotsen.base}/api/hsds/services`)).json();
    assert.equal(api.total_items, 1);
    assert.equal(api.contents[0].id, 'ac148810-d857-441c-9679-408f346de14b');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
