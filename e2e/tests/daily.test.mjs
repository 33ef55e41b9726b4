// Browser test of daily use on a phone (360 × 740): a coordinator opens the compact menu, finds an
// imported case by its id with the search box, corrects a contact (refused first, the input kept),
// moves a follow-up to a colleague, downloads the filtered list, and prints the case summary to PDF,
// which `pdftotext` shows has no navigation and no forms. The report, the drop-in poster and a
// directory card print the same way. Every new or changed page is checked with axe-core in Swedish
// and Arabic.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { a11y, ARTIFACTS, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'ada.admin', name: 'Ada Admin', role: 'admin', password: 'a-long-password-for-ada-123' },
  coordinator: { username: 'kim.koordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'a-long-password-for-kim-123' },
  colleague: { username: 'lo.koordinator', name: 'Lo Kollega', role: 'coordinator', password: 'a-long-password-for-lo-1234' },
  manager: { username: 'mona.chef', name: 'Mona Chef', role: 'manager', password: 'a-long-password-for-mona-123' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-daily.log' });

function daysFromNow(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Last year's cases as the team kept them in a spreadsheet, with their own ids. */
function spreadsheet() {
  const y = new Date().getFullYear() - 1;
  return [
    'id,first_contact,channel,age_group,category,referring_organisation,contacts,minutes',
    `${y}-016,${y}-03-01,phone,19-65,economy,,1,20`,
    `${y}-017,${y}-03-02,phone,13-18,school,Bergsskolan,2,45`,
    `${y}-018,${y}-03-03,email,19-65,housing,,1,15`,
  ].join('\n') + '\n';
}

function plain(s) {
  return s.replace(/\s+/g, ' ').trim();
}

/** The text of a PDF as pdftotext reads it. */
function pdfText(file) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
}

async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return pdfText(file);
}

/** Words that only the staff navigation and the case page's forms carry: none may reach paper. */
const CHROME_WORDS = ['Mitt konto', 'Logga ut', 'Meny', 'Lägg till kontakt', 'Planera uppföljning', 'Avsluta ärendet'];

test('a coordinator finds, corrects and prints a case on a phone, in Swedish and Arabic', { timeout: 240_000 }, async (t) => {
  const year = new Date().getFullYear() - 1;
  // The admin imports last year's spreadsheet for Kim.
  {
    const { context, page } = await newPage();
    await login(page, USERS.admin);
    await goto(page, '/admin/import');
    const csvPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lotsen-daily-')), 'arenden.csv');
    fs.writeFileSync(csvPath, spreadsheet());
    await page.setInputFiles('#file', csvPath);
    await page.selectOption('#coordinator', { label: 'Kim Koordinator' });
    await page.uncheck('#dry_run');
    const res = await submit(page, 'form[action^="/admin/import"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    // The list of referral kinds explains its entries: the hint is written with the entry.
    await goto(page, '/admin/lists/referral_kind');
    await submit(page, 'main table a[href^="/admin/lists/referral_kind/"]');
    assert.match(await page.inputValue('#hint_sv'), /\S/, 'a seeded kind has its hint');
    await a11y(t, page, 'list entry with its hint (sv)');
    await switchLanguage(page, 'ar');
    await a11y(t, page, 'list entry with its hint (ar)');
    await context.close();
  }

  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    await login(page, USERS.coordinator);

    await t.test('the compact menu', async (tl) => {
      // Closed, the header is one line of brand and a menu button, not a block of links.
      const header = await page.locator('header.site-header').boundingBox();
      assert.ok(header.height <= 100, `the header is ${header.height} px high on a phone`);
      assert.equal(await page.locator('nav.main-nav .nav-wide').isVisible(), false);
      const summary = page.locator('nav.main-nav details.nav-menu > summary');
      assert.match(plain(await summary.textContent()), /Meny · Start/);
      await summary.click();
      const menu = page.locator('nav.main-nav details.nav-menu');
      assert.notEqual(await menu.getAttribute('open'), null);
      assert.equal(await menu.locator('a[aria-current="page"]').getAttribute('href'), '/');
      for (const href of ['/cases', '/intake', '/outreach', '/guide', '/account/password']) {
        assert.ok(await menu.locator(`a[href="${href}"]`).isVisible(), `${href} in the menu`);
      }
      assert.ok(await menu.locator('form[action="/logout"] button').isVisible(), 'sign-out in the menu');
      await a11y(tl, page, 'start page, menu open (sv)');
      await screenshot(page, 'daily-menu-open');
      const res = await submit(page, 'nav.main-nav details.nav-menu a[href="/cases"]');
      assert.equal(res.status(), 200);
      assert.match(plain(await page.locator('nav.main-nav details.nav-menu > summary').textContent()), /Meny · Ärenden/);
    });

    let casePath;
    await t.test('the search box finds an imported case by its id', async (tl) => {
      await page.fill('#q', `${year}-017`);
      const res = await submit(page, 'form.case-search button[type="submit"]');
      assert.equal(res.status(), 200);
      const rows = page.locator('main table tbody tr');
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), new RegExp(`${year}-017`));
      await a11y(tl, page, 'case list, searched (sv)');
      await noSideScroll(tl, page, 'case list, searched (sv)');
      await screenshot(page, 'daily-search');
      // Too long a search is refused by name, the words kept.
      await page.fill('#q', 'x'.repeat(201));
      await page.evaluate(() => document.querySelector('#q').removeAttribute('maxlength'));
      await page.fill('#q', 'x'.repeat(201));
      const bad = await submit(page, 'form.case-search button[type="submit"]');
      assert.equal(bad.status(), 422);
      assert.equal(await page.locator('#q-error').count(), 1);
      await page.fill('#q', `${year}-017`);
      await submit(page, 'form.case-search button[type="submit"]');
      await submit(page, 'main table tbody tr a[href^="/cases/"]');
      casePath = new URL(page.url()).pathname;
      assert.match(casePath, /^\/cases\/\d+$/);
    });

    await t.test('a contact is corrected, the refused input kept', async (tl) => {
      await page.locator(`#contacts a[href^="${casePath}/contacts/"]`).first().click();
      await page.waitForURL(/\/contacts\/\d+$/);
      await a11y(tl, page, 'correct a contact (sv)');
      await noSideScroll(tl, page, 'correct a contact (sv)');
      await page.fill('#contact-minutes', '0');
      await page.fill('#contact-note', 'Korrigerat: mötet tog längre tid');
      let res = await submit(page, 'main form[action*="/contacts/"]:not([action$="/remove"]) button[type="submit"]');
      assert.equal(res.status(), 422);
      assert.equal(await page.locator('#contact-minutes-error').count(), 1);
      assert.equal(await page.inputValue('#contact-note'), 'Korrigerat: mötet tog längre tid', 'the note is kept');
      await a11y(tl, page, 'contact correction refused (sv)');
      await page.fill('#contact-minutes', '75');
      res = await submit(page, 'main form[action*="/contacts/"]:not([action$="/remove"]) button[type="submit"]');
      assert.equal(res.status(), 200);
      assert.equal(new URL(page.url()).pathname, casePath);
      const contacts = await page.locator('#contacts').innerText();
      assert.ok(contacts.includes('Korrigerat: mötet tog längre tid') && contacts.includes('75'), contacts);
    });

    await t.test('a follow-up is moved to a colleague', async (tl) => {
      const add = page.locator('#follow-ups details.form-box');
      await add.locator(':scope > summary').click();
      await page.fill('#follow-up-due-on', daysFromNow(7));
      let res = await submit(page, '#follow-ups form[action$="/follow-ups"] button[type="submit"]');
      assert.equal(res.status(), 200);
      await page.locator('#follow-ups a[href*="/follow-ups/"]').first().click();
      await page.waitForURL(/\/follow-ups\/\d+$/);
      await a11y(tl, page, 'change a follow-up (sv)');
      await noSideScroll(tl, page, 'change a follow-up (sv)');
      await page.fill('#due_on', daysFromNow(14));
      await page.selectOption('#assigned_to', { label: 'Lo Kollega' });
      res = await submit(page, 'form[action$="/move"] button[type="submit"]');
      assert.equal(res.status(), 200);
      const fus = await page.locator('#follow-ups').innerText();
      assert.ok(fus.includes(daysFromNow(14)) && fus.includes('Lo Kollega'), fus);
      await screenshot(page, 'daily-case-after-move');
    });

    await t.test('the case summary prints without navigation or forms', async () => {
      const text = await printToPdf(page, 'daily-case-print');
      const id = casePath.split('/').pop();
      assert.ok(text.includes(id), 'the case number is on paper');
      assert.ok(text.includes('Korrigerat: mötet tog'), 'the contacts are on paper');
      assert.ok(text.includes('Lo Kollega'), 'the follow-ups are on paper');
      for (const w of ['Rätta', 'Flytta eller avboka', 'Ändra uppgifterna', 'Tillbaka till ärendena']) {
        assert.ok(!text.includes(w), `the action "${w}" is not on paper`);
      }
      for (const w of CHROME_WORDS) assert.ok(!text.includes(w), `"${w}" is not on paper:\n${text}`);
    });

    await t.test('the filtered list downloads', async () => {
      await goto(page, `/cases?q=${year}-01`);
      await goto(page, '/cases?q=Bergsskolan');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.export-links a[href^="/cases/export/csv"]').click()]);
      const file = path.join(ARTIFACTS, 'daily-cases.csv');
      await dl.saveAs(file);
      const csv = fs.readFileSync(file, 'utf8').trim().split('\n');
      assert.equal(csv.length, 2, csv.join('\n'));
      assert.ok(csv[1].includes(`${year}-017`) && csv[1].includes('Bergsskolan'));
    });

    await t.test('the same pages in Arabic', async (tl) => {
      assert.equal((await switchLanguage(page, 'ar')).lang, 'ar');
      await goto(page, `/cases?q=${year}-017`);
      assert.equal(await page.locator('main table tbody tr').count(), 1);
      await page.locator('nav.main-nav details.nav-menu > summary').click();
      await a11y(tl, page, 'case list with the menu open (ar)');
      await noSideScroll(tl, page, 'case list (ar)');
      await screenshot(page, 'daily-search-ar');
      await goto(page, casePath);
      await page.locator(`#contacts a[href^="${casePath}/contacts/"]`).first().click();
      await page.waitForURL(/\/contacts\/\d+$/);
      await a11y(tl, page, 'correct a contact (ar)');
      await noSideScroll(tl, page, 'correct a contact (ar)');
      await goto(page, casePath);
      await page.locator('#follow-ups a[href*="/follow-ups/"]').first().click();
      await page.waitForURL(/\/follow-ups\/\d+$/);
      await a11y(tl, page, 'change a follow-up (ar)');
      await screenshot(page, 'daily-follow-up-ar');
      const changed = ['/', casePath, `${casePath}/edit`, '/guide', '/cases/new', '/outreach', '/outreach/new', '/intake'];
      for (const p of changed) {
        await goto(page, p);
        await a11y(tl, page, `${p} (ar)`);
        await noSideScroll(tl, page, `${p} (ar)`);
      }
      await screenshot(page, 'daily-intake-ar');
      await goto(page, casePath);
      await screenshot(page, 'daily-case-ar');
      await switchLanguage(page, 'sv');
      for (const p of changed) {
        await goto(page, p);
        await a11y(tl, page, `${p} (sv)`);
      }
      await screenshot(page, 'daily-intake');
    });
    assert.deepEqual(problems, [], 'no console errors or failed requests');
  } finally {
    await context.close();
  }
});

