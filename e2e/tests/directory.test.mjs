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
  coordinator: { username: 'kim.lots', name: 'Kim Lots', role: 'coordinator', password: 'a-long-password-for-kim-1234' },
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
    await page.waitForURL(/\/directory$/);
    await page.getByRole('link', { name: /läs in och ladda ner/ }).click();
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
    const ids = api.contents.map((x) => x.id);
    assert.ok(ids.includes('ac148810-d857-441c-9679-408f346de14b'), JSON.stringify(ids));
    assert.equal(api.total_items, 2, 'the example and the unit\'s own service');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** A small Swedish directory: two services about money, one about housing. */
function swedishDirectory() {
  const addr = (id, street, postcode) => ({ id, address_1: street, city: 'Lund', state_province: 'Skåne län', postal_code: postcode, country: 'SE', address_type: 'physical' });
  return {
    id: 'cac14274-c975-49e5-8379-533af66cbe50',
    name: 'Lunds kommun, socialförvaltningen',
    description: 'Kommunens socialtjänst.',
    services: [
      {
        id: 'fc7d2c3f-2e4e-463f-b51f-b2b748b747b3', name: 'Ekonomiskt bistånd', status: 'active',
        description: 'Stöd till försörjning när andra inkomster inte räcker.',
        application_process: 'Ring kontaktcenter eller ansök digitalt.',
        phones: [{ id: '43f49c24-d30c-406b-a25f-66782adfbbe1', number: '046-35 50 00' }],
        schedules: [{ id: '998573c2-7ac4-4a91-b65e-2b1096217d30', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '12:00' }],
        service_at_locations: [{ id: '206dd8e2-a6d2-4b81-9a40-2bea13473569', location: { id: 'a232aab2-4ee7-4b00-a98b-97126d5b2e68', location_type: 'physical', name: 'Stadsbiblioteket', addresses: [addr('90fbd4c5-26b0-4608-b733-554e681d6c03', 'Sankt Petri kyrkogata 6', '222 21')] } }],
      },
      {
        id: '7189de7c-c59a-4b29-b149-97057a3ff139', name: 'Budget- och skuldrådgivning', status: 'active',
        description: 'Hjälp med ekonomisk planering och skulder.',
        cost_options: [{ id: '120c7f58-14fc-4b96-a7dc-070abc3c4c85', amount: 0, currency: 'SEK' }],
      },
      {
        id: '2a304e61-a3e9-4465-a941-7a6c3af23712', name: 'Bostadssociala teamet', status: 'temporarily closed',
        description: 'Råd vid hot om vräkning.', alert: 'Öppnar igen i januari.',
      },
    ],
  };
}

