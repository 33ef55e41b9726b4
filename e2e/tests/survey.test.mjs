// Browser test of Lotsen's anonymous check-out surveys: a resident answers on a 360 px wide phone
// in Arabic (right to left), two people in a row answer at a kiosk in Swedish, the answer pages in
// every language the surveys are offered in, and a manager's survey pages in Swedish and Arabic,
// where a handful of answers shows as "<5", never as the real count. Every page visited is
// checked with axe-core against WCAG 2.1 A and AA.
//
// Answering needs no sign-in and must leave no cookie behind: each public part runs in a fresh
// browser and ends with an empty cookie jar. Like the other suites it starts its own server on a
// free port with a fresh data folder and drives the machine's Chromium; screenshots go to
// e2e/artifacts/ (survey-*.png).
//
// The parts run in order: the manager's results in part 4 count the answers sent in parts 1 and 2.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11y, htmlLangDir, noSideScroll, PHONE, screenshot, submit, switchLanguage, useLotsen } from './helpers.mjs';

const USERS = {
  manager: { username: 'maja.manager', name: 'Maja Manager', role: 'manager', password: 'another-long-password-456' },
};

const { newPage, goto, login } = useLotsen(USERS, { logName: 'server-survey.log' });

const SEND = 'form.survey-form button[type="submit"]';
const COLOURS = ['green', 'yellow', 'red'];
const RESIDENT = {
  title: { sv: 'Hur var din kontakt med oss?', en: 'How was your contact with us?', ar: 'كيف كان تواصلك معنا؟' },
  questions: ['q1', 'q2', 'q3'],
};
const SCHOOL_STAFF = { title: 'Enkät till skolpersonal', questions: ['q1', 'q2', 'q3', 'q4'] };
const ANSWER_WORDS = {
  sv: ['Nöjd', 'Mindre nöjd', 'Missnöjd'],
  en: ['Satisfied', 'Less satisfied', 'Dissatisfied'],
  ar: ['راضٍ', 'أقل رضا', 'غير راضٍ'],
};
const THANKS = { sv: 'Tack för dina svar!', en: 'Thank you for your answers!', ar: 'شكرًا على إجاباتك!' };
const DIR = { sv: 'ltr', en: 'ltr', ar: 'rtl' };

/** Answers recorded by parts 1 and 2, for the results in part 4. */
let answered = 0;

