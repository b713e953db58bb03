// "Mijn werk" in a real browser, on the demo data: a confidant signs in and lands on it; a
// citizen's web intake with a phone number shows as news and as a contact task due in three
// working days, naming the citizen; opening the kwestie marks it read; the citizen's reply
// through the status link shows unread again and clears when opened; a short subject set on the
// case page shows on the line (a too long one is refused and kept); the contact task is on the
// case page and a contact moment closes it. Every page is screenshotted
// to tests/e2e/output/ (desktop, and 390 px wide) and checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dutchDay, isoDay, startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, screenshot } from './support/browser.mjs';

const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };
const CITIZEN = 'Samira Haddou (e2e)';
const STORY = 'Mijn moeder krijgt geen huishoudelijke hulp meer sinds de nieuwe aanbieder begon in november.';

let server;
let browser;
let failedStep = null;
const state = { statusPath: null, reference: null };

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

async function context(width = 1366) {
  const ctx = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width, height: 768 },
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

function pathOf(page) {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

/** Three working days after today, weekends skipped (no public holiday falls near the test's
 * runs; the holidays themselves are proven by the integration test and the unit tests). */
function threeWorkingDays() {
  let n = 0;
  let days = 0;
  while (n < 3) {
    days += 1;
    const wd = new Date(`${isoDay(days)}T12:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) n += 1;
  }
  return isoDay(days);
}

/** The line of our citizen in one section of "Mijn werk". */
function lineIn(page, section) {
  return page.locator(`main section[aria-labelledby="h-${section}"] li.work-line`, { hasText: CITIZEN });
}

describe('Mijn werk in a browser (demo data)', { timeout: 180_000 }, () => {
  let confidant;

  before(async () => {
    server = await startDemo();
    browser = await launchBrowser();
  });

  after(async () => {
    await confidant?.ctx.close();
    await browser?.close();
    await server?.stop();
  });

  step('1. a citizen asks to be called back through the web form', async () => {
    const { ctx, page } = await context(390);
    await open(page, '/maasdal/melden');
    await page.fill('#story', STORY);
    await page.fill('#name', CITIZEN);
    await page.fill('#phone', '06 12345678');
    await submit(page, page.getByRole('button', { name: 'Verstuur' }));
    assert.match(new URL(page.url()).pathname, /^\/status\//);
    state.statusPath = new URL(page.url()).pathname;
    state.reference = (await page.locator('.reference').innerText()).trim();
    await ctx.close();
  });

  step('2. the confidant signs in and lands on Mijn werk: the intake is new and a call is due in three working days', async (t) => {
    confidant = await context();
    const { page } = confidant;
    await open(page, '/login');
    await page.fill('#email', CONFIDANT.email);
    await page.fill('#password', CONFIDANT.password);
    await submit(page, page.locator('main form button[type="submit"]'));
    assert.equal(pathOf(page), '/admin/work', `lands on Mijn werk; got ${pathOf(page)}`);
    assert.equal((await page.locator('main h1').innerText()).trim(), 'Mijn werk');

    const news = lineIn(page, 'news');
    assert.equal(await news.count(), 1, 'the intake is news, by name');
    assert.match(await news.getAttribute('class'), /unread/);
    assert.match(await news.innerText(), /Nieuw/);
    assert.match(await news.innerText(), /Mijn moeder krijgt geen huishoudelijke hulp/, 'the story\'s first words');
    assert.match(await news.innerText(), new RegExp(state.reference));

    const call = lineIn(page, 'contact');
    assert.equal(await call.count(), 1, 'a contact task names the citizen');
    const callText = await call.innerText();
    assert.ok(callText.includes(`Contact opnemen uiterlijk: ${dutchDay(threeWorkingDays())}`), callText);
    assert.ok(callText.includes('06 12345678'), 'the number to call is on the line');
    assert.ok(!(await news.innerText()).includes('06 12345678'), 'the number only where a call is due');

    // The menu says how much is new or overdue.
    const menu = await page.locator('header nav a[href="/admin/work"]').innerText();
    assert.match(menu, /Mijn werk\s+\d+/, menu);
    await inspect(t, page, 'work-desktop');
  });

  step('3. opening the kwestie marks it read', async (t) => {
    const { page } = confidant;
    await submit(page, lineIn(page, 'news').locator('a').first());
    assert.equal(pathOf(page), `/admin/cases/${state.reference}`);
    await open(page, '/admin/work');
    assert.equal(await lineIn(page, 'news').count(), 0, 'no longer new');
    assert.equal(await lineIn(page, 'contact').count(), 1, 'the call is still due');
    await inspect(t, page, 'work-read');
  });

  step('4. the citizen replies through the status link: unread until the confidant opens it', async (t) => {
    const citizen = await context(390);
    await open(citizen.page, state.statusPath);
    await citizen.page.fill('#message', 'Ik ben overdag thuis.');
    await submit(citizen.page, citizen.page.getByRole('button', { name: 'Versturen', exact: true }));
    await citizen.ctx.close();

    const { page } = confidant;
    await open(page, '/admin/work');
    const news = lineIn(page, 'news');
    assert.equal(await news.count(), 1, 'the reply is news');
    assert.match(await news.getAttribute('class'), /unread/);
    await inspect(t, page, 'work-reply-unread');
    await submit(page, news.locator('a').first());
    assert.match(await page.locator('main').innerText(), /Ik ben overdag thuis\./);
    await open(page, '/admin/work');
    assert.equal(await lineIn(page, 'news').count(), 0, 'read once opened');
  });

  step('5. a short subject on the case page shows on Mijn werk; too long is refused and kept', async (t) => {
    const { page } = confidant;
    await open(page, `/admin/cases/${state.reference}`);
    const long = 'Huishoudelijke hulp '.repeat(7);
    await page.fill('#case_subject', long);
    const refused = await submit(page, page.getByRole('button', { name: 'Vraagverheldering opslaan', exact: true }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#case_subject').inputValue(), long, 'what was typed is kept');
    assert.match(await page.locator('.error-summary').innerText(), /120/);
    await screenshot(page, 'work-subject-refused');
    await page.fill('#case_subject', 'Huishoudelijke hulp moeder');
    await submit(page, page.getByRole('button', { name: 'Vraagverheldering opslaan', exact: true }));
    await open(page, '/admin/work?sort=citizen');
    const line = lineIn(page, 'contact');
    assert.match(await line.innerText(), /Huishoudelijke hulp moeder/);
    assert.equal((await page.locator('main p.sort strong[aria-current]').innerText()).trim(), 'op naam');
    await inspect(t, page, 'work-subject');
  });

  step('6. on a phone (390 px) the lines stay readable', async (t) => {
    const phone = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await open(page, '/login');
    await page.fill('#email', CONFIDANT.email);
    await page.fill('#password', CONFIDANT.password);
    await submit(page, page.locator('main form button[type="submit"]'));
    assert.equal(pathOf(page), '/admin/work');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
    await inspect(t, page, 'work-phone');
    // The first screen as the phone shows it (the full page is in work-phone).
    await page.screenshot({ path: 'tests/e2e/output/work-phone-first-screen.png' });
    await phone.close();
  });

  step('7. the contact task is on the case page and a contact moment closes it', async (t) => {
    const { page } = confidant;
    await open(page, `/admin/cases/${state.reference}/taken`);
    const task = page.locator('main ul.tasks li', { hasText: 'Contact opnemen met inwoner' });
    assert.equal(await task.count(), 1, 'the contact task is one of the case\'s tasks');
    assert.ok((await task.innerText()).includes(dutchDay(threeWorkingDays())), await task.innerText());
    await open(page, `/admin/cases/${state.reference}/tijdlijn`);
    await page.selectOption('#contact-channel', 'phone');
    await page.fill('#minutes', '10');
    await submit(page, page.getByRole('button', { name: 'Contactmoment opslaan', exact: true }));
    await open(page, '/admin/work');
    assert.equal(await lineIn(page, 'contact').count(), 0, 'the promised contact is made');
    await open(page, `/admin/cases/${state.reference}/taken`);
    const done = page.locator('main ul.tasks li', { hasText: 'Contact opnemen met inwoner' });
    assert.equal(await done.count(), 1, 'the task is still listed');
    assert.equal(await done.locator('s').count(), 1, 'the task is done (struck through)');
    assert.equal(await done.locator('button').count(), 0, 'no "Klaar" button on a done task');
    await inspect(t, page, 'work-contact-done');
  });
});
