// The citizen's short way back, on a 390 px phone (demo data): a web intake shows the reference
// and a six-digit code once; a fresh browser comes back with them at /maasdal/status (typed
// sloppily); five wrong codes lock the reference and the page says whom to call; the confidant
// closes the kwestie and makes a new code; the closed status page says what came of it and
// what the citizen can still do. axe on each page; screenshots in tests/e2e/output/.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, screenshot } from './support/browser.mjs';
import { flow } from './support/flow.mjs';

const PHONE = { width: 390, height: 844 };

let server;
let browser;
let current = {};
const state = {};
const { step } = flow(() => ({ server, ...current }));

async function phone() {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  current = { context, page };
  return { context, page };
}

async function go(page, path, status = 200) {
  const res = await page.goto(new URL(path, server.url).href);
  assert.equal(res?.status(), status, `GET ${path} answered ${res?.status()}`);
}

async function submit(page, locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  return nav;
}

async function noSideways(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways at 390 px by ${overflow} px`);
}

async function tryCode(page, reference, code) {
  await go(page, '/maasdal/status');
  await page.fill('#reference', reference);
  await page.fill('#code', code);
  return submit(page, page.getByRole('button', { name: 'Bekijk mijn melding' }));
}

describe('The short way back on a phone (demo data)', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 5, timeoutMs: 240_000 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. an intake shows the reference and the code once, grouped', async (t) => {
    const { context, page } = await phone();
    await go(page, '/maasdal/melden');
    await page.fill('#story', 'Mijn traplift is geweigerd. Ik kom de trap niet meer op.');
    await submit(page, page.getByRole('button', { name: 'Verstuur' }));
    assert.match(new URL(page.url()).pathname, /^\/status\//);
    state.link = new URL(page.url()).pathname;
    state.reference = (await page.locator('#fresh-reference').innerText()).trim();
    state.code = (await page.locator('#fresh-code').innerText()).trim();
    assert.match(state.reference, /^NST-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.match(state.code, /^\d{3} \d{3}$/, 'grouped 123 456');
    await noSideways(page, 'the first status page');
    await inspect(t, page, 'way-back-intake-code-390');
    await context.close();
  });

  step('2. a week later, another browser: reference and code (typed sloppily) open the page', async (t) => {
    const { context, page } = await phone();
    await go(page, '/maasdal/');
    await submit(page, page.locator('nav a', { hasText: 'Mijn melding' }));
    assert.equal(new URL(page.url()).pathname, '/maasdal/status');
    await noSideways(page, 'the way-back form');
    await inspect(t, page, 'way-back-form-390');
    const res = await tryCode(page, state.reference.toLowerCase().replaceAll('-', ' '), state.code.replace(' ', '-'));
    assert.equal(res?.status(), 200);
    assert.equal(new URL(page.url()).pathname, state.link, 'the same status page');
    assert.match(await page.locator('main').innerText(), new RegExp(state.reference));
    await inspect(t, page, 'way-back-opened-390');
    await context.close();
  });

  step('3. five wrong codes lock the reference; the page says whom to call', async (t) => {
    const { context, page } = await phone();
    const digits = state.code.replace(' ', '');
    const wrong = (n) => String((Number(digits) + 1 + n) % 1_000_000).padStart(6, '0');
    for (let n = 0; n < 5; n++) {
      const res = await tryCode(page, state.reference, wrong(n));
      assert.equal(res?.status(), 422, `wrong code ${n + 1}`);
      assert.match(await page.locator('.error-summary').innerText(), /horen niet bij elkaar/);
      assert.equal(await page.locator('#reference').inputValue(), state.reference, 'what was typed is kept');
      if (n === 0) await inspect(t, page, 'way-back-wrong-code-390');
    }
    const locked = await tryCode(page, state.reference, state.code);
    assert.equal(locked?.status(), 429, 'after five wrong codes even the right one is refused');
    const text = await page.locator('main').innerText();
    assert.match(text, /te vaak een verkeerde code/);
    assert.match(text, /Lukt het niet\?/);
    assert.equal(await page.locator('#code').count(), 0, 'no form while locked');
    await noSideways(page, 'the locked page');
    await inspect(t, page, 'way-back-locked-390');
    await context.close();
  });

  step('4. the confidant makes a new code and closes the kwestie', async (t) => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    current = { context, page };
    await go(page, '/login');
    await page.fill('#email', 'confidant@demo.example');
    await page.fill('#password', 'naast-demo-2026');
    await submit(page, page.locator('main form button[type="submit"]'));
    await go(page, `/admin/cases/${state.reference}`);
    await submit(page, page.getByRole('button', { name: 'Nieuwe code maken' }));
    state.code = (await page.locator('#new-code').innerText()).trim();
    assert.match(state.code, /^\d{3} \d{3}$/);
    await inspect(t, page, 'way-back-new-code');
    await go(page, `/admin/cases/${state.reference}`);
    await page.selectOption('#outcome', 'partly_resolved');
    await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    const choices = page.locator('main fieldset');
    if (new URL(page.url()).pathname.endsWith('/close')) {
      for (let i = 0; i < (await choices.count()); i++) await choices.nth(i).getByLabel('Afgerond').check();
      await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    }
    assert.equal((await page.locator('main h1 .status').innerText()).trim(), 'Afgesloten');
    await context.close();
  });

  step('5. with the new code, the closed page says what came of it and what can still be done', async (t) => {
    const { context, page } = await phone();
    const res = await tryCode(page, state.reference, state.code);
    assert.equal(res?.status(), 200, 'the new code opens at once (the lock was lifted)');
    assert.equal(new URL(page.url()).pathname, state.link);
    assert.match(await page.locator('#outcome-text').innerText(), /voor een deel opgelost/);
    const still = await page.locator('section.still').innerText();
    assert.match(still, /Een klacht indienen/);
    assert.match(still, /Opnieuw contact opnemen/);
    await noSideways(page, 'the closed status page');
    await inspect(t, page, 'way-back-closed-390');
    await go(page, `${state.link}?taal=en`);
    assert.match(await page.locator('#outcome-text').innerText(), /partly solved/);
    await screenshot(page, 'way-back-closed-en-390');
    await context.close();
  });

  step('6. an unknown long link says whom to call and offers the short way', async (t) => {
    const { context, page } = await phone();
    await go(page, '/status/dezelinkbestaatnietmeerabcdefghij', 404);
    assert.ok(await page.locator('a[href="/maasdal/status"]').count() > 0);
    await inspect(t, page, 'way-back-unknown-link-390');
    await context.close();
  });
});
