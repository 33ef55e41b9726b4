// Browser test of Housing First on the demo installation (`lotsen demo`): a staff member of the
// Housing First team enrols a participant, records the home (refused first without an address),
// logs a contact with the landlord about the rent and sets the tenancy to warned; the page shows
// the home, the status and the log. Swedish and Arabic, 360 px, axe-core on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const STAFF = { username: 'bostad.koordinator1', password: 'lotsen-demo-2026' };

const { newPage, goto, login } = useLotsen({}, { logName: 'server-housing.log', demo: true });

function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test('a Housing First tenancy with a landlord contact, in Swedish and Arabic at 360 px', { timeout: 150_000 }, async (t) => {
  const numbers = { sv: '770707-1218', ar: '820202-2326' };
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async (tl) => {
      const { context, page, problems } = await newPage({ viewport: PHONE });
      const suffix = lang === 'sv' ? '' : `-${lang}`;
      try {
        await login(page, STAFF);
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);
        await goto(page, '/housing');
        assert.equal(await page.locator('nav.main-nav details.nav-menu a[href="/housing"][aria-current="page"]').count(), 1);
        assert.ok((await page.locator('main a[href^="/housing/"]').count()) >= 1, "the demo's participants");
        await a11y(tl, page, `housing list (${lang})`);
        await noSideScroll(tl, page, `housing list (${lang})`);

        // Enrol a participant.
        await page.fill('#hf_name', lang === 'sv' ? 'Göran Lund' : 'يوسف كريم');
        await page.fill('#hf_number', numbers[lang]);
        await page.fill('#hf_enrolled_on', daysAgo(200));
        let res = await submit(page, 'form[action="/housing"] button[type="submit"]');
        assert.equal(res.status(), 200);
        const href = new URL(page.url()).pathname;
        assert.match(href, /^\/housing\/\d+$/);

        // The home: refused without an address, the rest kept; then saved.
        await page.selectOption('#home_landlord', { index: 1 });
        await page.fill('#home_start', daysAgo(190));
        res = await submit(page, `form[action="${href}/home"] button[type="submit"]`);
        assert.equal(res.status(), 422);
        assert.equal(await page.locator('#home_address-error').count(), 1);
        assert.equal(await page.locator('#home_start').inputValue(), daysAgo(190), 'the input is kept');
        await a11y(tl, page, `home refused (${lang})`);
        await page.fill('#home_address', 'Storgatan 5');
        res = await submit(page, `form[action="${href}/home"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.ok((await page.locator('main').innerText()).includes('Storgatan 5'));

        // A contact with the landlord about the rent, and a warning.
        await page.selectOption('#ll_topic', 'rent');
        res = await submit(page, `form[action="${href}/landlord"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        await page.selectOption('#tenancy_status', 'warned');
        res = await submit(page, `form[action="${href}/status"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        const main = await page.locator('main').innerText();
        assert.ok(main.includes(lang === 'sv' ? 'Varning från hyresvärden' : 'إنذار من المؤجّر'), 'the status');
        assert.ok(main.includes(lang === 'sv' ? 'Hyra' : 'الإيجار'), 'the landlord contact');
        await a11y(tl, page, `participant (${lang})`);
        await noSideScroll(tl, page, `participant (${lang})`);
        await screenshot(page, `housing${suffix}`);
        assert.deepEqual(problems, [], 'no console errors or failed requests');
      } finally {
        await context.close();
      }
    });
  }
});
