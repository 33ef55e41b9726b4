// Browser test of finding a resident and of continued contact ("trygghetsbistånd"): a coordinator
// records the resident of a documented case and finds them again by name on the search page, then
// closes the case; the resident chooses continued contact, the agreement is refused first for an
// interval out of range and then saved, the first check-in is logged, and the contact person's
// start page shows it. Swedish and Arabic, 360 px, axe-core on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'alva.admin', name: 'Alva Admin', role: 'admin', password: 'admin-password-4567' },
  coordinator: { username: 'kim.coordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'coordinator-password-789' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-extended.log' });

test('a resident chooses continued contact at closing and gets the first call, in Swedish and Arabic at 360 px', { timeout: 150_000 }, async (t) => {
  const admin = await newPage();
  try {
    await login(admin.page, USERS.admin);
    await goto(admin.page, '/admin/unit');
    await admin.page.locator('#mode-documented').check();
    const res = await submit(admin.page, 'form[action="/admin/unit/records"] button[type="submit"]');
    assert.equal(res.status(), 200);
  } finally {
    await admin.context.close();
  }

  const numbers = { sv: '811218-9876', ar: '701063-2391' };
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async (tl) => {
      const { context, page, problems } = await newPage({ viewport: PHONE });
      const suffix = lang === 'sv' ? '' : `-${lang}`;
      try {
        await login(page, USERS.coordinator);
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);

        // A documented case with its resident.
        await goto(page, '/cases/new');
        await page.selectOption('#channel', { index: 1 });
        await page.check('#age_group');
        await page.selectOption('#category', { index: 1 });
        await page.fill('#minutes', '30');
        let res = await submit(page, 'form.quick button[type="submit"]');
        assert.equal(res.status(), 200);
        const id = new URL(page.url()).pathname.match(/^\/cases\/(\d+)\/person$/)?.[1];
        assert.ok(id, `on the resident's page (${page.url()})`);
        await page.fill('#person_number', numbers[lang]);
        await page.fill('#person_name', lang === 'sv' ? 'Amina Hassan' : 'أمينة حسن');
        res = await submit(page, `form[action="/cases/${id}/person"] button[type="submit"]`);
        assert.equal(res.status(), 200);

        // The resident is found again by name on the search page.
        await goto(page, '/persons');
        await page.fill('#q', lang === 'sv' ? 'amina' : 'أمينة');
        res = await submit(page, 'form[action="/persons"] button[type="submit"]');
        assert.equal(res.status(), 200);
        assert.equal(await page.locator(`#found-h ~ article a[href="/cases/${id}"]`).count(), 1, 'the search finds the resident and the case');
        await a11y(tl, page, `person search (${lang})`);
        await noSideScroll(tl, page, `person search (${lang})`);

        // Closing, the resident chooses continued contact.
        await goto(page, `/cases/${id}`);
        await page.selectOption('#close-outcome', { index: 1 });
        await page.check('#close-extended');
        res = await submit(page, `form[action="/cases/${id}/close"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.equal(new URL(page.url()).pathname, `/cases/${id}/extended`);
        assert.equal(await page.locator('.notice[role="status"]').count(), 1, 'the page says what to do next');
        await a11y(tl, page, `continued contact offered (${lang})`);
        await noSideScroll(tl, page, `continued contact offered (${lang})`);

        // An interval out of range is refused by field, the rest kept.
        await page.check('#ext_form-meeting');
        await page.fill('#ext_every', '9');
        res = await submit(page, `form[action="/cases/${id}/extended"] button[type="submit"]`);
        assert.equal(res.status(), 422);
        assert.equal(await page.locator('#ext_every-error').count(), 1);
        assert.ok(await page.isChecked('#ext_form-meeting'), 'the chosen form is kept');
        await screenshot(page, `extended-refused-360${suffix}`);
        await a11y(tl, page, `continued contact refused (${lang})`);
        await noSideScroll(tl, page, `continued contact refused (${lang})`);

        await page.fill('#ext_every', '2');
        res = await submit(page, `form[action="/cases/${id}/extended"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.equal(new URL(page.url()).searchParams.get('done'), 'created');
        const dueBy = await page.locator('p.warning').innerText();
        assert.ok(dueBy.length > 0, 'a check-in is due in the first period');

        // The first check-in keeps the first period; the next one is due from two weeks on.
        await page.check('#ext_outcome');
        res = await submit(page, `form[action="/cases/${id}/extended/check-ins"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.equal(new URL(page.url()).searchParams.get('done'), 'checked');
        assert.equal(await page.locator('#check-ins + ul li').count(), 1, 'the check-in is listed');
        assert.equal(await page.locator('p.warning').count(), 0, 'nothing is due now');
        await screenshot(page, `extended-360${suffix}`);
        await a11y(tl, page, `continued contact with a check-in (${lang})`);
        await noSideScroll(tl, page, `continued contact with a check-in (${lang})`);

        await goto(page, '/');
        const section = page.locator('section[aria-labelledby="extended-h"]');
        assert.equal(await section.locator(`a[href="/cases/${id}/extended"]`).count(), 1, 'the start page lists it');
        await a11y(tl, page, `start page with continued contact (${lang})`);
        await noSideScroll(tl, page, `start page with continued contact (${lang})`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
