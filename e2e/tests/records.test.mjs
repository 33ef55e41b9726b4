// Browser test of the documented record: an admin turns the unit to documenting, a coordinator
// registers a case on a phone and records its resident with a support person, refused first with
// a wrong check digit; the resident is shown only after a logged view, and the next case of the
// same resident finds them by number; its journal gets a note that is signed and corrected.
// Swedish and Arabic, 360 px, axe-core on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  admin: { username: 'alva.admin', name: 'Alva Admin', role: 'admin', password: 'admin-password-4567' },
  coordinator: { username: 'kim.coordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'coordinator-password-789' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-records.log' });

/** Registers a case through quick registration and answers its id. In a documenting unit the
 *  coordinator lands on recording the case's resident. */
async function registerCase(page) {
  await goto(page, '/cases/new');
  await page.selectOption('#channel', { index: 1 });
  await page.check('#age_group');
  await page.selectOption('#category', { index: 1 });
  await page.fill('#minutes', '20');
  const res = await submit(page, 'form.quick button[type="submit"]');
  assert.equal(res.status(), 200, await page.locator('main').innerText());
  const m = new URL(page.url()).pathname.match(/^\/cases\/(\d+)\/person$/);
  assert.ok(m, `on the resident's page after registering a documented case (${page.url()})`);
  return m[1];
}

test('a coordinator records the resident of a documented case, in Swedish and Arabic at 360 px', { timeout: 150_000 }, async (t) => {
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

  const numbers = { sv: ['811218-9875', '811218-9876', '198112189876'], ar: ['701063-2390', '701063-2391', '19701063-2391'] };
  for (const lang of ['sv', 'ar']) {
    await t.test(lang, async (tl) => {
      const { context, page, problems } = await newPage({ viewport: PHONE });
      const suffix = lang === 'sv' ? '' : `-${lang}`;
      try {
        await login(page, USERS.coordinator);
        if (lang !== 'sv') assert.equal((await switchLanguage(page, lang)).lang, lang);
        const first = await registerCase(page);
        await goto(page, `/cases/${first}`);
        assert.equal(await page.locator(`a[href="/cases/${first}/person"]`).count(), 1, 'the case page links to its resident');
        await goto(page, `/cases/${first}/person`);
        await a11y(tl, page, `person form (${lang})`);
        await noSideScroll(tl, page, `person form (${lang})`);

        const [wrong, right, again] = numbers[lang];
        await page.fill('#person_number', wrong);
        await page.fill('#person_name', lang === 'sv' ? 'Amina Hassan' : 'أمينة حسن');
        await page.check('#interpreter');
        await page.fill('#support_name', 'Faduma Ali');
        await page.fill('#support_relation', lang === 'sv' ? 'syster' : 'أخت');
        await page.fill('#support_reach', '073-765 43 21');
        let res = await submit(page, `form[action="/cases/${first}/person"] button[type="submit"]`);
        assert.equal(res.status(), 422, 'a wrong check digit is refused');
        assert.equal(await page.locator('#person_number-error').count(), 1);
        assert.equal(await page.inputValue('#support_name'), 'Faduma Ali', 'what was right is kept');
        await screenshot(page, `person-refused-360${suffix}`);
        await a11y(tl, page, `person refused (${lang})`);
        await noSideScroll(tl, page, `person refused (${lang})`);

        await page.fill('#person_number', right);
        res = await submit(page, `form[action="/cases/${first}/person"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.equal(new URL(page.url()).searchParams.get('done'), 'added');
        assert.equal(await page.locator('#person_name').count(), 0, 'no form once the resident is recorded');

        // The next case of the same resident: the number alone finds them.
        const second = await registerCase(page);
        await goto(page, `/cases/${second}/person`);
        await page.fill('#person_number', again);
        res = await submit(page, `form[action="/cases/${second}/person"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        assert.equal(new URL(page.url()).searchParams.get('done'), 'found');
        res = await submit(page, `form[action="/cases/${second}/person/view"] button[type="submit"]`);
        assert.equal(res.status(), 200);
        const main = await page.locator('main').innerText();
        assert.ok(main.includes('Faduma Ali'), 'the support person is shown');
        assert.equal(await page.locator(`main a[href="/cases/${first}"]`).count(), 1, 'the earlier case is listed');
        await screenshot(page, `person-shown-360${suffix}`);
        await a11y(tl, page, `person shown (${lang})`);
        await noSideScroll(tl, page, `person shown (${lang})`);

        // The journal: a note refused empty, written, signed, then corrected; the original stays.
        await goto(page, `/cases/${second}`);
        res = await submit(page, `main a[href="/cases/${second}/journal"]`);
        assert.equal(res.status(), 200);
        await a11y(tl, page, `journal (${lang})`);
        await noSideScroll(tl, page, `journal (${lang})`);
        res = await submit(page, `form[action="/cases/${second}/journal"]:not(:has(input[name="corrects"])) button[type="submit"]`);
        assert.equal(res.status(), 422, 'an empty note is refused');
        assert.equal(await page.locator('#text-error').count(), 1);
        const note = lang === 'sv' ? 'Mötte Amina på biblioteket. Bokade ny tid.' : 'التقيت بأمينة في المكتبة. حُجز موعد جديد.';
        await page.fill('#text', note);
        res = await submit(page, `form[action="/cases/${second}/journal"]:not(:has(input[name="corrects"])) button[type="submit"]`);
        assert.equal(res.status(), 200);
        const article = page.locator('article.note').last();
        assert.ok((await article.innerText()).includes(note));
        res = await submit(page, 'article.note form[action$="/sign"] button[type="submit"]');
        assert.equal(res.status(), 200);
        assert.equal(await page.locator('article.note form[action$="/sign"]').count(), 0, 'a signed note cannot be signed again');
        await page.locator('article.note details > summary').last().click();
        const correction = lang === 'sv' ? 'Rättelse: mötet var i Medborgarhuset.' : 'تصحيح: كان اللقاء في بيت المواطنين.';
        await page.locator('article.note textarea').last().fill(correction);
        res = await submit(page, 'article.note form:has(input[name="corrects"]) button[type="submit"]');
        assert.equal(res.status(), 200);
        assert.equal(await page.locator('article.note del').count(), 1, 'the corrected note stays, struck through');
        assert.ok((await page.locator('main').innerText()).includes(correction));
        await screenshot(page, `journal-360${suffix}`);
        await a11y(tl, page, `journal corrected (${lang})`);
        await noSideScroll(tl, page, `journal corrected (${lang})`);
        await goto(page, `/cases/${second}/journal/print`);
        assert.equal(await page.locator('textarea').count(), 0, 'the printable journal has no forms');
        await a11y(tl, page, `journal print (${lang})`);
        assert.deepEqual(problems, [], 'no script or console errors');
      } finally {
        await context.close();
      }
    });
  }
});
