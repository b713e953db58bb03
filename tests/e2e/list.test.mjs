// The case list to work from, in a real browser on the demo data: a confidant opens
// "Kwesties" and sees the citizens by name with their subject; clicking a column header sorts on
// it (aria-sort on the header, the order turned round by a second click, the filters kept), with
// and without JavaScript the same links; at 1366×768 and at 320 px wide (the table scrolls inside
// its own box, the page does not) screenshotted to tests/e2e/output/ and checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';

const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };

let server;
let browser;

async function signedIn(width) {
  const ctx = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width, height: 768 },
  });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(new URL('/login', server.url).href);
  await page.fill('#email', CONFIDANT.email);
  await page.fill('#password', CONFIDANT.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main form button[type="submit"]').click()]);
  return { ctx, page };
}

/** The citizens' names in the order listed (the first cell without its reference line). */
async function citizens(page) {
  const cells = await page.locator('main table.case-list tbody tr td:first-child').allInnerTexts();
  return cells.map((c) => c.split('\n')[0].trim());
}

const key = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function sortedNamed(names, desc) {
  const named = names.filter((n) => n !== 'anoniem');
  const want = [...named].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return desc ? want.reverse() : want;
}

describe('The case list in a browser (demo data)', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 30 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('1. the list names the citizens; a header click sorts on it both ways', async (t) => {
    const { ctx, page } = await signedIn(1366);
    await page.goto(new URL('/admin/cases?status=open', server.url).href);
    const before = await citizens(page);
    assert.ok(before.length > 1, `kwesties listed: ${before.length}`);
    assert.ok(before.some((n) => n !== 'anoniem' && !/^NST-/.test(n)), `names shown: ${before.join(', ')}`);
    const heads = await page.locator('main table.case-list thead th').allInnerTexts();
    for (const h of ['Inwoner', 'Onderwerp', 'Domein', 'Organisatie', 'Status', 'Geopend', 'Eerste termijn', 'Behandelaar']) {
      assert.ok(heads.some((x) => x.startsWith(h)), `column ${h}: ${heads.join(' | ')}`);
    }
    assert.match(await page.locator('main th[aria-sort="descending"]').innerText(), /^Geopend/, 'newest first by default');

    const header = page.locator('main table.case-list thead th', { hasText: 'Inwoner' });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), header.locator('a').click()]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('sort'), 'citizen_asc');
    assert.equal(url.searchParams.get('status'), 'open', 'the filter is kept');
    assert.equal(await page.locator('main table.case-list thead th', { hasText: 'Inwoner' }).getAttribute('aria-sort'), 'ascending');
    const asc = await citizens(page);
    assert.deepEqual(asc.filter((n) => n !== 'anoniem'), sortedNamed(asc, false), `ascending: ${asc.join(', ')}`);
    assert.ok(asc.indexOf('anoniem') === -1 || asc.slice(asc.indexOf('anoniem')).every((n) => n === 'anoniem'), 'anonymous last');
    await inspect(t, page, 'list-by-citizen-1366');

    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.locator('main table.case-list thead th', { hasText: 'Inwoner' }).locator('a').click(),
    ]);
    assert.equal(new URL(page.url()).searchParams.get('sort'), 'citizen_desc');
    assert.equal(await page.locator('main table.case-list thead th', { hasText: 'Inwoner' }).getAttribute('aria-sort'), 'descending');
    const desc = await citizens(page);
    assert.deepEqual(desc.filter((n) => n !== 'anoniem'), sortedNamed(desc, true), `descending: ${desc.join(', ')}`);
    await page.screenshot({ path: 'tests/e2e/output/list-first-screen-1366.png' });
    await ctx.close();
  });

  test('2. without JavaScript the headers are plain links that sort the same', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 1366, height: 768 } });
    const page = await ctx.newPage();
    await page.goto(new URL('/login', server.url).href);
    await page.fill('#email', CONFIDANT.email);
    await page.fill('#password', CONFIDANT.password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main form button[type="submit"]').click()]);
    await page.goto(new URL('/admin/cases', server.url).href);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.locator('main table.case-list thead th', { hasText: 'Onderwerp' }).locator('a').click(),
    ]);
    assert.equal(new URL(page.url()).searchParams.get('sort'), 'subject_asc');
    assert.equal(await page.locator('main table.case-list thead th', { hasText: 'Onderwerp' }).getAttribute('aria-sort'), 'ascending');
    await ctx.close();
  });

  test('3. at 320 px the table scrolls in its own box, the page does not', async (t) => {
    const { ctx, page } = await signedIn(320);
    await page.goto(new URL('/admin/cases?sort=deadline_asc', server.url).href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling of the page (${overflow}px)`);
    const wrap = await page.locator('main .table-wrap').evaluate((el) => el.scrollWidth > el.clientWidth);
    assert.ok(wrap, 'the table scrolls inside its wrapper');
    await inspect(t, page, 'list-320');
    await page.screenshot({ path: 'tests/e2e/output/list-first-screen-320.png' });
    await page.locator('main .table-wrap').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/e2e/output/list-table-320.png' });
    await ctx.close();
  });
});
