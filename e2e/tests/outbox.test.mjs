// Browser test of messages out, against a real mail server: aiosmtpd (scripts/smtp_sink.py) with
// STARTTLS required and a certificate from a CA of its own, which lotsen serve is told to trust
// (LOTSEN_SMTP_CA_FILE). A coordinator closes a case, makes a survey link for the resident and
// sends it by e-mail in Arabic: a typo first (the address kept, a message at the field), then the
// right address. The server's own sending job delivers it; the test reads what the mail server
// received. axe-core on the link's page, also at 360 px.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { a11y, E2E_DIR, freePort, noSideScroll, PHONE, screenshot, submit } from './helpers.mjs';
import { useLotsen } from './helpers.mjs';

const USERS = {
  coordinator: { username: 'kim.koordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'a-long-password-for-kim-123' },
};

const PYTHON = process.env.LOTSEN_PYTHON || `${os.homedir()}/.cache/lotsen/pyenv/bin/python`;
let sink;
let certDir;

/** Starts the mail server with its certificates; the settings that point lotsen serve at it. */
async function mailServer() {
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsen-mail-'));
  const openssl = (...args) => execFileSync('openssl', args, { cwd: certDir, stdio: ['ignore', 'ignore', 'ignore'] });
  fs.writeFileSync(path.join(certDir, 'leaf.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=Lotsen test CA', '-keyout', 'ca.key', '-out', 'ca.pem');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', 'key.pem', '-out', 'leaf.csr');
  openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'leaf.cnf', '-out', 'cert.pem');
  const port = await freePort();
  const script = path.resolve(E2E_DIR, '../scripts/smtp_sink.py');
  sink = spawn(PYTHON, [script, String(port), 'cert.pem', 'key.pem', 'mail.jsonl'], { cwd: certDir, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    sink.stdout.once('data', (d) => (String(d).includes('ready') ? resolve() : reject(new Error(`mail server: ${d}`))));
    sink.once('exit', (code) => reject(new Error(`the mail server exited with ${code} (is aiosmtpd installed in ${PYTHON}?)`)));
  });
  return {
    LOTSEN_SMTP_URL: `smtp://localhost:${port}`,
    LOTSEN_MAIL_FROM: 'Råd och stöd Test <radochstod@kommun.test>',
    LOTSEN_SMTP_CA_FILE: path.join(certDir, 'ca.pem'),
  };
}

after(() => {
  if (sink && sink.exitCode === null) sink.kill();
  if (certDir) fs.rmSync(certDir, { recursive: true, force: true });
});

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-outbox.log', env: mailServer });

function received() {
  const file = path.join(certDir, 'mail.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

async function read(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, '');
}

test('a coordinator sends a survey link by e-mail and the server delivers it over STARTTLS', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage({ viewport: PHONE });
  await login(page, USERS.coordinator);
  await goto(page, '/cases/new');
  await page.selectOption('#channel', { index: 1 });
  await page.check('#age_group');
  await page.selectOption('#category', { index: 1 });
  await page.fill('#minutes', '20');
  let res = await submit(page, 'form.quick button[type="submit"]');
  assert.equal(res.status(), 200);
  await page.selectOption('#close-outcome', { index: 1 });
  res = await submit(page, 'form[action$="/close"] button[type="submit"]');
  assert.equal(res.status(), 200);
  res = await submit(page, 'form[action="/surveys/invitations"] button[type="submit"]');
  assert.equal(res.status(), 200);
  const link = await page.locator('.invitation-link a').getAttribute('href');
  assert.match(link, /\/s\/i\/[A-Za-z0-9_-]+$/);

  // A typo: the message at the field, the address kept.
  await page.fill('#recipient', 'sara.haddad@exempel');
  await page.selectOption('#lang', 'ar');
  res = await submit(page, 'form[action="/surveys/invitations/send"] button[type="submit"]');
  assert.equal(res.status(), 422);
  assert.match(await read(page.locator('#recipient-error')), /e-postadress/);
  assert.equal(await page.inputValue('#recipient'), 'sara.haddad@exempel');
  assert.equal(await page.inputValue('#lang'), 'ar', 'the chosen language is kept');
  await a11y(t, page, 'sending a survey link, with an error, 360 px');
  await noSideScroll(t, page, 'sending a survey link');

  await page.fill('#recipient', 'sara.haddad@exempel.se');
  res = await submit(page, 'form[action="/surveys/invitations/send"] button[type="submit"]');
  assert.equal(res.status(), 200);
  assert.match(await read(page.locator('.notice[role="status"]')), /Länken skickas/);
  await a11y(t, page, 'a survey link sent');
  await screenshot(page, 'outbox-survey-link-sent');

  // The server's sending job (every ten seconds) delivers it.
  const deadline = Date.now() + 40_000;
  while (received().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  const mail = received();
  assert.equal(mail.length, 1, 'one message reached the mail server');
  assert.deepEqual(mail[0].to, ['sara.haddad@exempel.se']);
  assert.equal(mail[0].tls, true, 'over STARTTLS');
  assert.match(mail[0].data, /radochstod@kommun\.test/);
  assert.ok(!/^Subject:.*sara/im.test(mail[0].data), 'nothing typed in the subject');
  assert.deepEqual(problems, []);
  await context.close();
});
