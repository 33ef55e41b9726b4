// Browser test of the effect report: an admin imports a year of cases, a manager opens the report,
// changes the period, follows a figure to the case list behind it (same count), and downloads
// every export: the XLSX read by Python's openpyxl holds the page's numbers, `pdftotext` finds them
// in the PDF (Swedish and Arabic), and `pdftoppm` renders its pages for a person to look at. The
// page passes axe in Swedish and in Arabic, and fits a 360 px phone.

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
  manager: { username: 'mona.chef', name: 'Mona Chef', role: 'manager', password: 'a-long-password-for-mona-123' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-report.log' });
const PYTHON = process.env.LOTSEN_PYTHON || 'python3';

function plain(s) {
  return s.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/** 2025: 14 by phone, 8 by e-mail, 6 at drop-in, 2 by text message; 5 of them in January 2026 too. */
function yearCsv() {
  const rows = ['id,first_contact,channel,age_group,category,contacts,minutes,closed,closing_outcome'];
  const add = (n, channel, category) => {
    for (let i = 0; i < n; i++) {
      const id = `${channel}-${i}`;
      const day = String(1 + ((i * 3) % 27)).padStart(2, '0');
      const month = String(1 + (i % 11)).padStart(2, '0');
      rows.push(`${id},2025-${month}-${day},${channel},19-65,${category},${1 + (i % 3)},${20 + i * 7},2025-12-${day},advice_only`);
    }
  };
  add(14, 'phone', 'economy');
  add(8, 'email', 'housing');
  add(6, 'drop_in', 'economy');
  add(2, 'sms', 'loneliness');
  return rows.join('\n') + '\n';
}

/** The number in the case list's count line. */
async function listed(page) {
  const text = plain(await page.locator('p.count').innerText());
  const m = text.match(/(\d+)/);
  return m ? Number(m[1]) : text.startsWith('Ett ärende') ? 1 : NaN;
}

async function download(page, linkText, file) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkText }).click()]);
  const target = path.join(ARTIFACTS, file);
  await dl.saveAs(target);
  return target;
}

