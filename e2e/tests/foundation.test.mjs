// Browser tests of Lotsen's foundation: login, the admin pages, the audit log, errors, Arabic
// (right to left) and a 360 px wide phone screen. Every page visited is checked with axe-core
// against WCAG 2.1 A and AA.
//
// The suite starts its own server on a free port with a fresh data folder, and drives the
// Chromium of the machine (CHROMIUM_PATH, default /usr/bin/chromium); it never downloads a
// browser. Screenshots go to e2e/artifacts/ so a person can look at what users see.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, assertNoHorizontalScroll, htmlLangDir, PHONE, screenshot, submit, switchLanguage, UNIT, useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'anna.admin', name: 'Anna Admin', role: 'admin', password: 'a-long-password-123' },
  manager: { username: 'maja.manager', name: 'Maja Manager', role: 'manager', password: 'another-long-password-456' },
  coordinator: { username: 'kim.coordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'coordinator-password-789' },
};

const { newPage, goto, login } = useLotsen(USERS);

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
    assert.equal(await page.locator('header > .who form[action="/logout"]').count(), 1, 'a signed-in person can still sign out from the 404 page');
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
    assert.equal(await page.locator('header > .who form[action="/logout"]').count(), 1, 'the 403 page keeps the signed-in header');
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

test('D: an admin records how the unit documents, on the committee decision, at 360 px in Swedish and Arabic', { timeout: 120_000 }, async (t) => {
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async (tl) => {
      const { context, page, problems } = await newPage({ viewport: PHONE });
      const suffix = lang === 'sv' ? '' : `-${lang}`;
      try {
        await login(page, USERS.admin);
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);
        await goto(page, '/admin/unit');
        const records = page.locator('form[action="/admin/unit/records"]');
        // Anonymous without the decision: refused, each field says why.
        await records.locator('#mode').check();
        await records.locator('#decision_ref').fill('');
        await records.locator('#decided_on').fill('');
        const refused = await submit(page, 'form[action="/admin/unit/records"] button[type="submit"]');
        assert.equal(refused.status(), 422);
        assert.equal(await page.locator('#decision_ref-error').count(), 1);
        assert.equal(await page.locator('#decided_on-error').count(), 1);
        await screenshot(page, `unit-records-refused-360${suffix}`);
        await assertNoHorizontalScroll(page, `unit records refused (${lang})`);
        await a11y(tl, page, `unit records refused (${lang})`);

        // Documenting, with anonymous walk-ins on the committee's decision.
        await page.locator('#mode-documented').check();
        await page.locator('#anonymous_walk_ins').check();
        await page.locator('#decision_ref').fill('SN 2026/4');
        await page.locator('#decided_on').fill('2026-02-02');
        const saved = await submit(page, 'form[action="/admin/unit/records"] button[type="submit"]');
        assert.equal(saved.status(), 200);
        assert.equal(await page.locator('.notice[role="status"]').count(), 1);
        assert.ok(await page.locator('#mode-documented').isChecked());
        assert.equal(await page.inputValue('#decision_ref'), 'SN 2026/4');
        await screenshot(page, `unit-records-saved-360${suffix}`);
        await a11y(tl, page, `unit records saved (${lang})`);

        // Retention: a period under the legal minimum is refused by its rule; the dry run shows.
        let res = await submit(page, 'main a[href="/admin/unit/retention"]');
        assert.equal(res.status(), 200);
        await page.locator('#retention_years').fill('4');
        res = await submit(page, 'form[action="/admin/unit/retention"] button[type="submit"]');
        assert.equal(res.status(), 422);
        assert.equal(await page.locator('#retention_years-error').count(), 1);
        assert.equal(await page.inputValue('#retention_years'), '4', 'what was typed is kept');
        await screenshot(page, `retention-refused-360${suffix}`);
        await assertNoHorizontalScroll(page, `retention refused (${lang})`);
        await a11y(tl, page, `retention refused (${lang})`);
        await page.locator('#retention_years').fill('6');
        res = await submit(page, 'form[action="/admin/unit/retention"] button[type="submit"]');
        assert.equal(res.status(), 200);
        assert.equal(await page.locator('.notice[role="status"]').count(), 1);
        assert.equal(await page.inputValue('#retention_years'), '6');
        await a11y(tl, page, `retention saved (${lang})`);
        assert.deepEqual(problems, [], 'no script or console errors');
      } finally {
        await context.close();
      }
    });
  }
});
