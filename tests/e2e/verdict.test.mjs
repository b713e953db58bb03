// The citizen's verdict on a 390 px phone (demo data): a web intake, the confidant closes it;
// the closed status page asks three short questions; half an answer is refused with what was
// chosen kept; a whole answer is thanked for and cannot be given again; "Ik ben nog niet klaar"
// puts a task on the confidant's "Mijn werk", who sees the verdict on the kwestie. axe on each
// page; screenshots in tests/e2e/output/.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';
import { DEMO_PASSWORD, flow } from './support/flow.mjs';

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

async function desk() {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  current = { context, page };
  await go(page, '/login');
  await page.fill('#email', 'confidant@demo.example');
  await page.fill('#password', DEMO_PASSWORD);
  await submit(page, page.locator('main form button[type="submit"]'));
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

describe("The citizen's verdict on a phone (demo data)", { timeout: 600_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 5, timeoutMs: 240_000 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. a web intake, and the confidant closes it', async () => {
    let { context, page } = await phone();
    await go(page, '/maasdal/melden');
    await page.fill('#story', 'Mijn aanvraag voor huishoudelijke hulp is afgewezen.');
    await submit(page, page.getByRole('button', { name: 'Verstuur' }));
    state.link = new URL(page.url()).pathname;
    state.reference = (await page.locator('#fresh-reference').innerText()).trim();
    assert.equal(await page.locator('#h-verdict').count(), 0, 'nothing asked while open');
    await context.close();

    ({ context, page } = await desk());
    await go(page, `/admin/cases/${state.reference}`);
    await page.selectOption('#outcome', 'resolved');
    await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    const choices = page.locator('main fieldset');
    if (new URL(page.url()).pathname.endsWith('/close')) {
      for (let i = 0; i < (await choices.count()); i++) await choices.nth(i).getByLabel('Afgerond').check();
      await submit(page, page.getByRole('button', { name: 'Kwestie afsluiten' }));
    }
    assert.equal((await page.locator('main h1 .status').innerText()).trim(), 'Afgesloten');
    await context.close();
  });

  step('2. the closed page asks three questions; half an answer is refused, choices kept', async (t) => {
    const { context, page } = await phone();
    await go(page, state.link);
    const verdict = page.locator('section.verdict');
    assert.match(await verdict.innerText(), /Voelde u zich gehoord\?/);
    assert.match(await verdict.innerText(), /Weet u wat u nu kunt doen\?/);
    assert.match(await verdict.innerText(), /Zou u de vertrouwenspersoon aanraden/);
    await noSideways(page, 'the closed page with the questions');
    await inspect(t, page, 'verdict-asked-390');
    await page.getByLabel('Een beetje').check();
    await page.fill('#comment', 'Fijn dat er iemand luisterde.');
    const nav = page.waitForNavigation({ waitUntil: 'load' });
    await page.getByRole('button', { name: 'Verstuur mijn antwoorden' }).click();
    const res = await nav;
    assert.equal(res?.status(), 422);
    const summary = await page.locator('.error-summary').innerText();
    assert.match(summary, /Kies een antwoord bij de vraag: Weet u wat u nu kunt doen\?/);
    assert.ok(await page.locator('#heard-somewhat').isChecked(), 'the choice is kept');
    assert.equal(await page.locator('#comment').inputValue(), 'Fijn dat er iemand luisterde.');
    await noSideways(page, 'the refused answer');
    await inspect(t, page, 'verdict-refused-390');
    await context.close();
  });

  step('3. a whole answer is thanked for, and asked no more', async (t) => {
    const { context, page } = await phone();
    await go(page, state.link);
    await page.locator('#heard-yes').check();
    await page.locator('#knows_next-yes').check();
    await page.locator('#recommend-maybe').check();
    await page.fill('#comment', 'Fijn dat er iemand luisterde.');
    await submit(page, page.getByRole('button', { name: 'Verstuur mijn antwoorden' }));
    assert.match(await page.locator('section.verdict').innerText(), /Dank u wel voor uw antwoorden/);
    assert.equal(await page.locator('input[name="heard"]').count(), 0, 'no form any more');
    await inspect(t, page, 'verdict-thanks-390');
    await context.close();
  });

  step('4. "Ik ben nog niet klaar" makes a task for the confidant', async (t) => {
    let { context, page } = await phone();
    await go(page, state.link);
    await submit(page, page.getByRole('button', { name: 'Ik ben nog niet klaar' }));
    assert.match(await page.locator('section.not-done').innerText(), /weet nu dat u nog niet klaar bent/);
    await noSideways(page, 'the page after "not done"');
    await inspect(t, page, 'verdict-not-done-390');
    await context.close();

    ({ context, page } = await desk());
    await go(page, '/admin/work');
    assert.match(await page.locator('main').innerText(), /Inwoner is nog niet klaar/);
    await inspect(t, page, 'verdict-task-on-work');
    await go(page, `/admin/cases/${state.reference}`);
    const seen = await page.locator('#verdict').innerText();
    assert.match(seen, /Mening van de inwoner/);
    assert.match(seen, /Fijn dat er iemand luisterde/);
    await inspect(t, page, 'verdict-on-case');
    await context.close();
  });
});
