// Browser test of Lotsen's case log, the way a coordinator uses it on a phone (360 × 740):
// quick registration with a referral in one submit, a contact, a second referral, closing with a
// follow-up, the follow-up on the start page, and the same pages in Arabic (right to left). Every
// page is checked with axe-core against WCAG 2.1 A and AA and for sideways scrolling.
//
// Like the foundation suite it starts its own server on a free port with a fresh data folder and
// drives the machine's Chromium; screenshots go to e2e/artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, htmlLangDir, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  coordinator: { username: 'kim.coordinator', name: 'Kim Koordinator', role: 'coordinator', password: 'coordinator-password-789' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-cases.log' });

const QUICK_SUBMIT = 'form.quick button[type="submit"]';

/** Where the browser is now, as path and the `done` notice asked for. */
function where(page) {
  const u = new URL(page.url());
  return { pathname: u.pathname, done: u.searchParams.get('done') };
}

/** Opens the <details> that holds `inner` (a selector), by clicking its summary like a person would. */
async function openDetails(page, inner) {
  const details = page.locator('details', { has: page.locator(inner) }).last();
  if ((await details.getAttribute('open')) === null) await details.locator(':scope > summary').click();
  assert.notEqual(await details.getAttribute('open'), null, `the section holding ${inner} opens`);
}

async function openAllDetails(page) {
  const closed = page.locator('main details:not([open]) > summary');
  for (let left = await closed.count(); left > 0; left--) await closed.first().click();
  assert.equal(await closed.count(), 0, 'every section is open');
}

/**
 * The error summary after a refused form: one, role=alert, linking to `ids`; each link points at
 * exactly one field, and that field (or the fieldset of its radio group) is described by an error
 * message next to it.
 */
async function checkErrorSummary(page, ids) {
  const summary = page.locator('.error-summary');
  assert.equal(await summary.count(), 1, 'one error summary');
  assert.equal(await summary.getAttribute('role'), 'alert');
  const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const id of ids) assert.ok(links.includes(id), `error summary links to ${id} (has ${links.join(', ')})`);
  for (const href of links) {
    const field = page.locator(href);
    assert.equal(await field.count(), 1, `error summary link ${href} points at one field`);
    const errorId = `${href.slice(1)}-error`;
    assert.equal(await page.locator(`#${errorId}`).count(), 1, `${href} has an error message next to it`);
    const describedBy = await field.evaluate((el) => {
      const own = el.getAttribute('aria-describedby') || '';
      const group = el.closest('fieldset')?.getAttribute('aria-describedby') || '';
      return `${own} ${group}`.split(/\s+/).filter(Boolean);
    });
    assert.ok(describedBy.includes(errorId), `${href} (or its fieldset) is described by #${errorId}`);
  }
  return links;
}

/** The first <dd> of the case page's figures: the number of contacts. */
async function contactCount(page) {
  return (await page.locator('dl.figures dd').first().innerText()).trim();
}

