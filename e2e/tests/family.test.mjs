// Browser test of family coordination on the demo installation (`lotsen demo`): a coordinator of
// the family coordination team sees the pair's families and the consent about to expire, finds
// that an expired consent blocks sharing with that actor (the contact is refused and names the
// guardians whose consent is missing), records a contact within a consent in force, and puts a
// new family on the waiting list after a refusal for a family without a child. A manager starts a
// family with a pair, maps it, sets a plan, revisits the mapping and sees the progress, and prints
// the plan in the family's language (the Arabic PDF's first page is kept as a picture). Swedish and
// Arabic, 360 px, axe-core on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { a11y, ARTIFACTS, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const COORDINATOR = { username: 'familj.koordinator1', password: 'lotsen-demo-2026' };
const MANAGER = { username: 'familj.chef', password: 'lotsen-demo-2026' };

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
        assert.equal(await page.locator('nav.main-nav details.nav-menu a[href="/families"][aria-current="page"]').count(), 1);
        assert.equal(await page.locator('#expiring-h').count(), 1, 'a consent about to expire is listed');
        await a11y(tl, page, `families (${lang})`);
        await noSideScroll(tl, page, `families (${lang})`);
        await screenshot(page, `family-list${suffix}`);

        // The expired consent: sharing with the employment service is refused.
        const href = await openWarsame(page);
        const badges = await page.locator(".consent-list .badge").allInnerTexts();
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
        await screenshot(page, `family-refused${suffix}`);

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
        await screenshot(page, `family-new${suffix}`);
        assert.deepEqual(problems, [], 'no console errors or failed requests');
      } finally {
        await context.close();
      }
    });
  }
});

/** A day `days` before today, as a form takes it. */
function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test('a family is mapped, given a plan, mapped again and its plan printed, in Swedish and Arabic at 360 px', { timeout: 180_000 }, async (t) => {
  const numbers = { sv: ['870404-1113', '160101-2220'], ar: ['760909-3336', '140707-4440'] };
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async (tl) => {
      const { context, page, problems } = await newPage({ viewport: PHONE });
      const suffix = lang === 'sv' ? '' : `-${lang}`;
      try {
        await login(page, MANAGER);
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);

        // A family started two months ago with a pair, in its own language.
        await goto(page, '/families/new');
        await page.fill('#g1_name', lang === 'sv' ? 'Karin Åberg' : 'سلمى يوسف');
        await page.fill('#g1_number', numbers[lang][0]);
        await page.fill('#c1_name', lang === 'sv' ? 'Ebbe Åberg' : 'آدم يوسف');
        await page.fill('#c1_number', numbers[lang][1]);
        await page.selectOption('#language', lang);
        await page.selectOption('#start_pair', { index: 1 });
        await page.fill('#start_on', daysAgo(60));
        let res = await submit(page, 'form[action="/families/new"] button[type="submit"]');
        assert.equal(res.status(), 200);
        const href = new URL(page.url()).pathname;
        assert.match(href, /^\/families\/\d+$/);
        await page.click(`a[href="${href}/plan"]`);
        await page.waitForURL(`**${href}/plan`);
        await a11y(tl, page, `plan, nothing mapped (${lang})`);

        // A score left half done is refused by field; the first mapping is saved.
        const selects = page.locator('form[action$="/mappings"] select');
        const n = await selects.count();
        assert.ok(n >= 14, `two scores for each of the unit's areas (${n})`);
        await page.fill('#map_on', daysAgo(58));
        await selects.nth(0).selectOption('2');
        res = await submit(page, `form[action="${href}/mappings"] button[type="submit"]`);
        assert.equal(res.status(), 422);
        assert.equal(await page.locator('form[action$="/mappings"] .field-error').count(), 1, 'the desired state is missing');
        assert.equal(await selects.nth(0).inputValue(), '2', 'the input is kept');
        await a11y(tl, page, `mapping refused (${lang})`);
        for (const [i, v] of [[1, '4'], [2, '3'], [3, '5'], [4, '1'], [5, '3']]) await selects.nth(i).selectOption(v);
        res = await submit(page, `form[action="${href}/mappings"] button[type="submit"]`);
        assert.equal(res.status(), 200);

        // The plan: a goal in the school area, an action for the school.
        await page.selectOption('#goal_area', { index: 1 });
        await page.fill('#goal_text', lang === 'sv' ? 'Ebbe kommer till skolan varje morgon' : 'يذهب آدم إلى المدرسة كل صباح');
        res = await submit(page, `form[action="${href}/goals"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        await page.selectOption('#action_goal', { index: 1 });
        await page.fill('#action_text', lang === 'sv' ? 'Möte med mentorn' : 'لقاء مع المرشد');
        res = await submit(page, `form[action="${href}/actions"] button[type="submit"]`);
        assert.equal(res.status(), 422, 'an action needs someone responsible');
        assert.equal(await page.locator('#action_responsible-error').count(), 1);
        await page.selectOption('#action_responsible', 'school');
        res = await submit(page, `form[action="${href}/actions"] button[type="submit"]`);
        assert.equal(res.status(), 200);

        // The revisit: school better, health the same; the progress shows as chart and table.
        await page.fill('#map_on', daysAgo(0));
        for (const [i, v] of [[0, '4'], [1, '4'], [2, '3'], [3, '5']]) await selects.nth(i).selectOption(v);
        res = await submit(page, `form[action="${href}/mappings"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.equal(await page.locator('svg#progress-chart[role="img"]').count(), 1, 'the progress chart');
        const firstRow = await page.locator('#progress-table-c ~ tbody tr').first().innerText();
        assert.ok(firstRow.includes('+2'), `school went from 2 to 4: ${firstRow}`);
        await a11y(tl, page, `plan with progress (${lang})`);
        await noSideScroll(tl, page, `plan with progress (${lang})`);
        await screenshot(page, `family-plan${suffix}`);

        // The printed plan, in the family's language.
        const pdf = await page.request.get(new URL(`${href}/plan.pdf`, page.url()).href);
        assert.equal(pdf.status(), 200);
        assert.equal(pdf.headers()['content-type'], 'application/pdf');
        const file = path.join(ARTIFACTS, `family-plan${suffix}.pdf`);
        fs.writeFileSync(file, await pdf.body());
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
        assert.ok(text.includes(lang === 'sv' ? 'Familjens plan' : 'خطة الأسرة'), `the title in the family's language: ${text}`);
        assert.ok(text.includes(lang === 'sv' ? 'Möte med mentorn' : 'لقاء مع المرشد'), 'the action is in the plan');
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(ARTIFACTS, `family-plan${suffix}-pdf`)]);
        assert.deepEqual(problems, [], 'no console errors or failed requests');
      } finally {
        await context.close();
      }
    });
  }
});