/** Text as read, without the direction marks and isolates Arabic text is wrapped in. */
function plain(s) {
  return s.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

function where(page) {
  const u = new URL(page.url());
  return { pathname: u.pathname, lang: u.searchParams.get('lang'), kiosk: u.searchParams.get('kiosk') };
}

/** The values of the radios that are checked now, as { q1: 'green', … }. */
async function checkedAnswers(page) {
  return Object.fromEntries(
    await page.locator('form.survey-form input[type="radio"]:checked').evaluateAll((els) => els.map((e) => [e.name.replace(/^q_/, ''), e.value])),
  );
}

/**
 * The form asks `keys` in that order, each a fieldset.question with three radios, green, yellow
 * and red, every one with a visible label of a face and the word in `lang`.
 */
async function assertQuestions(page, keys, lang, name) {
  const fieldsets = page.locator('form.survey-form fieldset.question');
  assert.equal(await fieldsets.count(), keys.length, `${name}: ${keys.length} questions`);
  for (const [i, key] of keys.entries()) {
    const fs = fieldsets.nth(i);
    assert.ok(plain(await fs.locator('legend').innerText()).length > 0, `${name}: question ${key} has a legend`);
    const radios = await fs.locator('input[type="radio"]').evaluateAll((els) => els.map((e) => `${e.id} ${e.name} ${e.value}`));
    assert.deepEqual(radios, COLOURS.map((c) => `q_${key}-${c} q_${key} ${c}`), `${name}: question ${key} has the three answers`);
    for (const [j, colour] of COLOURS.entries()) {
      const label = page.locator(`label[for="q_${key}-${colour}"]`);
      assert.equal(await label.count(), 1, `${name}: ${key} ${colour} has a label`);
      assert.ok(await label.isVisible(), `${name}: the label of ${key} ${colour} is visible`);
      assert.equal(await label.locator('svg.face').count(), 1, `${name}: the label of ${key} ${colour} has a face`);
      assert.equal(plain(await label.innerText()), ANSWER_WORDS[lang][j], `${name}: the label of ${key} ${colour} says it in words`);
    }
  }
}

/** Chooses answers by clicking their labels, as a person taps them. */
async function choose(page, answers) {
  for (const [key, colour] of Object.entries(answers)) await page.click(`label[for="q_${key}-${colour}"]`);
}

/** The public code of a survey link (`http://…/s/CODE`); the host is the configured base URL. */
function codeOf(href) {
  const m = new URL(href).pathname.match(/^\/s\/([^/]+)$/);
  assert.ok(m, `the public link ${href} is /s/{code}`);
  return m[1];
}

/**
 * The two built-in surveys of the unit, as the staff list shows them: id and public code. The
 * public links are only shown to staff, so a manager reads them once, for every part.
 */
let found;
function builtInSurveys() {
  found ??= readSurveyList();
  return found;
}

async function readSurveyList() {
  const { context, page } = await newPage();
  try {
    await login(page, USERS.manager);
    await goto(page, '/surveys');
    const cards = await page.locator('main section.card').evaluateAll((sections) =>
      sections.map((s) => ({
        name: s.querySelector('h2')?.textContent.trim() ?? '',
        link: s.querySelector('dd a')?.getAttribute('href') ?? '',
        results: s.querySelector('a.button')?.getAttribute('href') ?? '',
      })),
    );
    assert.ok(cards.length >= 2, `the survey list shows the two built-in surveys: ${JSON.stringify(cards)}`);
    const surveys = {};
    for (const [key, card] of [['resident', cards[0]], ['schoolStaff', cards.find((c) => c.name === SCHOOL_STAFF.title)]]) {
      assert.ok(card, `the survey list shows the ${key} survey: ${JSON.stringify(cards)}`);
      const id = card.results.match(/^\/surveys\/(\d+)$/)?.[1];
      assert.ok(id, `the ${key} survey links to its results: ${card.results}`);
      surveys[key] = { id, code: codeOf(card.link), name: card.name };
    }
    assert.equal(surveys.resident.name, RESIDENT.title.sv, 'the resident survey is the first card');
    return surveys;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Tests

test(`1: a resident answers in Arabic on a ${PHONE.width} px phone`, { timeout: 120_000 }, async (t) => {
  const { code } = (await builtInSurveys()).resident;
  const { context, page, problems } = await newPage({ viewport: PHONE });
  try {
    await goto(page, `/s/${code}?lang=ar`);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(await page.locator('form[action="/logout"]').count(), 0, 'nobody is signed in');
    assert.equal(plain(await page.locator('h1').innerText()), RESIDENT.title.ar, 'the heading is the Arabic title');
    assert.equal(await page.locator('form.survey-form').count(), 1, 'one form for all questions');
    await assertQuestions(page, RESIDENT.questions, 'ar', 'answer page (ar)');
    assert.equal(await page.locator('textarea#free_text').count(), 1, 'a free-text field');

    // Right to left: the first answer (green, satisfied) is the rightmost, red the leftmost.
    for (const key of RESIDENT.questions) {
      const green = await page.locator(`label[for="q_${key}-green"]`).boundingBox();
      const yellow = await page.locator(`label[for="q_${key}-yellow"]`).boundingBox();
      const red = await page.locator(`label[for="q_${key}-red"]`).boundingBox();
      assert.ok(green.x > yellow.x && yellow.x > red.x, `${key}: green (x ${green.x}) right of yellow (x ${yellow.x}) right of red (x ${red.x})`);
      assert.ok(Math.abs(green.y - red.y) < 1, `${key}: the three answers side by side (green y ${green.y}, red y ${red.y})`);
    }
    await screenshot(page, 'survey-answer-ar-phone');
    await noSideScroll(t, page, 'answer page (ar)');
    await a11y(t, page, 'answer page (ar, phone)');

    // Question 2 left out: the form comes back with what was chosen and written.
    const firstTry = { q1: 'green', q3: 'red' };
    const freeText = 'شكرًا على المساعدة';
    await choose(page, firstTry);
    await page.fill('#free_text', freeText);
    let res = await submit(page, SEND);
    assert.equal(res.status(), 422, 'a form with a question unanswered is answered with 422');
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, 'still in Arabic');
    const summary = page.locator('.error-summary');
    assert.equal(await summary.count(), 1, 'one error summary');
    assert.equal(await summary.getAttribute('role'), 'alert');
    const summaryLinks = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(summaryLinks, ['#q_q2-green'], 'the error summary points at question 2 only');
    const q2 = page.locator('fieldset.question', { has: page.locator('#q_q2-green') });
    assert.equal(await q2.locator('p.field-error').count(), 1, 'an error message inside question 2');
    assert.ok(plain(await q2.locator('p.field-error').innerText()).length > 0, 'the error in question 2 says something');
    assert.equal(await q2.getAttribute('aria-describedby'), 'q_q2-error', 'question 2 is described by its error');
    assert.equal(await page.locator('p.field-error').count(), 1, 'no error at the other questions');
    assert.deepEqual(await checkedAnswers(page), firstTry, 'the answers chosen are kept');
    assert.equal(await page.inputValue('#free_text'), freeText, 'the free text is kept');
    await screenshot(page, 'survey-answer-ar-phone-error');
    await noSideScroll(t, page, 'answer page with an error (ar)');
    await a11y(t, page, 'answer page with an error (ar, phone)');

    await choose(page, { q2: 'yellow' });
    res = await submit(page, SEND);
    assert.equal(res.status(), 200, `sending the answers: ${await page.locator('main').innerText()}`);
    answered += 1;
    assert.deepEqual(where(page), { pathname: `/s/${code}/thanks`, lang: 'ar', kiosk: null });
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(plain(await page.locator('h1').innerText()), THANKS.ar);
    assert.equal(await page.locator('#kiosk-again').count(), 0, 'no "next person" outside a kiosk');
    await screenshot(page, 'survey-thanks-ar-phone');
    await noSideScroll(t, page, 'thank-you page (ar)');
    await a11y(t, page, 'thank-you page (ar, phone)');

    assert.deepEqual(await context.cookies(), [], 'answering leaves no cookie');
    assert.deepEqual(problems, [], 'no script, console or resource errors');
  } finally {
    await context.close();
  }
});

test('2: two people in a row answer at a kiosk, in Swedish', { timeout: 120_000 }, async (t) => {
  const { code } = (await builtInSurveys()).resident;
  const { context, page, problems } = await newPage();
  const kioskPath = `/s/${code}/kiosk`;
  try {
    const opened = await goto(page, `${kioskPath}?lang=sv`);
    assert.equal(opened.headers()['cache-control'], 'no-store', 'the kiosk form is never kept in a cache');
    assert.deepEqual(await htmlLangDir(page), { lang: 'sv', dir: 'ltr' });
    assert.equal(await page.locator('form.survey-form input[type="hidden"][name="kiosk"][value="1"]').count(), 1, 'the form says it is a kiosk');
    await assertQuestions(page, RESIDENT.questions, 'sv', 'kiosk (sv)');
    assert.deepEqual(await checkedAnswers(page), {}, 'nothing is chosen at the start');
    await screenshot(page, 'survey-kiosk-sv');
    await a11y(t, page, 'kiosk (sv)');

    // The first person.
    const first = { q1: 'green', q2: 'green', q3: 'yellow' };
    await choose(page, first);
    await page.fill('#free_text', 'Bra bemötande.');
    let res = await submit(page, SEND);
    assert.equal(res.status(), 200, `the first person's answers: ${await page.locator('main').innerText()}`);
    answered += 1;
    assert.deepEqual(where(page), { pathname: `/s/${code}/thanks`, lang: 'sv', kiosk: '1' });
    assert.equal(plain(await page.locator('h1').innerText()), THANKS.sv);
    const again = page.locator('a#kiosk-again');
    assert.equal(plain(await again.innerText()), 'Nästa person');
    assert.equal(await again.getAttribute('href'), `${kioskPath}?lang=sv`, '"Nästa person" leads back to the kiosk');
    await screenshot(page, 'survey-kiosk-thanks-sv');
    await a11y(t, page, 'kiosk thank-you page (sv)');

    // The second person gets a fresh form.
    res = await submit(page, 'a#kiosk-again');
    assert.equal(res.status(), 200);
    assert.equal(where(page).pathname, kioskPath);
    assert.deepEqual(await checkedAnswers(page), {}, 'the second person sees no answer chosen');
    assert.equal(await page.inputValue('#free_text'), '', 'the second person sees no free text');
    const second = { q1: 'red', q2: 'yellow', q3: 'red' };
    await choose(page, second);
    await page.fill('#free_text', 'Svårt att nå er på telefon.');
    res = await submit(page, SEND);
    assert.equal(res.status(), 200, `the second person's answers: ${await page.locator('main').innerText()}`);
    answered += 1;
    assert.deepEqual(where(page), { pathname: `/s/${code}/thanks`, lang: 'sv', kiosk: '1' });

    // The browser's back button must not bring the second person's answers back.
    const back = await page.goBack({ waitUntil: 'load' });
    t.diagnostic(`back: ${back ? `loaded again (${back.status()})` : 'from the back/forward cache'}`);
    assert.equal(where(page).pathname, kioskPath, 'back on the kiosk form');
    assert.deepEqual(await checkedAnswers(page), {}, 'after going back no answer is chosen');
    assert.equal(await page.inputValue('#free_text'), '', 'after going back the free text is empty');
    await screenshot(page, 'survey-kiosk-back-sv');

    assert.deepEqual(await context.cookies(), [], 'the kiosk leaves no cookie');
    assert.deepEqual(problems, [], 'no script, console or resource errors');
  } finally {
    await context.close();
  }
});

test('3: the answer pages in every language offered', { timeout: 120_000 }, async (t) => {
  const surveys = await builtInSurveys();
  const { context, page, problems } = await newPage();
  try {
    // The resident survey, sv → en → ar through the page's own language links.
    const { code } = surveys.resident;
    await goto(page, `/s/${code}`);
    const offered = await page.locator('footer a[hreflang]').evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')));
    assert.deepEqual(offered, ['sv', 'en', 'ar'], 'the resident survey offers Swedish, English and Arabic');
    for (const lang of ['sv', 'en', 'ar']) {
      if (lang !== 'sv') assert.deepEqual(await switchLanguage(page, lang), { lang, dir: DIR[lang] });
      assert.deepEqual(await htmlLangDir(page), { lang, dir: DIR[lang] });
      assert.deepEqual(where(page), { pathname: `/s/${code}`, lang: lang === 'sv' ? null : lang, kiosk: null });
      assert.equal(plain(await page.locator('h1').innerText()), RESIDENT.title[lang], `the title in ${lang}`);
      assert.equal(await page.locator(`footer a[hreflang="${lang}"][aria-current="true"]`).count(), 1, `${lang} is marked as the current language`);
      await assertQuestions(page, RESIDENT.questions, lang, `resident survey (${lang})`);
      await screenshot(page, `survey-answer-${lang}`);
      await a11y(t, page, `resident survey (${lang})`);
    }
    // The thank-you page in each language (the Arabic one is checked in part 1).
    for (const lang of ['sv', 'en']) {
      await goto(page, `/s/${code}/thanks?lang=${lang}`);
      assert.deepEqual(await htmlLangDir(page), { lang, dir: DIR[lang] });
      assert.equal(plain(await page.locator('h1').innerText()), THANKS[lang]);
      await a11y(t, page, `thank-you page (${lang})`);
    }

    // The school-staff survey is in Swedish only: no language links, and ?lang=ar gives Swedish.
    const staff = surveys.schoolStaff;
    await goto(page, `/s/${staff.code}?lang=sv`);
    assert.deepEqual(await htmlLangDir(page), { lang: 'sv', dir: 'ltr' });
    assert.equal(plain(await page.locator('h1').innerText()), SCHOOL_STAFF.title);
    assert.equal(await page.locator('footer a[hreflang]').count(), 0, 'no language links for a survey in one language');
    await assertQuestions(page, SCHOOL_STAFF.questions, 'sv', 'school-staff survey (sv)');
    await screenshot(page, 'survey-answer-school-staff-sv');
    await a11y(t, page, 'school-staff survey (sv)');
    await goto(page, `/s/${staff.code}?lang=ar`);
    assert.deepEqual(await htmlLangDir(page), { lang: 'sv', dir: 'ltr' }, 'a language the survey is not offered in falls back to Swedish');

    assert.deepEqual(await context.cookies(), [], 'the answer pages set no cookie');
    assert.deepEqual(problems, [], 'no script, console or resource errors');
  } finally {
    await context.close();
  }
});

test('4: a manager opens the survey pages, in Swedish and Arabic', { timeout: 120_000 }, async (t) => {
  assert.ok(answered >= 1 && answered < 5, `parts 1 and 2 sent between one and four answers (${answered})`);
  const surveys = await builtInSurveys();
  const { id } = surveys.resident;
  const { context, page, problems } = await newPage();
  try {
    await login(page, USERS.manager);
    for (const lang of ['sv', 'ar']) {
      if (lang !== 'sv') assert.deepEqual(await switchLanguage(page, lang), { lang, dir: 'rtl' });

      // The list: the resident survey first, with its link, results, card and edit.
      let res = await submit(page, 'header nav a[href="/surveys"]');
      assert.equal(res.status(), 200);
      assert.deepEqual(await htmlLangDir(page), { lang, dir: DIR[lang] });
      const card = page.locator('main section.card').first();
      assert.equal(plain(await card.locator('h2').innerText()), RESIDENT.title[lang], `the resident survey is first, titled in ${lang}`);
      assert.equal(codeOf(await card.locator('dd a').getAttribute('href')), surveys.resident.code, 'the card shows the public link');
      for (const href of [`/surveys/${id}`, `/surveys/${id}/card`, `/surveys/${id}/edit`]) {
        assert.equal(await card.locator(`a[href="${href}"]`).count(), 1, `the card links to ${href}`);
      }
      if (lang === 'sv') {
        const words = await card.locator('p.inline-form a').evaluateAll((as) => as.map((a) => a.textContent.trim()));
        assert.deepEqual(words, ['Resultat', 'Kort med QR-kod', 'Ändra enkäten']);
      }
      await screenshot(page, `survey-list-${lang}`);
      await a11y(t, page, `survey list (${lang})`);

      // The results: too few answers this year to show how many.
      res = await submit(page, `main section.card a[href="/surveys/${id}"]`);
      assert.equal(res.status(), 200);
      assert.equal(where(page).pathname, `/surveys/${id}`);
      const year = await page.locator('#year option:checked').getAttribute('value');
      assert.match(year, /^\d{4}$/, 'a year is chosen');
      const tables = page.locator('table.results');
      assert.equal(await tables.count(), RESIDENT.questions.length, 'one table per question');
      for (let i = 0; i < RESIDENT.questions.length; i++) {
        const row = tables.nth(i).locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^\\s*${year}\\s*$`) }) });
        assert.equal(await row.count(), 1, `question ${i + 1}: a row for ${year}`);
        const cells = (await row.locator('td').allInnerTexts()).map(plain);
        assert.equal(cells[0], '<5', `question ${i + 1}: ${answered} answers in ${year} are shown as "<5" (the row says ${cells.join(' | ')})`);
        assert.ok(!cells.slice(0, 4).includes(String(answered)), `question ${i + 1}: the real count ${answered} is not shown (${cells.join(' | ')})`);
      }
      assert.equal(plain(await page.locator('dl.figures dd').innerText()), '<5', 'the number of people who answered is shown as "<5"');
      await screenshot(page, `survey-results-${lang}`);
      await a11y(t, page, `survey results (${lang})`);

      // The printable card with its QR code.
      await goto(page, `/surveys/${id}/card`);
      const qr = page.locator(`section.survey-card img[src="/s/${surveys.resident.code}/qr.svg"]`);
      assert.equal(await qr.count(), 1, 'the card has the QR code of the survey');
      assert.ok(plain((await qr.getAttribute('alt')) || '').length > 0, 'the QR code has a text alternative');
      assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code loaded');
      assert.equal(await page.locator(`main a[href="/s/${surveys.resident.code}/kiosk"]`).count(), 1, 'the card page links to the kiosk');
      await screenshot(page, `survey-card-${lang}`);
      await a11y(t, page, `survey card (${lang})`);

      // The wording, in all three languages.
      await goto(page, `/surveys/${id}/edit`);
      assert.equal(await page.inputValue('#title_sv'), RESIDENT.title.sv);
      assert.equal(await page.inputValue('#title_ar'), RESIDENT.title.ar);
      assert.equal(await page.getAttribute('#title_ar', 'dir'), 'rtl', 'the Arabic title is written right to left');
      await screenshot(page, `survey-edit-${lang}`);
      await a11y(t, page, `survey edit (${lang})`);
    }

    assert.deepEqual(problems, [], 'no script, console or resource errors');
  } finally {
    await context.close();
  }
});

test('5: a closed survey tells so, in every language it is offered in', { timeout: 120_000 }, async (t) => {
  const surveys = await builtInSurveys();
  const { id, code } = surveys.resident;
  const staff = await newPage();
  try {
    await login(staff.page, USERS.manager);
    await goto(staff.page, `/surveys/${id}/edit`);
    await staff.page.uncheck('#active');
    const res = await submit(staff.page, 'main form.stack button[type="submit"]');
    assert.equal(res.status(), 200, await staff.page.locator('main').innerText());
  } finally {
    await staff.context.close();
  }
  const { context, page, problems } = await newPage();
  try {
    for (const lang of ['sv', 'en', 'ar']) {
      await goto(page, `/s/${code}?lang=${lang}`, 410);
      assert.deepEqual(await htmlLangDir(page), { lang, dir: DIR[lang] });
      assert.equal(await page.locator('form.survey-form').count(), 0, 'no form on a closed survey');
      await a11y(t, page, `closed survey (${lang})`);
    }
    await screenshot(page, 'survey-closed-ar');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