test('a manager reads the report, follows a figure and downloads every export', { timeout: 240_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    // The admin imports the year through the case log's import.
    await login(page, USERS.admin);
    await goto(page, '/admin/import');
    const csvPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lotsen-report-')), 'ar-2025.csv');
    fs.writeFileSync(csvPath, yearCsv());
    await page.setInputFiles('#file', csvPath);
    await page.selectOption('#coordinator', { label: 'Kim Koordinator' });
    await page.uncheck('#dry_run');
    let res = await submit(page, 'form[action^="/admin/import"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    await context.clearCookies();

    await login(page, USERS.manager);
    await goto(page, '/report');
    assert.match(plain(await page.locator('h1').innerText()), /Effektrapport/);
    await a11y(t, page, 'report (sv), this year');

    // Change the period to 2025 with the form, as a person would: reports are whole months.
    await page.selectOption('#period', 'custom');
    await page.fill('#from', '2025-01');
    await page.fill('#to', '2025-12');
    res = await submit(page, 'form[action="/report"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(page.url(), /from=2025-01&/);
    assert.equal(await page.inputValue('#to'), '2025-12');
    const channels = page.locator('#table-channels table');
    const cell = (label) => channels.locator('tr', { has: page.locator('th', { hasText: label }) }).locator('td').first();
    assert.equal(plain(await cell('Telefon').innerText()).replace(' – visa ärendena', ''), '14');
    assert.equal(plain(await cell('E-post').innerText()).replace(' – visa ärendena', ''), '8');
    // 2 text messages are hidden, and drop-in (the next smallest) with them.
    assert.equal(plain(await cell('Sms').innerText()).replace(' – visa ärendena', ''), '<5');
    assert.equal(plain(await cell('Drop-in').innerText()).replace(' – visa ärendena', ''), '<5');
    await screenshot(page, 'report-2025-sv');
    await a11y(t, page, 'report (sv), 2025');

    // A figure leads to the cases behind it, as many as it says.
    await cell('Telefon').locator('a').click();
    await page.waitForURL(/\/cases\?figure=channel-/);
    assert.equal(await listed(page), 14);
    assert.match(plain(await page.locator('#figure').innerText()), /Telefon/);
    await screenshot(page, 'report-cases-behind-phone-sv');
    await page.getByRole('link', { name: 'Tillbaka till rapporten' }).click();
    await page.waitForURL(/\/report\?/);
    const handled = plain(await page.locator('#table-cases table tr.total td').first().innerText()).replace(' – visa ärendena', '');
    assert.equal(handled, '30');

    // XLSX: read by openpyxl; the channel sheet holds the page's numbers and the hidden ones as text.
    const xlsx = await download(page, 'Excel-arbetsbok (XLSX)', 'report-2025-sv.xlsx');
    const sheets = JSON.parse(
      execFileSync(PYTHON, ['-c', `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[c for c in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps(out, default=str))
`, xlsx]).toString(),
    );
    const channelSheet = sheets['Kontaktvägar'];
    assert.ok(channelSheet, `sheets: ${Object.keys(sheets).join(', ')}`);
    const row = (label) => channelSheet.find((r) => r[0] === label);
    assert.equal(row('Telefon')[1], 14);
    assert.equal(row('E-post')[1], 8);
    assert.equal(row('Sms')[1], '<5');
    assert.equal(row('Ärenden under perioden')[1], 30);
    assert.ok(sheets['Underlag som gäller för perio'] || Object.keys(sheets).some((k) => k.startsWith('Underlag')), 'the inputs sheet');

    // CSV: a zip with one file per table.
    const zip = await download(page, 'CSV-filer (zip)', 'report-2025-sv.zip');
    const names = JSON.parse(
      execFileSync(PYTHON, ['-c', 'import json,sys,zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))', zip]).toString(),
    );
    assert.ok(names.some((n) => n.endsWith('-channels.csv')), names.join(', '));
    assert.ok(names.includes('README.txt'));

    // PDF: the same figures, found by pdftotext; its pages rendered for a person to look at.
    const pdf = await download(page, 'PDF för nämndhandling', 'report-2025-sv.pdf');
    const text = plain(execFileSync('pdftotext', ['-layout', pdf, '-']).toString());
    assert.match(text, /Effektrapport/);
    assert.match(text, /Telefon 14/);
    assert.match(text, /E-post 8/);
    assert.match(text, /Ärenden under perioden 30/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(ARTIFACTS, 'report-2025-sv-pdf')]);

    // Arabic: the page passes axe and fits a phone; the PDF is in Arabic, right to left.
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await a11y(t, page, 'report (ar), 2025');
    await screenshot(page, 'report-2025-ar');
    const pdfAr = await download(page, 'ملف PDF لوثيقة اللجنة', 'report-2025-ar.pdf');
    const textAr = plain(execFileSync('pdftotext', [pdfAr, '-']).toString());
    assert.match(textAr, /14/);
    assert.match(textAr, /30/);
    assert.match(textAr, /[\u0600-\u06ff]/, 'Arabic text in the PDF');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfAr, path.join(ARTIFACTS, 'report-2025-ar-pdf')]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test(`the report fits a ${PHONE.width} px phone in Arabic`, { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    await login(page, USERS.manager);
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await goto(page, '/report?period=custom&from=2025-01-01&to=2025-12-31');
    await screenshot(page, 'report-2025-ar-phone');
    await noSideScroll(t, page, 'report (ar, phone)');
    await a11y(t, page, 'report (ar, phone)');
    // A period the wrong way round is named in Arabic and keeps what was typed.
    await goto(page, '/report?period=custom&from=2025-12-31&to=2025-01-01', 422);
    assert.equal(await page.inputValue('#from'), '2025-12-31');
    await a11y(t, page, 'report with an error (ar, phone)');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a manager of two units reads them side by side', { timeout: 180_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  const south = { username: 'sara.soder', name: 'Sara Söder', password: 'a-long-password-for-sara-123' };
  try {
    // A second unit, started by the first one's admin, with its own admin.
    await login(page, USERS.admin);
    await goto(page, '/admin/units');
    await page.fill('#name', 'Råd och stöd Söder');
    await page.fill('#admin_display_name', south.name);
    await page.fill('#admin_username', south.username);
    await page.fill('#admin_password', south.password);
    let res = await submit(page, 'form[action="/admin/units"] button[type="submit"]');
    assert.equal(res.status(), 200, await page.locator('main').innerText());
    await context.clearCookies();

    // The new unit's admin lets Mona, manager of the first unit, read its report.
    await login(page, south);
    await goto(page, '/admin/unit');
    await page.getByRole('link', { name: 'Hantera rapportläsare' }).click();
    await page.waitForURL(/\/admin\/unit\/readers/);
    await page.fill('#username', 'kim.koordinator');
    res = await submit(page, 'form[action="/admin/unit/readers"] button[type="submit"]');
    assert.equal(res.status(), 422);
    assert.match(plain(await page.locator('#username-error').innerText()), /Bara chefer och analytiker/);
    assert.equal(await page.inputValue('#username'), 'kim.koordinator');
    await a11y(t, page, 'report readers with an error (sv)');
    await page.fill('#username', USERS.manager.username);
    res = await submit(page, 'form[action="/admin/unit/readers"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(plain(await page.locator('table').innerText()), /Mona Chef/);
    await a11y(t, page, 'report readers (sv)');
    await context.clearCookies();

    // Mona chooses both units side by side.
    await login(page, USERS.manager);
    await goto(page, '/report?period=custom&from=2025-01-01&to=2025-12-31');
    await page.getByRole('link', { name: /Alla \W?2\W? verksamheter sida vid sida/ }).click();
    await page.waitForURL(/units=all/);
    const channels = page.locator('#table-channels table');
    const heads = await channels.locator('thead th').allInnerTexts();
    assert.deepEqual(heads.slice(1).map(plain), ['Råd och stöd Test', 'Råd och stöd Söder']);
    const cells = async (label) =>
      (await channels.locator('tr', { has: page.locator('th', { hasText: label }) }).locator('td').allInnerTexts()).map(plain);
    assert.deepEqual(await cells('Telefon'), ['14', '0']);
    assert.deepEqual(await cells('Sms'), ['<5', '0']);
    assert.equal(await page.locator('#table-channels a').count(), 0, 'no way into the cases side by side');
    await screenshot(page, 'report-units-sv');
    await a11y(t, page, 'report side by side (sv)');
    // Changing the period keeps both units.
    await page.selectOption('#period', 'since-start');
    res = await submit(page, 'form[action="/report"] button[type="submit"]');
    assert.equal(res.status(), 200);
    assert.match(page.url(), /units=all/);

    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    await a11y(t, page, 'report side by side (ar)');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'report-units-ar-phone');
    await noSideScroll(t, page, 'report side by side (ar, phone)');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
