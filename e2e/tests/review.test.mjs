// Browser test of a manager's duties in a documented record, on the demo installation
// (`lotsen demo`): the documenting unit's manager answers a records request with a PDF whose
// masked words are absent from its text (read back with pdftotext), and goes through last month's
// log review: refused without a comment, every view marked, the month signed and exported.
// Swedish and Arabic, 360 px, axe-core on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { a11y, ARTIFACTS, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const MANAGER = { username: 'norr.chef', password: 'lotsen-demo-2026' };

const { newPage, goto, login } = useLotsen({}, { logName: 'server-review.log', demo: true });

/** The case of the demo's returning resident whose record names a neighbour: opened for review. */
async function openAminasRecord(page) {
  await goto(page, '/cases');
  const hrefs = await page.locator('main a[href^="/cases/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs.filter((h) => /^\/cases\/\d+$/.test(h))) {
    await goto(page, `${href}/records`);
    if ((await page.locator('form[action$="/records/review"]').count()) === 0) continue;
    const res = await submit(page, 'form[action$="/records/review"] button[type="submit"]');
    assert.equal(res.status(), 200);
    if ((await page.locator('main').innerText()).includes('Bertil Svensson')) return href;
  }
  throw new Error('no record naming the neighbour in the demo');
}

test('a manager hands out a masked record, in Swedish and Arabic at 360 px', { timeout: 180_000 }, async (t) => {
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async (tl) => {
      const { context, page, problems } = await newPage({ viewport: PHONE, acceptDownloads: true });
      try {
        await login(page, MANAGER);
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);
        const href = await openAminasRecord(page);
        await a11y(tl, page, `records review (${lang})`);
        await noSideScroll(tl, page, `records review (${lang})`);

        // A phrase of one letter is refused; what was typed stays.
        await page.fill('#phrases', 'x');
        let res = await submit(page, 'form[action$="/records/pdf"] button[type="submit"]');
        assert.equal(res.status(), 422);
        assert.equal(await page.locator('#phrases-error').count(), 1);
        assert.equal(await page.inputValue('#phrases'), 'x');
        await a11y(tl, page, `records refused (${lang})`);
        await screenshot(page, `records-refused-360-${lang}`);

        await page.fill('#phrases', 'Bertil Svensson');
        const [dl] = await Promise.all([
          page.waitForEvent('download'),
          page.click('form[action$="/records/pdf"] button[type="submit"]'),
        ]);
        const pdf = path.join(ARTIFACTS, `records-${lang}.pdf`);
        await dl.saveAs(pdf);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString();
        assert.ok(text.includes('Amina Hassan'), 'the resident is in the record');
        assert.ok(text.includes('Försäkringskassan'), 'the unmasked note is in the record');
        for (const gone of ['Bertil', 'Svensson']) assert.ok(!text.includes(gone), `${gone} is in the PDF's text`);
        if (lang === 'sv') assert.ok(text.includes('[maskerat]'));
        execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, path.join(ARTIFACTS, `records-${lang}-pdf`)]);
        assert.ok(href.startsWith('/cases/'));
        assert.deepEqual(problems, [], 'no script or console errors');
      } finally {
        await context.close();
      }
    });
  }
});

test("a manager completes last month's log review, in Arabic and Swedish at 360 px", { timeout: 240_000 }, async (t) => {
  const items = 'form[action*="/items/"]';
  await t.test('ar: start, a view refused without a comment, one marked', async (tl) => {
    const { context, page, problems } = await newPage({ viewport: PHONE });
    try {
      await login(page, MANAGER);
      assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
      await goto(page, '/audit/review');
      await a11y(tl, page, 'log review, not started (ar)');
      let res = await submit(page, 'form[action$="/start"] button[type="submit"]');
      assert.equal(res.status(), 200);
      const count = await page.locator(items).count();
      assert.ok(count >= 10, `the sample and what stands out (${count})`);
      await a11y(tl, page, 'log review (ar)');
      await noSideScroll(tl, page, 'log review (ar)');
      res = await submit(page, `${items} >> nth=0 >> button[type="submit"]`);
      assert.equal(res.status(), 422, 'a view is not marked without a comment');
      assert.equal(await page.locator('#comment-error').count(), 1);
      await a11y(tl, page, 'log review refused (ar)');
      await screenshot(page, 'log-review-refused-360-ar');
      await page.fill('#comment', 'تحقّقت: كان الاطّلاع جزءًا من العمل.');
      res = await submit(page, `${items} >> nth=0 >> button[type="submit"]`);
      assert.equal(res.status(), 200);
      assert.equal(await page.locator(items).count(), count - 1);
      assert.deepEqual(problems, [], 'no script or console errors');
    } finally {
      await context.close();
    }
  });

  await t.test('sv: every view marked, the month signed and exported', async (tl) => {
    const { context, page, problems } = await newPage({ viewport: PHONE, acceptDownloads: true });
    try {
      await login(page, MANAGER);
      await goto(page, '/audit/review');
      // Signing waits for every view.
      await page.fill('#summary', 'Inga avvikelser.');
      let res = await submit(page, 'form[action$="/sign"] button[type="submit"]');
      assert.equal(res.status(), 422);
      assert.equal(await page.locator('#summary-error').count(), 1);
      while ((await page.locator(items).count()) > 0) {
        const form = page.locator(items).first();
        await form.locator('textarea').fill('Kontrollerat: i tjänsten.');
        res = await submit(page, `${items} >> nth=0 >> button[type="submit"]`);
        assert.equal(res.status(), 200);
      }
      await page.fill('#summary', 'Inga avvikelser. Kvällsvisningen gällde en akut kontakt.');
      res = await submit(page, 'form[action$="/sign"] button[type="submit"]');
      assert.equal(res.status(), 200);
      assert.ok((await page.locator('main').innerText()).includes('Månaden är signerad'));
      await a11y(tl, page, 'log review signed (sv)');
      await noSideScroll(tl, page, 'log review signed (sv)');
      await screenshot(page, 'log-review-signed-360-sv');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('a[href$="/export.csv"]')]);
      const csv = path.join(ARTIFACTS, 'log-review.csv');
      await dl.saveAs(csv);
      const body = (await import('node:fs')).readFileSync(csv, 'utf8');
      assert.ok(body.includes('Kvällsvisningen gällde en akut kontakt'));
      assert.ok(body.includes('Utanför arbetstid'));
      assert.deepEqual(problems, [], 'no script or console errors');
    } finally {
      await context.close();
    }
  });
});
