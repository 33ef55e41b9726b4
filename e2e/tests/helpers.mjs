// Shared pieces of Lotsen's browser tests: a server of its own on a free port with a fresh data
// folder, the machine's Chromium (CHROMIUM_PATH, default /usr/bin/chromium; nothing is ever
// downloaded), axe-core against WCAG 2.1 A and AA, screenshots into e2e/artifacts/, and the
// checks for right to left and a 360 px wide phone screen.
//
// A test file calls useLotsen(users) once at its top: that registers the before/after hooks which
// start and stop the server and the browser, and gives back the functions that need them.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LOTSEN_BIN = path.resolve(E2E_DIR, process.env.LOTSEN_BIN || '../target/debug/lotsen');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.join(E2E_DIR, 'artifacts');

export const UNIT = 'Råd och stöd Test';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const PHONE = { width: 360, height: 740 };

// ---------------------------------------------------------------------------------------------
// Helpers that need no server

export function freePort() {
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

/** Runs axe on the page as it is now and fails with a readable list of every violation. */
export async function checkA11y(page, name) {
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
export function a11y(t, page, name) {
  return t.test(`axe: ${name}`, () => checkA11y(page, name));
}

export async function screenshot(page, file) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${file}.png`), fullPage: true });
}

/** Clicks a submit button (or link) and waits for the page it leads to; returns its response. */
export async function submit(page, buttonSelector) {
  const [res] = await Promise.all([page.waitForNavigation(), page.click(buttonSelector)]);
  return res;
}

export async function htmlLangDir(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

export async function switchLanguage(page, code) {
  await submit(page, `footer a[hreflang="${code}"]`);
  return htmlLangDir(page);
}

export async function horizontalOverflow(page) {
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

export async function assertNoHorizontalScroll(page, name) {
  const o = await horizontalOverflow(page);
  assert.ok(
    o.scrollWidth <= PHONE.width,
    `${name}: the page scrolls sideways at ${PHONE.width} px (scrollWidth ${o.scrollWidth}); sticking out: ${o.wide.join(', ') || 'none found'}`,
  );
}

/** The sideways-scroll check as its own subtest, like a11y(). */
export function noSideScroll(t, page, name) {
  return t.test(`${PHONE.width} px: ${name}`, () => assertNoHorizontalScroll(page, name));
}

// ---------------------------------------------------------------------------------------------
// Server and browser

/**
 * Registers the hooks that start `lotsen serve` (with `users` added through `lotsen user add`)
 * and Chromium before the file's tests, and stop them after. The server's output is kept in
 * artifacts/<logName>. Returns the helpers that talk to this server and browser.
 */
export function useLotsen(users, { unit = UNIT, logName = 'server.log', demo = false, adminTwoFactor = false, env: extraEnv = {} } = {}) {
  let dataDir;
  let server;
  let serverLog = '';
  let base;
  let browser;

  /** The environment for the binary: only our data folder, nothing inherited that points elsewhere. */
  function lotsenEnv() {
    const env = { ...process.env, LOTSEN_DATA_DIR: dataDir };
    for (const k of ['LOTSEN_CONFIG', 'LOTSEN_DATABASE_URL', 'LOTSEN_BASE_URL', 'LOTSEN_BIND']) delete env[k];
    // Admins sign in with a password alone unless a test asks for the rule (two-factor.test.mjs).
    env.LOTSEN_ADMIN_TWO_FACTOR = adminTwoFactor ? 'required' : 'optional';
    // A test's own settings (the mail server of outbox.test.mjs).
    return { ...env, ...testEnv };
  }

  const units = new Set();
  /** Settings of the test's own, from `env` (an object, or an async function run before the server starts). */
  let testEnv = {};

  /** Adds `u`, to the test's unit or, with `u.unit`, to another one (made on first use). */
  function addUser(u) {
    const theirs = u.unit || unit;
    if (units.size > 0 && !units.has(theirs)) {
      execFileSync(LOTSEN_BIN, ['--data-dir', dataDir, 'unit', 'add', theirs], { env: lotsenEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    }
    units.add(theirs);
    execFileSync(
      LOTSEN_BIN,
      ['--data-dir', dataDir, 'user', 'add', '--role', u.role, '--unit', theirs, '--username', u.username, '--name', u.name, '--password-stdin'],
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

  before(async () => {
    assert.ok(fs.existsSync(LOTSEN_BIN), `no lotsen binary at ${LOTSEN_BIN} (set LOTSEN_BIN)`);
    assert.ok(fs.existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install chromium)`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsen-e2e-'));
    testEnv = typeof extraEnv === 'function' ? await extraEnv() : extraEnv;

    // The demo installation (`lotsen demo`), when asked for, before the test's own users.
    if (demo) execFileSync(LOTSEN_BIN, ['--data-dir', dataDir, 'demo'], { env: lotsenEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    for (const u of Object.values(users)) addUser(u);

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
    if (serverLog) fs.writeFileSync(path.join(ARTIFACTS, logName), serverLog);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

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
    page.on('requestfailed', (r) => {
      // A request the browser gave up on because the page moved on (the favicon of a page left at
      // once, say) is not a failure of the server; answers of 400 and more are caught above.
      if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${r.url()} (${r.failure()?.errorText}) on ${page.url()}`);
    });
    return { context, page, problems };
  }

  async function goto(page, pathname, expectedStatus = 200) {
    const res = await page.goto(`${base}${pathname}`);
    assert.equal(res.status(), expectedStatus, `GET ${pathname}: status`);
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

  return {
    newPage,
    goto,
    login,
    get base() {
      return base;
    },
  };
}
