// Browser test of family coordination on the demo installation (`lotsen demo`): a coordinator of
// the family coordination team sees the pair's families and the consent about to expire, finds
// that an expired consent blocks sharing with that actor (the contact is refused and names the
// guardians whose consent is missing), records a contact within a consent in force, and puts a
// new family on the waiting list after a refusal for a family without a child. Swedish and
// Arabic, 360 px, axe-core on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const COORDINATOR = { username: 'familj.koordinator1', password: 'lotsen-demo-2026' };

const { newPage, goto, login } = useLotsen({}, { logName: 'server-family.log', demo: true });

/** The pair's family whose guardians once consented to the employment service. */
async function openWarsame(page) {
  await goto(page, '/families');
  const hrefs = await page.locator('main a[href^="/families/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of [...new Set(hrefs.filter((h) => /^\/families\/\d+$/.test(h)))]) {
    await goto(page, href);
    if ((await page.locator('main').innerText()).includes('Hodan Warsame')) return href;
  }
  throw new Error('the demo family is not on the coordinator list');
}

test('an expired consent blocks sharing; a family joins the waiting list, in Swedish and Arabic at 360 px', { timeout: 180_000 }, async (t) => {
  const numbers = { sv: ['850101-2341', '200202-6785'], ar: ['790615-3452', '120909-5676'] };
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async (tl) => {
      const { context, page, problems } = await newPage({ viewport: PHONE });
      const suffix = lang === 'sv' ? '' : `-${lang}`;
      try {
        await login(page, COORDINATOR);
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);

        // The list: the pair's families, and the consent that runs out this month.
        await goto(page, '/families');
        assert.equal(await page.locator('nav.main-nav a[href="/families"][aria-current="page"]').count(), 1);
        assert.equal(await page.locator('#expiring-h').count(), 1, 'a consent about to expire is listed');
        await a11y(tl, page, `families (${lang})`);
        await noSideScroll(tl, page, `families (${lang})`);
        await screenshot(page, `family-list${suffix}.png`);

        // The expired consent: sharing with the employment service is refused.
        const href = await openWarsame(page);
        const badges = await page.locator('#consents-h ~ div table .badge').allInnerTexts();
        assert.ok(badges.length >= 3, 'the consents with their state');
        await page.selectOption('#contact_actor', 'employment_service');
        await page.selectOption('#contact_kind', 'shared');
        let res = await submit(page, `form[action="${href}/contacts"] button[type="submit"]`);
        assert.equal(res.status(), 422, 'sharing outside a consent in force is refused');
        assert.equal(await page.locator('#contact_actor-error').count(), 1);
        const missing = await page.locator('p.warning[role="alert"]').innerText();
        assert.ok(missing.includes('Hodan Warsame') && missing.includes('Abdi Warsame'), `both guardians named: ${missing}`);
        assert.equal(await page.locator('#contact_kind').inputValue(), 'shared', 'the input is kept');
        await a11y(tl, page, `family, sharing refused (${lang})`);
        await noSideScroll(tl, page, `family, sharing refused (${lang})`);
        await screenshot(page, `family-refused${suffix}.png`);

        // Within the consent: a meeting at school is recorded.
        await page.selectOption('#contact_actor', 'school');
        await page.selectOption('#contact_kind', 'meeting');
        res = await submit(page, `form[action="${href}/contacts"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.equal(new URL(page.url()).searchParams.get('done'), 'contact');
        assert.equal(await page.locator('.notice[role="status"]').count(), 1);

        // A new family: refused without a child, then saved to the waiting list.
        await goto(page, '/families/new');
        await page.fill('#g1_name', lang === 'sv' ? 'Maria Holm' : 'مريم حلمي');
        await page.fill('#g1_number', numbers[lang][0]);
        res = await submit(page, 'form[action="/families/new"] button[type="submit"]');
        assert.equal(res.status(), 422);
        assert.equal(await page.locator('#c1_name-error').count(), 1, 'a family needs a child');
        assert.equal(await page.locator('#g1_number').inputValue(), numbers[lang][0], 'the input is kept');
        await a11y(tl, page, `new family refused (${lang})`);
        await noSideScroll(tl, page, `new family refused (${lang})`);
        await page.fill('#c1_name', lang === 'sv' ? 'Alva Holm' : 'ألفا حلمي');
        await page.fill('#c1_number', numbers[lang][1]);
        res = await submit(page, 'form[action="/families/new"] button[type="submit"]');
        assert.equal(res.status(), 200);
        assert.match(new URL(page.url()).pathname, /^\/families\/\d+$/);
        assert.ok((await page.locator('main').innerText()).includes(lang === 'sv' ? 'Alva Holm' : 'ألفا حلمي'));
        await a11y(tl, page, `new family (${lang})`);
        await noSideScroll(tl, page, `new family (${lang})`);
        await screenshot(page, `family-new${suffix}.png`);
        assert.deepEqual(problems, [], 'no console errors or failed requests');
      } finally {
        await context.close();
      }
    });
  }
});
