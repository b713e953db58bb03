// The case page in parts, in a real browser on the demo data: every part at its own address,
// reached through a tab bar of ordinary links, with and without JavaScript; axe on every part;
// a save on a part comes back to that part saying "Opgeslagen"; a refused save keeps what was
// typed; at 320 px wide no part is wider than the screen. Screenshots at 1366 × 768 and 320 px
// go to tests/e2e/output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { isoDay, startDemo } from './support/demo.mjs';
import { AXE_TAGS, formatViolations, inspect, launchBrowser, screenshot } from './support/browser.mjs';

const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };
const PARTS = [
  ['', 'Overzicht', 'overview'],
  ['/tijdlijn', 'Tijdlijn', 'timeline'],
  ['/taken', 'Taken en termijnen', 'tasks'],
  ['/brieven', 'Brieven en documenten', 'letters'],
  ['/procedures', 'Procedures', 'procedures'],
  ['/betrokkenen', 'Betrokkenen en toestemming', 'people'],
];

let server;
let browser;
let failedStep = null;
const state = { casePath: null };

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
      for (const line of (server?.log() ?? '').trimEnd().split('\n').slice(-30)) t.diagnostic(`  ${line}`);
      throw err;
    }
  });
}

/** A signed-in confidant in a context of its own. */
async function confidant({ width = 1366, height = 768, js = true } = {}) {
  const ctx = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width, height },
    javaScriptEnabled: js,
  });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  await open(page, '/login');
  await page.fill('#email', CONFIDANT.email);
  await page.fill('#password', CONFIDANT.password);
  await submit(page, page.locator('main form button[type="submit"]'));
  assert.equal(new URL(page.url()).pathname, '/admin/work', 'signed in');
  return { ctx, page };
}

