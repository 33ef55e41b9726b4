// Browser tests of Lotsen's foundation: login, the admin pages, the audit log, errors, Arabic
// (right to left) and a 360 px wide phone screen. Every page visited is checked with axe-core
// against WCAG 2.1 A and AA.
//
// The suite starts its own server on a free port with a fresh data folder, and drives the
// Chromium of the machine (CHROMIUM_PATH, default /usr/bin/chromium); it never downloads a
// browser. Screenshots go to e2e/artifacts/ so a person can look at what users see.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOTSEN_BIN = path.resolve(E2E_DIR, process.env.LOTSEN_BIN || '../target/debug/lotsen');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(E2E_DIR, 'artifacts');

const UNIT = 'Råd och stöd Test';
const USERS = {
  admin: { username: 'anna.admin', name: 'Anna Admin', role: 'admin', password: 'a-long-password-123' },
  manager: { username: 'maja.manager', name: 'Maja Manager', role: 'manager', password: 'another-long-password-456' },
  coordinator: { username: 'kim.coordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'coordinator-password-789' },
};
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PHONE = { width: 360, height: 740 };

let dataDir;
let server;
let serverLog = '';
let base;
let browser;

// ---------------------------------------------------------------------------------------------
// Helpers

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The environment for the binary: only our data folder, nothing inherited that points elsewhere. */
function lotsenEnv() {
  const env = { ...process.env, LOTSEN_DATA_DIR: dataDir };
  for (const k of ['LOTSEN_CONFIG', 'LOTSEN_DATABASE_URL', 'LOTSEN_BASE_URL', 'LOTSEN_BIND']) delete env[k];
  return env;
}

function addUser(u) {
  execFileSync(
    LOTSEN_BIN,
    ['--data-dir', dataDir, 'user', 'add', '--role', u.role, '--unit', UNIT, '--username', u.username, '--name', u.name, '--password-stdin'],
    { input: `${u.password}\n`, env: lotsenEnv(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
}

async function waitForHealthy(url, proc, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`lotsen serve exited with ${proc.exitCode}:\n${serverLog}`);
    try {
      const res = await fetch(`${url}/healthz`);
      const body = await res.text();
      if (res.ok && body.trim() === 'ok') return;
      lastError = new Error(`/healthz answered ${res.status}: ${body}`);
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms (${lastError}):\n${serverLog}`);
}

/** Runs axe on the page as it is now and fails with a readable list of every violation. */
async function checkA11y(page, name) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const lines = results.violations.map((v) => {
    const nodes = v.nodes
      .map((n) => `      at ${n.target.join(' ')}\n         ${n.failureSummary.replace(/\n\s*/g, '\n         ')}`)
      .join('\n');
    return `  - ${v.id} [${v.impact}] ${v.help}\n    ${v.helpUrl}\n${nodes}`;
  });
  assert.equal(
    results.violations.length,
    0,
    `axe found ${results.violations.length} violation(s) on "${name}" (${page.url()}):\n${lines.join('\n')}`,
  );
}

/** The axe check as its own subtest, so one page's violations do not hide the next page's. */
function a11y(t, page, name) {
  return t.test(`axe: ${name}`, () => checkA11y(page, name));
}

async function screenshot(page, file) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${file}.png`), fullPage: true });
}

async function newPage(options = {}) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs every answer of 400 or more as "Failed to load resource", the pages we ask
    // for on purpose (422, 403, 404) too; failed subresources are caught below instead.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(`console error on ${page.url()}: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (!r.request().isNavigationRequest() && r.status() >= 400) problems.push(`${r.status()} for ${r.url()} on ${page.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText}) on ${page.url()}`));
  return { context, page, problems };
}

async function goto(page, pathname, expectedStatus = 200) {
  const res = await page.goto(`${base}${pathname}`);
  assert.equal(res.status(), expectedStatus, `GET ${pathname}: status`);
  return res;
}

/** Clicks a submit button and waits for the page the form leads to; returns its response. */
async function submit(page, buttonSelector) {
  const [res] = await Promise.all([page.waitForNavigation(), page.click(buttonSelector)]);
  return res;
}

async function login(page, user) {
  await goto(page, '/login');
  await page.fill('#username', user.username);
  await page.fill('#password', user.password);
  const res = await submit(page, 'form[action="/login"] button[type="submit"]');
  assert.equal(new URL(page.url()).pathname, '/', `after logging in as ${user.username}: ${await page.locator('main').innerText()}`);
  assert.equal(res.status(), 200);
}