test('a resident finds the same support for "ekonomi", "ekonomisk" and "ekonomiskt bistand"', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    await login(page, USERS.admin);
    await goto(page, '/directory/import');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lotsen-dir-')), 'katalog.json');
    fs.writeFileSync(file, JSON.stringify(swedishDirectory()));
    await page.setInputFiles('#file', file);
    await page.uncheck('#dry_run');
    const res = await submit(page, 'form[action^="/directory/import"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    await context.clearCookies();

    // A resident, not signed in, from the link at the foot of every page.
    await goto(page, '/dropin');
    await page.getByRole('link', { name: 'Hitta stöd' }).click();
    await page.waitForURL(/\/support/);
    await a11y(t, page, 'find support (sv)');
    const found = {};
    for (const q of ['ekonomi', 'ekonomisk', 'ekonomiskt bistand']) {
      await page.fill('#q', q);
      await submit(page, 'form[action="/support"] button[type="submit"]');
      found[q] = (await page.locator('article h3').allInnerTexts()).map(plain);
    }
    assert.ok(found.ekonomi.includes('Ekonomiskt bistånd'), JSON.stringify(found));
    assert.deepEqual(found.ekonomisk, found.ekonomi);
    assert.deepEqual(found['ekonomiskt bistand'], ['Ekonomiskt bistånd']);
    const card = plain(await page.locator('article').first().innerText());
    assert.match(card, /046-35 50 00/);
    assert.match(card, /Sankt Petri kyrkogata 6, 222 21 Lund/);
    assert.match(card, /måndag, tisdag, onsdag, torsdag, fredag · 09:00–12:00/);
    await screenshot(page, 'support-sv');
    await a11y(t, page, 'find support with results (sv)');

    // A filter: free of charge only.
    await page.fill('#q', '');
    await page.selectOption('#cost', 'free');
    await submit(page, 'form[action="/support"] button[type="submit"]');
    const free = (await page.locator('article h3').allInnerTexts()).map(plain);
    assert.ok(free.includes('Budget- och skuldrådgivning') && !free.includes('Ekonomiskt bistånd'), JSON.stringify(free));

    // Each service has a page of its own, made to print.
    await goto(page, '/support?q=ekonomiskt+bistand');
    await page.getByRole('link', { name: 'Ekonomiskt bistånd' }).click();
    await page.waitForURL(/\/support\/fc7d2c3f-2e4e-463f-b51f-b2b748b747b3$/);
    assert.equal(plain(await page.locator('h1').innerText()), 'Ekonomiskt bistånd');
    await a11y(t, page, 'a service on its own page (sv)');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-footer').isVisible(), false, 'no footer on paper');
    assert.equal(await page.locator('p.no-print').first().isVisible(), false, 'no back link on paper');
    assert.match(plain(await page.locator('article').innerText()), /046-35 50 00/);
    await screenshot(page, 'support-service-print');
    await page.emulateMedia({ media: 'screen' });

    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await page.setViewportSize(PHONE);
    await goto(page, '/support?q=vrakning');
    assert.match(plain(await page.locator('article').first().innerText()), /مغلق مؤقتًا/);
    await screenshot(page, 'support-ar-phone');
    await a11y(t, page, 'find support (ar, phone)');
    await noSideScroll(t, page, 'find support (ar, phone)');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a coordinator refers a case to a service the directory suggests', { timeout: 180_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    // A coordinator adds a debt-advice service to the directory, tagged with the problem area "Ekonomi".
    await login(page, USERS.coordinator);
    await goto(page, '/');
    await page.getByRole('link', { name: /Stödkatalogen/ }).click();
    await page.waitForURL(/\/directory$/);
    await a11y(t, page, 'directory list (sv)');
    await page.getByRole('link', { name: 'Ny tjänst' }).click();
    await page.waitForURL(/\/directory\/services\/new/);
    await page.fill('#s_name', 'Budgetrådgivning på arabiska');
    await page.fill('#s_opens_at', '00:00');
    await page.fill('#s_closes_at', '23:59');
    let res = await submit(page, 'form[action="/directory/services"] button[type="submit"]');
    assert.equal(res.status(), 422);
    const summary = plain(await page.locator('.error-summary').innerText());
    assert.match(summary, /Organisation/);
    assert.match(summary, /Öppet dagar/);
    assert.equal(await page.inputValue('#s_name'), 'Budgetrådgivning på arabiska', 'what was typed is kept');
    await a11y(t, page, 'directory service form with errors (sv)');
    await page.fill('#s_new_organization', 'Skuldrådgivning Syd');
    await page.getByRole('checkbox', { name: 'Ekonomi', exact: true }).check();
    await page.getByRole('checkbox', { name: 'arabiska' }).check();
    await page.getByRole('checkbox', { name: 'svenska' }).check();
    // Every day on the first hours line (the form has three, for different times on different days).
    for (const day of ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']) {
      await page.getByRole('group', { name: 'Öppet dagar', exact: true }).getByRole('checkbox', { name: day }).check();
    }
    await page.fill('#s_application_process', 'Ring eller kom förbi.');
    await page.fill('#s_name_ar', 'استشارات الميزانية بالعربية');
    await page.fill('#s_place', 'Stadsbiblioteket');
    await page.fill('#s_accessibility', 'Ramp vid entrén, hiss till plan 2, hörslinga.');
    await screenshot(page, 'directory-service-form-sv');
    res = await submit(page, 'form[action="/directory/services"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    assert.match(plain(await page.locator('.notice').innerText()), /Tjänsten är tillagd/);

    // Residents read where it is and how to get in.
    await goto(page, '/support?q=budgetradgivning+arabiska');
    const card = page.locator('article.service').first();
    await screenshot(page, 'support-card-place');
    assert.match(plain(await card.innerText()), /Stadsbiblioteket[\s\S]*Tillgänglighet\s*Ramp vid entrén, hiss till plan 2, hörslinga\./);

    // The organisation has a page of its own, linked from the list.
    await goto(page, '/directory?q=budgetradgivning+arabiska');
    await page.getByRole('link', { name: 'Skuldrådgivning Syd' }).click();
    await page.waitForURL(/\/directory\/organizations\//);
    assert.equal(plain(await page.locator('h1').innerText()), 'Skuldrådgivning Syd');
    await page.fill('#o_website', 'skuld.se');
    res = await submit(page, 'form[action^="/directory/organizations/"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.match(plain(await page.locator('.error-summary').innerText()), /Webbplats/);
    await a11y(t, page, 'organisation page with errors (sv)');
    await page.fill('#o_website', 'https://skuld.example.se');
    await page.selectOption('#o_group', 'ngo');
    res = await submit(page, 'form[action^="/directory/organizations/"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(plain(await page.locator('.notice').innerText()), /Organisationen är sparad/);
    await screenshot(page, 'directory-organization-sv');

    // The form in Arabic on a phone.
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await page.setViewportSize(PHONE);
    await goto(page, '/directory/services/new');
    await a11y(t, page, 'directory service form (ar, phone)');
    await noSideScroll(t, page, 'directory service form (ar, phone)');
    await screenshot(page, 'directory-service-form-ar-phone');
    await goto(page, '/directory?q=budgetradgivning+arabiska');
    await page.locator('a[href^="/directory/organizations/"]').first().click();
    await page.waitForURL(/\/directory\/organizations\//);
    await a11y(t, page, 'organisation page (ar, phone)');
    await noSideScroll(t, page, 'organisation page (ar, phone)');
    await screenshot(page, 'directory-organization-ar-phone');
    assert.deepEqual(await switchLanguage(page, 'sv'), { lang: 'sv', dir: 'ltr' });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The coordinator registers a case about the economy.
    await goto(page, '/cases/new');
    await page.selectOption('#channel', { index: 1 });
    await page.check('#age_group');
    await page.selectOption('#category', { label: 'Ekonomi' });
    await page.fill('#minutes', '20');
    res = await submit(page, 'form.quick button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    const casePath = new URL(page.url()).pathname;
    assert.match(casePath, /^\/cases\/\d+$/);

    // The resident speaks Arabic: the suggestions for that language.
    await page.locator('#add-referral > summary').click();
    await page.selectOption('#suggest-language', 'ar');
    await submit(page, 'form[method="get"][action^="/cases/"] button[type="submit"]');
    assert.equal(new URL(page.url()).searchParams.get('language'), 'ar');
    const suggestion = page.getByRole('radio', { name: /Budgetrådgivning på arabiska/ });
    assert.equal(await suggestion.count(), 1, await page.locator('#add-referral').innerText());
    const facts = plain(await page.locator('#add-referral .suggestions').innerText());
    assert.match(facts, /Öppet nu, till 23:59/);
    assert.match(facts, /arabiska/);
    await a11y(t, page, 'case with suggestions (sv)');
    await screenshot(page, 'case-suggestions-sv');

    // Picking a suggestion and a list destination at once is refused, with the choice kept.
    await suggestion.check();
    await page.selectOption('#referral-destination', { index: 1 });
    await page.selectOption('#referral-kind', { index: 1 });
    res = await submit(page, 'form[action$="/referrals"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.match(plain(await page.locator('.error-summary').innerText()), /inte båda/);
    assert.equal(await page.getByRole('radio', { name: /Budgetrådgivning på arabiska/ }).isChecked(), true);
    await a11y(t, page, 'case referral error (sv)');

    await page.selectOption('#referral-destination', '');
    res = await submit(page, 'form[action$="/referrals"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    assert.equal(new URL(page.url()).pathname, casePath);
    const referral = plain(await page.locator('#referrals article').first().innerText());
    assert.match(referral, /Budgetrådgivning på arabiska/);

    // The same page in Arabic, on a phone.
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await page.setViewportSize(PHONE);
    await goto(page, `${casePath}?language=ar`);
    assert.match(plain(await page.locator('#add-referral .suggestions').innerText()), /مفتوح الآن/);
    await a11y(t, page, 'case with suggestions (ar, phone)');
    await noSideScroll(t, page, 'case with suggestions (ar, phone)');
    await screenshot(page, 'case-suggestions-ar-phone');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