test('the report, the drop-in poster and a directory card print without the staff chrome', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    await login(page, USERS.manager);
    await goto(page, '/report');
    assert.equal(await page.locator('#table-returning').count(), 1, 'returning residents by reason');
    await a11y(t, page, 'report (sv)');
    let text = await printToPdf(page, 'daily-report-print');
    assert.match(text, /Effektrapport/);
    for (const w of CHROME_WORDS) assert.ok(!text.includes(w), `"${w}" is not on the printed report`);
    await goto(page, '/dropin');
    text = await printToPdf(page, 'daily-dropin-print');
    for (const w of CHROME_WORDS) assert.ok(!text.includes(w), `"${w}" is not on the printed poster`);
    // A directory card: every installation's directory holds the services its referrals go to.
    await goto(page, '/support?q=ekonomiskt');
    const service = page.locator('main h3 a[href^="/support/"]').first();
    assert.ok((await service.count()) > 0, 'the directory has a service to print');
    const name = (await service.innerText()).trim();
    await submit(page, 'main h3 a[href^="/support/"]');
    text = await printToPdf(page, 'daily-directory-card-print');
    assert.ok(text.includes(name), `the card names ${name}`);
    for (const w of CHROME_WORDS) assert.ok(!text.includes(w), `"${w}" is not on the printed card`);
    assert.deepEqual(problems, [], 'no console errors or failed requests');
  } finally {
    await context.close();
  }
});
