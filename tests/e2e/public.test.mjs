// The citizen's door in a real browser, on the demo data: the public pages (axe on each, at
// 1280 px and at 320 px without sideways scrolling), the form without JavaScript (anonymous)
// and with it (with contact details), by keyboard alone, the status link, a reply and
// withdrawing. Screenshots go to tests/e2e/output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, screenshot } from './support/browser.mjs';

let server;
let browser;
let failedStep = null;
const state = { statusPath: null };

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

async function context({ width = 1280, js = true } = {}) {
  const ctx = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width, height: 900 },
    javaScriptEnabled: js,
  });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  return { ctx, page };
}

async function open(page, path) {
  const res = await page.goto(new URL(path, server.url).href);
  assert.equal(res?.status(), 200, `GET ${path} answered ${res?.status()}`);
}

async function submit(page, locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  const res = await nav;
  assert.ok(res && res.status() < 500, `answered ${res?.status()}`);
  return res;
}

describe('The citizen\'s door in a browser (demo data)', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startDemo();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. every public page passes axe, in Dutch and English, and reflows at 320 px', async (t) => {
    const wide = await context();
    const narrow = await context({ width: 320 });
    for (const [path, name] of [
      ['/', 'public-index'],
      ['/maasdal/', 'public-home'],
      ['/maasdal/melden', 'public-form'],
      ['/maasdal/wegen', 'public-routes'],
      ['/maasdal/wegen/wmo', 'public-routes-wmo'],
      ['/maasdal/privacy', 'public-privacy'],
      ['/maasdal/klacht-over-ons', 'public-about'],
      ['/maasdal/insluiten', 'public-embed'],
      ['/maasdal/?taal=en', 'public-home-en'],
    ]) {
      await open(wide.page, path);
      await inspect(t, wide.page, `${name}-1280`);
      await open(narrow.page, path);
      await screenshot(narrow.page, `${name}-320`);
      const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways at 320 px by ${overflow} px`);
    }
    assert.equal(await wide.page.locator('html').getAttribute('lang'), 'en', 'the English page says so');
    await wide.ctx.close();
    await narrow.ctx.close();
  });

  step('2. without JavaScript, an anonymous story is sent and its status link works', async () => {
    const { ctx, page } = await context({ js: false });
    await open(page, '/maasdal/melden');
    // A missing story is explained; nothing typed is lost.
    await page.fill('#when', 'na drie uur');
    const refused = await submit(page, page.getByRole('button', { name: 'Verstuur' }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#when').inputValue(), 'na drie uur');
    // axe needs scripts in the page; the no-JavaScript pages are the same HTML as in step 1.
    await screenshot(page, 'public-form-refused-nojs');
    await page.fill('#story', 'De taxi naar de dagbesteding kwam drie keer niet.');
    await page.check('#area-wmo');
    await submit(page, page.getByRole('button', { name: 'Verstuur' }));
    assert.match(new URL(page.url()).pathname, /^\/status\/[A-Za-z0-9_-]{43}$/);
    assert.match(await page.locator('.reference').innerText(), /^NST-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await screenshot(page, 'public-status-new-nojs');
    await ctx.close();
  });

  step('3. by keyboard alone, with contact details, then a reply and withdrawing', async (t) => {
    const { ctx, page } = await context();
    await open(page, '/maasdal/melden');
    const tabTo = async (test, max = 80) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return;
      }
      throw new Error('could not reach the element by Tab');
    };
    await tabTo(() => document.activeElement?.id === 'story');
    await page.keyboard.type('Mijn moeder krijgt geen huishoudelijke hulp meer sinds de nieuwe aanbieder.');
    await tabTo(() => document.activeElement?.id === 'name');
    await page.keyboard.type('Samira Haddou');
    await tabTo(() => document.activeElement?.id === 'phone');
    await page.keyboard.type('06 12345678');
    await tabTo(() => document.activeElement?.tagName === 'BUTTON' && document.activeElement.type === 'submit' && !document.activeElement.classList.contains('read-aloud'));
    const nav = page.waitForNavigation({ waitUntil: 'load' });
    await page.keyboard.press('Enter');
    await nav;
    assert.match(new URL(page.url()).pathname, /^\/status\//);
    state.statusPath = new URL(page.url()).pathname;
    await screenshot(page, 'public-status-keyboard');

    await page.fill('#message', 'Ik ben overdag thuis.');
    await submit(page, page.getByRole('button', { name: 'Versturen', exact: true }));
    assert.match(await page.locator('ol.messages').innerText(), /Ik ben overdag thuis\./);
    await inspect(t, page, 'public-status-reply');

    const refused = await submit(page, page.getByRole('button', { name: 'Trek mijn melding in' }));
    assert.equal(refused.status(), 422, 'withdrawing needs the tick');
    await page.check('#confirm-box');
    await submit(page, page.getByRole('button', { name: 'Trek mijn melding in' }));
    assert.match(await page.locator('.status-now').innerText(), /ingetrokken/);
    await inspect(t, page, 'public-status-withdrawn');
    await ctx.close();
  });

  step('4. a confidant records walk-in hours in the outreach register', async (t) => {
    const { ctx, page } = await context();
    await open(page, '/login');
    await page.fill('#email', 'confidant@demo.example');
    await page.fill('#password', 'naast-demo-2026');
    await submit(page, page.locator('main form button[type="submit"]'));
    await open(page, '/admin/outreach?tenant=maasdal');
    await page.fill('#held_on', new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));
    await page.fill('#place', 'Bibliotheek Maasdal (e2e)');
    await page.fill('#attendance', '3');
    await submit(page, page.getByRole('button', { name: 'Vastleggen', exact: true }));
    assert.match(await page.locator('main').innerText(), /Bibliotheek Maasdal \(e2e\)/);
    await inspect(t, page, 'outreach');
    await ctx.close();
  });

  step('5. the read-aloud button is offered where the browser can speak, and only then', async () => {
    const { ctx, page } = await context();
    await open(page, '/maasdal/');
    const canSpeak = await page.evaluate(() => 'speechSynthesis' in window);
    assert.equal(await page.locator('button.read-aloud').count(), canSpeak ? 1 : 0);
    await ctx.close();
  });
});