function pathOf(page) {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

async function open(page, path) {
  const res = await page.goto(new URL(path, server.url).href);
  assert.equal(res?.status(), 200, `GET ${path} answered ${res?.status()}`);
  return res;
}

async function submit(page, locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  const res = await nav;
  assert.ok(res && res.status() < 500, `answered ${res?.status()} at ${pathOf(page)}`);
  return res;
}

function tab(page, label) {
  return page.locator('nav.case-parts').getByRole('link', { name: label, exact: true });
}

/**
 * The part is shown: its address (a refused save answers at the address it was posted to),
 * its tab marked as current (and only that one), the header.
 */
async function assertOnPart(page, slug, label, { posted = null } = {}) {
  assert.equal(new URL(page.url()).pathname, `${state.casePath}${posted ?? slug}`);
  const current = page.locator('nav.case-parts a[aria-current="page"]');
  assert.equal(await current.count(), 1, 'one part is marked current');
  assert.equal((await current.innerText()).trim(), label);
  assert.equal(await page.locator('nav.case-parts').getAttribute('aria-label'), 'Onderdelen van de kwestie');
  assert.ok((await page.locator('main h1').innerText()).startsWith(state.casePath.split('/').pop()), 'the header names the case');
  assert.match(await page.locator('main .case-who').innerText(), /Jan Jansen/, 'the header names the citizen');
}

async function assertSaved(page, slug) {
  assert.equal(new URL(page.url()).pathname, `${state.casePath}${slug}`, `back on ${slug || 'the overview'}`);
  assert.ok(new URL(page.url()).searchParams.has('saved'), 'the address says it saved');
  const saved = page.locator('main #saved[role="status"]');
  assert.equal(await saved.count(), 1, 'a status message');
  assert.match(await saved.innerText(), /^Opgeslagen\./);
}

describe('The case page in parts (demo data)', { timeout: 240_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 5 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. a new case; every part through the tab bar at 1366 × 768, each with axe', async (t) => {
    const { ctx, page } = await confidant();
    await open(page, '/admin/cases/new');
    await page.check('#tenant-maasdal');
    await page.check('#channel-phone');
    await page.fill('#story', 'Mijn bijzondere bijstand is gestopt en ik begrijp de brief niet.');
    await page.fill('#name', 'Jan Jansen');
    await page.fill('#phone', '06 12345678');
    await submit(page, page.locator('main').getByRole('button', { name: 'Kwestie registreren', exact: true }));
    assert.match(new URL(page.url()).pathname, /^\/admin\/cases\/NST-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    state.casePath = new URL(page.url()).pathname;
    // Something on each part: a procedure (terms), a task.
    await open(page, `${state.casePath}/procedures`);
    await page.locator('#h-procedures ~ details > summary').first().click();
    await page.check('#kind-complaint');
    await page.fill('#filed_on', isoDay(-2));
    await submit(page, page.getByRole('button', { name: 'Vastleggen', exact: true }));
    await assertSaved(page, '/procedures');
    await open(page, state.casePath);
    for (const [slug, label, name] of PARTS) {
      await submit(page, tab(page, label));
      await assertOnPart(page, slug, label);
      await inspect(t, page, `case-part-${name}`);
    }
    // The old anchors of the forms still lead to them, inside their part.
    for (const [slug, id] of [['', 'h-clarify'], ['/tijdlijn', 'h-contact'], ['/taken', 'h-tasks'], ['/brieven', 'h-attachments'], ['/procedures', 'h-mediation'], ['/betrokkenen', 'h-consents']]) {
      await open(page, `${state.casePath}${slug}`);
      assert.equal(await page.locator(`#${id}`).count(), 1, `#${id} on ${slug || 'the overview'}`);
    }
    await ctx.close();
  });

  step('2. a save on two parts returns to that part with "Opgeslagen"; a refused save keeps the input', async (t) => {
    const { ctx, page } = await confidant();
    // Tasks.
    await open(page, `${state.casePath}/taken`);
    await page.fill('#title', 'Inwoner terugbellen');
    await page.fill('#due_on', isoDay(2));
    await submit(page, page.getByRole('button', { name: 'Taak toevoegen', exact: true }));
    await assertSaved(page, '/taken');
    assert.match(await page.locator('main ul.tasks').innerText(), /Inwoner terugbellen/);
    assert.match(await page.locator('main .case-who').innerText(), /Eerstvolgende taak/, 'the header shows the next task, not as a term');
    await inspect(t, page, 'case-part-tasks-saved');
    // People involved.
    await open(page, `${state.casePath}/betrokkenen`);
    await page.locator('#h-parties ~ details > summary').first().click();
    await page.selectOption('#party-role', 'representative');
    await page.fill('#party_name', 'Mieke de Vries');
    await submit(page, page.getByRole('button', { name: 'Toevoegen', exact: true }));
    await assertSaved(page, '/betrokkenen');
    assert.match(await page.locator('main ul.parties').innerText(), /Mieke de Vries/);
    // Refused: a subject too long on the overview stays typed, on the overview, the error named.
    await open(page, state.casePath);
    const long = 'Bijzondere bijstand '.repeat(8);
    await page.fill('#case_subject', long);
    await page.fill('#problem', 'Bijstand gestopt zonder gesprek');
    const refused = await submit(page, page.getByRole('button', { name: 'Vraagverheldering opslaan', exact: true }));
    assert.equal(refused.status(), 422);
    await assertOnPart(page, '', 'Overzicht', { posted: '/clarify' });
    assert.equal(await page.locator('#case_subject').inputValue(), long, 'the subject typed is kept');
    assert.equal(await page.locator('#problem').inputValue(), 'Bijstand gestopt zonder gesprek', 'the problem typed is kept');
    assert.equal(await page.locator('main #saved').count(), 0, 'nothing said to be saved');
    await inspect(t, page, 'case-part-overview-refused');
    // Refused: a task without a title, on the tasks part, the date kept.
    await open(page, `${state.casePath}/taken`);
    await page.fill('#due_on', isoDay(5));
    const noTitle = await submit(page, page.getByRole('button', { name: 'Taak toevoegen', exact: true }));
    assert.equal(noTitle.status(), 422);
    await assertOnPart(page, '/taken', 'Taken en termijnen', { posted: '/tasks' });
    assert.equal(await page.locator('#due_on').inputValue(), isoDay(5), 'the date typed is kept');
    await ctx.close();
  });

  step('3. without JavaScript: the tab bar, a save and a refused save work; axe on each part', async (t) => {
    const { ctx, page } = await confidant({ js: false });
    await open(page, state.casePath);
    for (const [slug, label, name] of PARTS) {
      await submit(page, tab(page, label));
      await assertOnPart(page, slug, label);
      await screenshot(page, `case-part-${name}-nojs`);
    }
    await open(page, `${state.casePath}/tijdlijn`);
    await page.selectOption('#contact-channel', 'phone');
    await page.fill('#minutes', '10');
    await page.fill('#on', isoDay(3));
    await page.fill('#contact-note', 'Gebeld over de brief');
    const refused = await submit(page, page.getByRole('button', { name: 'Contactmoment opslaan', exact: true }));
    assert.equal(refused.status(), 422);
    await assertOnPart(page, '/tijdlijn', 'Tijdlijn', { posted: '/contacts' });
    assert.equal(await page.locator('#contact-note').inputValue(), 'Gebeld over de brief', 'the note typed is kept');
    await page.fill('#on', isoDay(0));
    await submit(page, page.getByRole('button', { name: 'Contactmoment opslaan', exact: true }));
    await assertSaved(page, '/tijdlijn');
    assert.match(await page.locator('main ol.timeline').innerText(), /Gebeld over de brief/);
    // axe needs scripts in the page: each part's HTML as served without JavaScript is checked
    // in a page that runs them (same markup, same styles).
    const checker = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 768 } });
    const check = await checker.newPage();
    for (const [slug, , name] of PARTS) {
      await open(page, `${state.casePath}${slug}`);
      const html = await page.content();
      await check.route(`${server.url}/nojs-copy`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await check.goto(`${server.url}/nojs-copy`);
      await check.unroute(`${server.url}/nojs-copy`);
      const results = await new AxeBuilder({ page: check }).withTags(AXE_TAGS).analyze();
      await t.test(`axe: case-part-${name}-nojs (${state.casePath}${slug})`, () => {
        if (results.violations.length > 0) throw new Error(formatViolations(results.violations));
      });
    }
    await checker.close();
    await ctx.close();
  });

  step('4. at 320 px wide no part is wider than the screen', async (t) => {
    const { ctx, page } = await confidant({ width: 320, height: 740 });
    for (const [slug, label, name] of PARTS) {
      await open(page, `${state.casePath}${slug}`);
      await assertOnPart(page, slug, label);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${slug || 'overview'} is ${width} px wide at 320 px`);
      await screenshot(page, `case-part-${name}-320`);
    }
    await ctx.close();
  });
});
