// Searching kwesties as people search, in a real browser on the demo data: a
// confidant registers a kwestie for Henk de Boer and finds it again from the
// case list by part of the name, in capitals, with an accent, by the phone number
// in three notations and by its last digits, by part of the reference and of the
// e-mail address, and by a word of the story. A search without result keeps what
// was typed and says what else to try. Pages are screenshotted to
// tests/e2e/output/ and checked with axe (WCAG 2.2 AA).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, newDutchContext } from './support/browser.mjs';

const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };
const CITIZEN = { name: 'Henk de Boer', phone: '06-41 52 63 74', email: 'henk.deboer@voorbeeld.nl' };
const STORY = 'Kwijtschelding afgewezen terwijl mijn inkomen lager werd. Ik wil weten waarom.';

let server;
let browser;
let page;
let reference = null;

function pathOf() {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

/** Types `q` in the case list's search box and submits; returns the references listed. */
async function search(q) {
  await page.goto(new URL('/admin/cases', server.url).href);
  await page.fill('#q', q);
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await page.locator('main form button[type="submit"]').click();
  const res = await nav;
  assert.equal(res?.status(), 200, `searching "${q}" answered ${res?.status()}`);
  return page.locator('main table tbody td:first-child a').allInnerTexts();
}

describe('Naast case search in a browser (demo data)', { timeout: 120_000 }, () => {
  before(async () => {
    server = await startDemo();
    browser = await launchBrowser();
    const context = await newDutchContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('1. a kwestie is registered for Henk de Boer', async () => {
    await page.goto(new URL('/login', server.url).href);
    await page.fill('#email', CONFIDANT.email);
    await page.fill('#password', CONFIDANT.password);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL('**/admin/work'); // a confidant lands on Mijn werk
    await page.goto(new URL('/admin/cases/new', server.url).href);
    await page.check('#tenant-maasdal');
    await page.check('#channel-phone');
    await page.fill('#story', STORY);
    await page.fill('#name', CITIZEN.name);
    await page.fill('#phone', CITIZEN.phone);
    await page.fill('#email', CITIZEN.email);
    const nav = page.waitForNavigation({ waitUntil: 'load' });
    await page.locator('main').getByRole('button', { name: 'Kwestie registreren', exact: true }).click();
    await nav;
    assert.match(new URL(page.url()).pathname, /^\/admin\/cases\/NST-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    reference = new URL(page.url()).pathname.split('/').pop();
  });

  test('2. each way people type it finds the kwestie', async (t) => {
    assert.ok(reference, 'the kwestie was registered');
    const fragment = reference.slice(4, 8);
    const forms = ['de Boer', 'henk', 'DE BOER', 'Bóer', '06-41 52 63 74', '0641526374', '+31 6 41526374',
      '41526374', fragment, fragment.toLowerCase(), 'deboer@voorbeeld', 'kwijtschelding'];
    for (const q of forms) {
      const refs = await search(q);
      assert.ok(refs.includes(reference), `"${q}" finds ${reference}; got ${refs.join(', ')}`);
      assert.equal(await page.inputValue('#q'), q, 'the search stays in the box');
    }
    await search('de Boer');
    await inspect(t, page, 'search-found');
  });

  test('3. a search without result keeps the words and says what else to try', async (t) => {
    const refs = await search('Zwaantje Pietersma');
    assert.equal(refs.length, 0);
    assert.equal(await page.inputValue('#q'), 'Zwaantje Pietersma', 'what was typed is kept');
    const tips = await page.locator('#search-tips').innerText();
    for (const words of ['Niets gevonden', 'deel van de achternaam', 'telefoonnummer', 'kenmerk']) {
      assert.ok(tips.includes(words), `the tips mention "${words}": ${tips}`);
    }
    await inspect(t, page, 'search-nothing');

    // With a filter set, the tips offer the same search without it.
    await page.goto(new URL('/admin/cases?q=henk.deboer%40voorbeeld&status=closed', server.url).href);
    const link = page.locator('#search-tips a');
    assert.equal(await link.count(), 1, 'a link to search without the filters');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
    const found = await page.locator('main table tbody td:first-child a').allInnerTexts();
    assert.ok(found.includes(reference), `without the filter the kwestie is found: ${found.join(', ')}`);
    await inspect(t, page, 'search-without-filters');
  });
});
