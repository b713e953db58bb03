// The confidant's day after usability round ux1, in a real browser on the demo data:
// "Mijn werk" is a short page (counts, a few lines per section, "Toon alle" to the whole
// section); the case list fits a 1366 and a 1280 px laptop; the intake asks for the
// municipality in words next to the field (keeping what was typed), takes the minutes of the
// call, confirms the registration and logs the call as the first contact moment. Every page is
// screenshotted to tests/e2e/output/ and checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dutchDay, isoDay, startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';

const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };
const STORY = 'Mevrouw belt: haar aanvraag voor een traplift is afgewezen (e2e).';

let server;
let browser;
let failedStep = null;
let registered = null;

function step(name, fn) {
  test(name, async (t) => {
    if (failedStep) {
      t.skip(`earlier step failed: ${failedStep}`);
      return;
    }
    try {
      await fn(t);
    } catch (err) {
      failedStep = name;
      for (const line of (server?.log() ?? '').trimEnd().split('\n').slice(-20)) t.diagnostic(`  ${line}`);
      throw err;
    }
  });
}

async function signedIn(width) {
  const ctx = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width, height: 768 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(new URL('/login', server.url).href);
  await page.fill('#email', CONFIDANT.email);
  await page.fill('#password', CONFIDANT.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main form button[type="submit"]').click()]);
  return { ctx, page };
}

async function submit(page, locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  return nav;
}

describe('The confidant\'s day (demo data)', { timeout: 300_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 20, timeoutMs: 240_000 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. Mijn werk is a short page: counts, at most five lines a section, a link to the rest', async (t) => {
    const { ctx, page } = await signedIn(1366);
    assert.equal(new URL(page.url()).pathname, '/admin/work');
    const sections = page.locator('main section.work-section');
    const n = await sections.count();
    assert.ok(n >= 6, `sections: ${n}`);
    let listed = 0;
    for (let i = 0; i < n; i += 1) {
      const s = sections.nth(i);
      const lines = await s.locator('li.work-line').count();
      assert.ok(lines <= 5, `at most five lines: ${lines} in ${await s.locator('h2').innerText()}`);
      const count = Number((await s.locator('h2 .count').innerText()).replace(/\D/g, ''));
      listed += count;
      if (count > lines) {
        const more = s.locator('p.more a');
        assert.match(await more.innerText(), new RegExp(`^Toon alle ${count.toLocaleString('nl-NL')}`));
      }
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    t.diagnostic(`Mijn werk: ${height} px tall for ${listed} lines in ${n} sections`);
    assert.ok(height < 6000, `short enough to take in: ${height} px`);
    await inspect(t, page, 'day-work-1366');
    await page.screenshot({ path: 'tests/e2e/output/day-work-first-screen.png' });

    // The whole section of the tasks, on its own page, and back.
    const tasks = page.locator('main section[aria-labelledby="h-tasks"]');
    const total = Number((await tasks.locator('h2 .count').innerText()).replace(/\D/g, ''));
    if (total > (await tasks.locator('li.work-line').count())) {
      await submit(page, tasks.locator('p.more a'));
      assert.equal(new URL(page.url()).searchParams.get('section'), 'tasks');
      assert.equal(await page.locator('main li.work-line').count(), total, 'every task');
      await inspect(t, page, 'day-work-tasks-all');
      await submit(page, page.getByRole('link', { name: /Terug naar vandaag/ }));
      assert.equal(new URL(page.url()).pathname, '/admin/work');
    }
    await ctx.close();
  });

  for (const width of [1366, 1280]) {
    step(`2. the case list fits a ${width} px laptop`, async (t) => {
      const { ctx, page } = await signedIn(width);
      await page.goto(new URL('/admin/cases', server.url).href);
      const fit = await page.locator('main .table-wrap').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert.ok(fit.scroll <= fit.client + 1, `the table fits: ${fit.scroll} px in ${fit.client} px`);
      const page_overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(page_overflow <= 1, `no sideways scrolling (${page_overflow}px)`);
      const heads = await page.locator('main table.case-list thead th').allInnerTexts();
      assert.ok(heads.some((h) => h.startsWith('Behandelaar')), heads.join(' | '));
      await inspect(t, page, `day-list-${width}`);
      await page.locator('main table.case-list').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `tests/e2e/output/day-list-table-${width}.png` });
      await ctx.close();
    });
  }

  step('3. the intake asks for the municipality in words, logs the call and confirms', async (t) => {
    const { ctx, page } = await signedIn(1366);
    await page.goto(new URL('/admin/cases/new', server.url).href);
    // Two municipalities: none chosen, the field first with a hint.
    assert.equal(await page.locator('#tenant input[type="radio"]:checked').count(), 0);
    assert.match(await page.locator('#tenant-hint').innerText(), /Kies eerst de gemeente/);
    await page.check('#channel-phone');
    await page.fill('#minutes', '12');
    await page.fill('#story', STORY);
    await page.fill('#name', 'Johanna de Boer (e2e)');
    await page.fill('#phone', '06 12345678');
    const refused = await submit(page, page.getByRole('button', { name: 'Kwestie registreren' }));
    assert.equal(refused.status(), 422);
    assert.equal((await page.locator('#tenant .field-error').innerText()).trim(), 'Kies de gemeente waar de inwoner woont.');
    assert.doesNotMatch(await page.locator('main').innerText(), /Onbekende gemeente/);
    assert.equal(await page.locator('#story').inputValue(), STORY, 'the story is kept');
    assert.equal(await page.locator('#minutes').inputValue(), '12', 'the minutes are kept');
    await inspect(t, page, 'day-intake-no-municipality');

    await page.check('#tenant-maasdal');
    await submit(page, page.getByRole('button', { name: 'Kwestie registreren' }));
    const reference = new URL(page.url()).pathname.split('/').pop();
    assert.match(reference, /^NST-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    registered = reference;
    const notice = page.locator('main .notice.saved');
    assert.equal((await notice.innerText()).trim(), `Kwestie ${reference} geregistreerd.`);
    assert.match(await page.locator('main p.meta').first().innerText(), /12 minuten/);
    await inspect(t, page, 'day-intake-registered');

    await page.goto(new URL(`/admin/cases/${reference}/tijdlijn`, server.url).href);
    const first = page.locator('main li', { hasText: 'Contactmoment' }).first();
    const text = await first.innerText();
    assert.ok(text.includes(`Contactmoment · ${dutchDay(isoDay(0))} · Telefoon · 12 min`), text);
    await inspect(t, page, 'day-intake-timeline');
    await ctx.close();
  });

  step('4. the decision\'s reference while clarifying, the letter takes it; one way-back block; closing with the letter a draft asks what happened', async (t) => {
    const { ctx, page } = await signedIn(1366);
    const caseUrl = new URL(`/admin/cases/${registered}`, server.url).href;
    await page.goto(caseUrl);
    await page.selectOption('#organisation', 'municipality');
    await page.selectOption('#decision_kind', 'wmo_decision');
    await page.fill('#decision_reference', 'WMO/2026/0042');
    await page.fill('#decision_date', isoDay(-10));
    await page.fill('#problem', 'Ik heb een traplift nodig om boven te komen.');
    await submit(page, page.getByRole('button', { name: 'Vraagverheldering opslaan' }));
    assert.equal(await page.locator('#decision_reference').inputValue(), 'WMO/2026/0042');

    // The letter quotes the decision's reference and date without retyping.
    await page.goto(new URL(`/admin/cases/${registered}/letters/new?kind=objection`, server.url).href);
    assert.equal(await page.locator('#decision_reference').inputValue(), 'WMO/2026/0042');
    assert.equal(await page.locator('#decision_date').inputValue(), isoDay(-10));
    const saved = await submit(page, page.getByRole('button', { name: 'Brief opslaan als concept' }));
    assert.equal(saved.status(), 200, await page.locator('main').innerText());

    // One place for the way back, pointed at from the top of every part of the case.
    await page.goto(new URL(`/admin/cases/${registered}/tijdlijn`, server.url).href);
    await submit(page, page.getByRole('link', { name: /Weg terug: link of briefje/ }));
    const block = page.locator('#status-link');
    for (const name of ['Link e-mailen', 'Briefje printen', 'Brief op de statuspagina zetten']) {
      assert.equal(await block.getByRole('heading', { name, exact: true }).count(), 1, name);
    }
    await block.scrollIntoViewIfNeeded();
    await inspect(t, page, 'day-way-back');

    // An empty close form names the field in the summary.
    await page.goto(caseUrl);
    await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    assert.match(await page.locator('main .error-summary').innerText(), /Resultaat: Vul dit veld in\./);

    // "Bezwaar ingediend" while the letter is a draft: asked, on its own field, typed kept.
    await page.selectOption('#outcome', 'objection_filed');
    await page.fill('#reason', 'Bezwaar besproken (e2e).');
    const refused = await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('main .error-summary').innerText(), /Brief nog een concept/);
    assert.match(await page.locator('#filed_letter .field-error').innerText(), /nog een concept/);
    assert.equal(await page.locator('#outcome').inputValue(), 'objection_filed');
    assert.equal(await page.locator('#reason').inputValue(), 'Bezwaar besproken (e2e).');
    await page.locator('#filed_letter').scrollIntoViewIfNeeded();
    await inspect(t, page, 'day-close-draft-letter');

    // A closing day ahead with the letter "sent": refused at once on the form itself, before
    // any confirmation page, every answer and choice kept; the letter stays a draft.
    await page.check('#filed_letter-sent');
    await page.fill('#filed_letter_sent_on', isoDay(-1));
    await page.fill('#closed_on', isoDay(3));
    const early = await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    assert.equal(early.status(), 422);
    assert.match(await page.locator('main .error-summary').innerText(), /Datum van afsluiten/);
    assert.equal(await page.locator('main input[name="confirm"]').count(), 0, 'no confirmation page yet');
    assert.equal(await page.locator('#outcome').inputValue(), 'objection_filed');
    assert.ok(await page.locator('#filed_letter-sent').isChecked(), 'the letter\'s answer kept');
    assert.equal(await page.locator('#filed_letter_sent_on').inputValue(), isoDay(-1));
    assert.equal(await page.locator('#closed_on').inputValue(), isoDay(3));
    assert.equal(await page.locator('#reason').inputValue(), 'Bezwaar besproken (e2e).');
    assert.match(await page.locator('#filed_letter').innerText(), /nog een concept/, 'still a draft');
    await page.locator('main .error-summary').scrollIntoViewIfNeeded();
    await inspect(t, page, 'day-close-early-error');
    await page.fill('#closed_on', '');

    // Not filed yet: the kwestie closes as "Inwoner gaat zelf verder" (after deciding on the
    // objection term still running).
    await page.check('#filed_letter-not_filed');
    await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    for (const radio of await page.locator('main input[type="radio"][value="done"]').all()) await radio.check();
    if (await page.locator('main input[name="confirm"]').count()) {
      await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    }
    assert.match(await page.locator('#h-closed + p').innerText(), /Inwoner gaat zelf verder/);
    await inspect(t, page, 'day-closed-not-filed');
    await ctx.close();
  });
});