test('a coordinator registers, works and closes a case on a phone, in Swedish and Arabic', { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    // 1. Quick registration, in Swedish.
    await login(page, USERS.coordinator);
    assert.deepEqual(await htmlLangDir(page), { lang: 'sv', dir: 'ltr' });
    const newCaseLink = page.locator('main a[href="/cases/new"]').first();
    assert.ok((await page.locator('a[href="/cases/new"]').count()) >= 1, 'the start page links to /cases/new');
    const box = await newCaseLink.boundingBox();
    assert.ok(
      box && box.y >= 0 && box.y + box.height <= PHONE.height,
      `the link to a new case is on the first screen of the start page (at ${JSON.stringify(box)})`,
    );
    let res = await submit(page, 'main a[href="/cases/new"]');
    assert.equal(res.status(), 200);
    assert.equal(where(page).pathname, '/cases/new', 'one tap from the start page to the new-case form');
    assert.equal(await page.locator('form.quick').count(), 1, 'the quick registration form');
    assert.equal(await page.locator('#residency').isChecked(), true, 'residency "yes" is chosen from the start');
    assert.equal(await page.inputValue('#mode'), '', 'the contact mode is left to the channel from the start');
    await screenshot(page, 'case-new');
    await a11y(t, page, 'new case');
    await noSideScroll(t, page, 'new case (sv)');

    // Nothing chosen: 422 and an error summary.
    res = await submit(page, QUICK_SUBMIT);
    assert.equal(res.status(), 422, 'an empty new-case form is answered with 422');
    const errorLinks = await checkErrorSummary(page, ['#channel', '#age_group', '#category', '#minutes']);
    t.diagnostic(`error summary of the empty new-case form links to: ${errorLinks.join(', ')}`);
    for (const id of ['#channel', '#category', '#minutes']) {
      assert.equal(await page.getAttribute(id, 'aria-invalid'), 'true', `${id} is marked invalid`);
    }
    await screenshot(page, 'case-new-errors');
    await a11y(t, page, 'new case with errors');
    await noSideScroll(t, page, 'new case with errors (sv)');

    // Fill in what a first phone call gives, with a referral, and register it all in one submit.
    await page.selectOption('#channel', { index: 1 });
    await page.check('#age_group');
    await page.selectOption('#category', { index: 1 });
    await page.fill('#minutes', '15');
    assert.equal(await page.inputValue('#mode'), '', 'mode stays "same as the channel"');
    await openDetails(page, '#ref_destination');
    await page.selectOption('#ref_destination', { index: 1 });
    await page.selectOption('#ref_kind', { index: 1 });
    await page.check('#ref_consent');
    assert.equal(await page.isChecked('#follow_up'), true, 'a follow-up of the referral is planned by default');
    assert.notEqual(await page.inputValue('#follow_up_on'), '', 'the follow-up has a date by default');
    await openAllDetails(page);
    await a11y(t, page, 'new case, filled in, every section open');
    await noSideScroll(t, page, 'new case, every section open (sv)');

    res = await submit(page, QUICK_SUBMIT);
    assert.equal(res.status(), 200, `registering the case: ${await page.locator('main').innerText()}`);
    const m = where(page).pathname.match(/^\/cases\/(\d+)$/);
    assert.ok(m, `after registering, the browser is on the case page (${page.url()})`);
    const caseId = m[1];
    const casePath = `/cases/${caseId}`;
    assert.equal(where(page).done, 'created');
    const notice = page.locator('.notice[role="status"]');
    assert.equal(await notice.count(), 1, 'a notice says the case was registered');
    assert.ok((await notice.innerText()).trim().length > 0, 'the notice says something');
    assert.equal(await contactCount(page), '1', 'the first contact was registered with the case');
    assert.equal(await page.locator('#contacts tbody tr').count(), 1, 'one contact row');
    assert.equal(await page.locator('#referrals article').count(), 1, 'the referral was registered with the case');
    assert.equal(await page.locator('#follow-ups li').count(), 1, 'the follow-up of the referral was planned');
    await screenshot(page, 'case');
    await a11y(t, page, 'case page');
    await noSideScroll(t, page, 'case page (sv)');

    // 2. A contact, a second referral, and closing.
    await openDetails(page, 'form[action$="/contacts"]');
    assert.notEqual(await page.inputValue('#contact-on'), '', 'the contact date is today by default');
    await page.selectOption('#contact-mode', { index: 1 });
    await page.fill('#contact-minutes', '30');
    await page.fill('#contact-note', 'Gick igenom ansökan om bostadstillägg.');
    res = await submit(page, 'form[action$="/contacts"] button[type="submit"]');
    assert.equal(res.status(), 200, `adding a contact: ${await page.locator('main').innerText()}`);
    assert.deepEqual(where(page), { pathname: casePath, done: 'contact' });
    assert.equal(await page.locator('.notice[role="status"]').count(), 1, 'a notice says the contact was added');
    assert.equal(await contactCount(page), '2', 'the contacts figure counts the new contact');

    await openDetails(page, 'form[action$="/referrals"]');
    const destinations = await page.locator('#referral-destination option').count();
    await page.selectOption('#referral-destination', { index: destinations > 2 ? 2 : 1 });
    await page.selectOption('#referral-kind', { index: 1 });
    await page.check('#referral-consent');
    res = await submit(page, 'form[action$="/referrals"] button[type="submit"]');
    assert.equal(res.status(), 200, `adding a referral: ${await page.locator('main').innerText()}`);
    assert.deepEqual(where(page), { pathname: casePath, done: 'referral' });
    assert.equal(await page.locator('#referrals article').count(), 2, 'two referrals on the case');

    await openAllDetails(page);
    await a11y(t, page, 'case page, every form open');
    await noSideScroll(t, page, 'case page, every form open (sv)');

    await page.selectOption('#close-outcome', { index: 1 });
    // A follow-up is already planned (from the referral), so the one at closing is offered unticked,
    // with a date ready; the coordinator plans one more, three weeks out.
    assert.equal(await page.isChecked('#close-follow-up'), false, 'with a follow-up planned, the one at closing is offered unticked');
    assert.match(await page.inputValue('#close-follow-up-on'), /^\d{4}-\d{2}-\d{2}$/, 'the follow-up after closing has a date by default');
    await page.check('#close-follow-up');
    const closeFollowUpOn = new Date(Date.now() + 21 * 86400e3).toISOString().slice(0, 10);
    await page.fill('#close-follow-up-on', closeFollowUpOn);
    const followUpsBefore = await page.locator('#follow-ups li').count();
    res = await submit(page, 'form[action$="/close"] button[type="submit"]');
    assert.equal(res.status(), 200, `closing the case: ${await page.locator('main').innerText()}`);
    assert.deepEqual(where(page), { pathname: casePath, done: 'closed' });
    assert.equal(await page.locator('.notice[role="status"]').count(), 1, 'a notice says the case was closed');
    const badge = page.locator('.title-row .badge');
    assert.equal(await badge.count(), 1, 'one status badge');
    assert.match(await badge.getAttribute('class'), /\bbadge-off\b/, 'the badge is the closed one');
    assert.equal((await badge.innerText()).trim(), 'Avslutat', 'the badge says closed');
    assert.equal(await page.locator('form[action$="/close"]').count(), 0, 'no close form on a closed case');
    assert.equal(await page.locator('form[action$="/reopen"]').count(), 1, 'a closed case can be reopened');
    assert.equal(await page.locator('#follow-ups li').count(), followUpsBefore + 1, 'closing planned one more follow-up');
    assert.ok(
      (await page.locator('#follow-ups li').filter({ hasText: closeFollowUpOn }).count()) >= 1,
      `a follow-up on ${closeFollowUpOn} is listed on the case`,
    );
    await screenshot(page, 'case-closed');
    await a11y(t, page, 'closed case page');
    await noSideScroll(t, page, 'closed case page (sv)');

    // 3. The follow-up on the start page.
    res = await submit(page, 'header a[href="/"]');
    assert.equal(res.status(), 200);
    const dueLinks = page.locator(`main a[href="/cases/${caseId}#follow-ups"]`);
    assert.ok((await dueLinks.count()) >= 1, `the start page lists the follow-up of case ${caseId}:\n${await page.locator('main').innerText()}`);
    const dueItems = page.locator('main li').filter({ has: page.locator(`a[href="/cases/${caseId}#follow-ups"]`) });
    assert.ok(
      (await dueItems.filter({ hasText: closeFollowUpOn }).count()) >= 1,
      `the start page shows the follow-up due on ${closeFollowUpOn}:\n${await page.locator('main').innerText()}`,
    );
    t.diagnostic(`start page lists ${await dueItems.count()} follow-up(s) of case ${caseId}: ${(await dueItems.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()).join(' | ')}`);
    await screenshot(page, 'home-follow-ups');
    await a11y(t, page, 'start page with follow-ups');
    await noSideScroll(t, page, 'start page (sv)');

    await goto(page, '/cases');
    assert.equal(await page.locator(`main a[href="${casePath}"]`).count(), 1, 'the case is in the case list');
    await a11y(t, page, 'case list');
    await noSideScroll(t, page, 'case list (sv)');

    // 4. Arabic, right to left.
    await goto(page, '/');
    assert.deepEqual(await switchLanguage(page, 'ar'), { lang: 'ar', dir: 'rtl' });
    assert.equal(where(page).pathname, '/', 'the language switch comes back to the start page');
    await noSideScroll(t, page, 'start page (ar)');

    await goto(page, '/cases');
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, 'the language stays chosen');
    assert.equal(await page.locator(`main a[href="${casePath}"]`).count(), 1, 'the case is in the case list');
    await screenshot(page, 'cases-ar');
    await a11y(t, page, 'case list (Arabic)');
    await noSideScroll(t, page, 'case list (ar)');

    await goto(page, casePath);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    await screenshot(page, 'case-ar');
    await a11y(t, page, 'closed case page (Arabic)');
    await noSideScroll(t, page, 'closed case page (ar)');

    await goto(page, '/cases/new');
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    await a11y(t, page, 'new case (Arabic)');
    await noSideScroll(t, page, 'new case (ar)');
    await openAllDetails(page);
    await noSideScroll(t, page, 'new case, every section open (ar)');

    assert.deepEqual(problems, [], 'no script or console errors');
  } finally {
    await context.close();
  }
});