async function htmlLangDir(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

async function switchLanguage(page, code) {
  await submit(page, `footer a[hreflang="${code}"]`);
  return htmlLangDir(page);
}

async function horizontalOverflow(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    // The elements sticking out, to make a failure say where to look.
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5);
      })
      .slice(0, 8)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const id = el.id ? `#${el.id}` : '';
        const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
        return `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}..${Math.round(r.right)}]`;
      }),
  }));
}

async function assertNoHorizontalScroll(page, name) {
  const o = await horizontalOverflow(page);
  assert.ok(
    o.scrollWidth <= PHONE.width,
    `${name}: the page scrolls sideways at ${PHONE.width} px (scrollWidth ${o.scrollWidth}); sticking out: ${o.wide.join(', ') || 'none found'}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Server and browser

before(async () => {
  assert.ok(fs.existsSync(LOTSEN_BIN), `no lotsen binary at ${LOTSEN_BIN} (set LOTSEN_BIN)`);
  assert.ok(fs.existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install chromium)`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsen-e2e-'));

  for (const u of Object.values(USERS)) addUser(u);

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(LOTSEN_BIN, ['--data-dir', dataDir, 'serve', '--bind', `127.0.0.1:${port}`], {
    env: lotsenEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  await waitForHealthy(base, server);

  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (serverLog) fs.writeFileSync(path.join(ARTIFACTS, 'server.log'), serverLog);
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Tests

test('A: an admin goes through every page, in Swedish and Arabic', { timeout: 180_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    // Login page, before logging in.
    await goto(page, '/login');
    assert.deepEqual(await htmlLangDir(page), { lang: 'sv', dir: 'ltr' });
    await screenshot(page, 'login');
    await a11y(t, page, 'login');

    await login(page, USERS.admin);
    assert.match(await page.locator('h1').innerText(), /Anna Admin/);
    await screenshot(page, 'home');
    await a11y(t, page, 'home');

    await goto(page, '/account/password');
    await a11y(t, page, 'account password');

    await goto(page, '/admin/users');
    for (const u of Object.values(USERS)) {
      await page.locator('table tbody').getByRole('link', { name: u.name }).waitFor();
    }
    await screenshot(page, 'admin-users');
    await a11y(t, page, 'admin users');

    await goto(page, '/admin/users/new');
    await a11y(t, page, 'new user');

    // The empty form comes back with an error summary and an error at each field.
    const createButton = 'form[action="/admin/users/new"] button[type="submit"]';
    let res = await submit(page, createButton);
    assert.equal(res.status(), 422, 'an empty new-user form is answered with 422');
    const summary = page.locator('.error-summary');
    assert.equal(await summary.count(), 1, 'one error summary');
    assert.equal(await summary.getAttribute('role'), 'alert');
    const summaryLinks = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of ['#display_name', '#username', '#password']) {
      assert.ok(summaryLinks.includes(id), `error summary links to ${id} (has ${summaryLinks.join(', ')})`);
    }
    for (const href of summaryLinks) {
      assert.equal(await page.locator(href).count(), 1, `error summary link ${href} points at a field`);
      assert.equal(await page.locator(href).getAttribute('aria-invalid'), 'true', `${href} is marked invalid`);
      const describedBy = (await page.locator(href).getAttribute('aria-describedby')) || '';
      assert.ok(describedBy.split(' ').includes(`${href.slice(1)}-error`), `${href} is described by its error message`);
    }
    assert.ok((await page.locator('.field-error').count()) >= 3, 'an error message at each bad field');
    await screenshot(page, 'new-user-errors');
    await a11y(t, page, 'new user with errors');

    // What was typed is kept when the form comes back.
    await page.fill('#display_name', 'Cecilia Coordinator');
    await page.fill('#username', 'cecilia.coordinator');
    await page.fill('#password', 'short');
    res = await submit(page, createButton);
    assert.equal(res.status(), 422, 'a too short password is answered with 422');
    assert.equal(await page.inputValue('#display_name'), 'Cecilia Coordinator', 'display name kept');
    assert.equal(await page.inputValue('#username'), 'cecilia.coordinator', 'user name kept');
    assert.equal(await page.getAttribute('#password', 'aria-invalid'), 'true', 'the short password is marked invalid');

    // Create a coordinator through the form.
    await page.fill('#display_name', 'Cecilia Coordinator');
    await page.fill('#username', 'cecilia.coordinator');
    await page.selectOption('#role', 'coordinator');
    await page.fill('#password', 'cecilias-first-password');
    res = await submit(page, createButton);
    assert.equal(res.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/admin/users', 'back at the user list after creating');
    assert.equal(await page.locator('.notice[role="status"]').count(), 1, 'a notice says the user was created');
    const newUser = page.locator('table tbody').getByRole('link', { name: 'Cecilia Coordinator' });
    assert.equal(await newUser.count(), 1, 'the new user is in the list');

    await submit(page, 'table tbody a:text-is("Cecilia Coordinator")');
    assert.match(new URL(page.url()).pathname, /^\/admin\/users\/[^/]+$/);
    assert.equal(await page.locator('h1').innerText(), 'Cecilia Coordinator');
    assert.equal(await page.locator('#role').inputValue(), 'coordinator');
    await a11y(t, page, 'edit user');

    await goto(page, '/admin/unit');
    assert.equal(await page.inputValue('#name'), UNIT);
    await a11y(t, page, 'unit settings');

    await goto(page, '/admin/units');
    await a11y(t, page, 'units');

    await goto(page, '/no/such/page', 404);
    assert.ok((await page.locator('h1').innerText()).length > 0, 'the 404 page has a heading');
    assert.equal(await page.locator('main a[href="/"]').count(), 1, 'the 404 page links home');
    assert.equal(await page.locator('header form[action="/logout"]').count(), 1, 'a signed-in person can still sign out from the 404 page');
    await screenshot(page, 'not-found');
    await a11y(t, page, '404 page');

    // Arabic: right to left.
    await goto(page, '/');
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    assert.equal(new URL(page.url()).pathname, '/', 'the language switch comes back to the same page');
    await screenshot(page, 'home-ar');
    await a11y(t, page, 'home (Arabic)');

    await goto(page, '/admin/users');
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, 'the language stays chosen');
    await screenshot(page, 'admin-users-ar');
    await a11y(t, page, 'admin users (Arabic)');

    assert.deepEqual(await switchLanguage(page, 'sv'), { lang: 'sv', dir: 'ltr' });
    assert.equal(new URL(page.url()).pathname, '/admin/users');

    assert.deepEqual(problems, [], 'no script or console errors');
  } finally {
    await context.close();
  }
});

test('B: a manager reads the audit log and is kept out of admin pages', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage();
  try {
    await login(page, USERS.manager);
    assert.equal(await page.locator('header a[href="/admin/users"]').count(), 0, 'no admin link for a manager');

    await goto(page, '/audit');
    const loginRows = page
      .locator('table.audit tbody tr')
      .filter({ has: page.locator('code', { hasText: /^login\.success$/ }) })
      .filter({ hasText: USERS.manager.username }); // the log names people by user name
    assert.ok((await loginRows.count()) >= 1, `the audit table shows the manager's login:\n${await page.locator('table.audit').innerText()}`);
    await screenshot(page, 'audit');
    await a11y(t, page, 'audit');

    await goto(page, '/admin/users', 403);
    assert.ok((await page.locator('h1').innerText()).length > 0, 'the 403 page has a heading');
    assert.equal(await page.locator('header form[action="/logout"]').count(), 1, 'the 403 page keeps the signed-in header');
    assert.equal(await page.locator('table').count(), 0, 'no user list is shown');
    await screenshot(page, 'forbidden');
    await a11y(t, page, '403 page');

    assert.deepEqual(problems, [], 'no script or console errors');
  } finally {
    await context.close();
  }
});

test('C: at 360 px nothing scrolls sideways, in Swedish and Arabic', { timeout: 120_000 }, async (t) => {
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async () => {
      const { context, page, problems } = await newPage({ viewport: PHONE });
      const suffix = lang === 'sv' ? '' : `-${lang}`;
      try {
        await goto(page, '/login');
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);
        await screenshot(page, `login-360${suffix}`);
        await assertNoHorizontalScroll(page, `login (${lang})`);

        // The admin has the most links in the header: the hardest case for a narrow screen.
        await login(page, USERS.admin);
        assert.equal((await htmlLangDir(page)).lang, lang);
        await screenshot(page, `home-360${suffix}`);
        await assertNoHorizontalScroll(page, `home (${lang})`);

        assert.deepEqual(problems, [], 'no script or console errors');
      } finally {
        await context.close();
      }
    });
  }
});
