// The agenda in a real browser, on the demo data (issue 28): the confidant opens "Mijn agenda"
// from the menu and sees the week's appointments with their hours; plans a mediation with a
// time, a length, a place and who comes on a kwestie (a wrong time is refused, what was typed
// kept) and finds it in the agenda; answers "Hoe ging het?" for yesterday's walk-in conversation,
// which becomes a contact moment; makes the private calendar feed and reads it (kind and
// reference only). Every page is screenshotted (desktop and 390 px) and checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDay, startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';

const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };

let server;
let browser;
let failedStep = null;
const state = {};

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

describe('Mijn agenda in a browser (demo data)', { timeout: 240_000 }, () => {
  let ctx;
  let page;

  before(async () => {
    server = await startDemo();
    browser = await launchBrowser();
  });

  after(async () => {
    await ctx?.close();
    await browser?.close();
    await server?.stop();
  });

  step('1. the confidant opens Mijn agenda from the menu: the week, with hours', async (t) => {
    ctx = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 768 } });
    page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await open(page, '/login');
    await page.fill('#email', CONFIDANT.email);
    await page.fill('#password', CONFIDANT.password);
    await submit(page, page.locator('main form button[type="submit"]'));
    const ask = page.locator('main section.ask-how-work');
    assert.equal(await ask.count(), 1, 'Mijn werk asks how yesterday\'s appointment went');
    assert.match(await ask.innerText(), /Gesprek op het spreekuur/);
    await inspect(t, page, 'agenda-work-ask');
    await submit(page, page.locator('header nav a', { hasText: 'Mijn agenda' }));
    assert.equal((await page.locator('main h1').innerText()).trim(), 'Mijn agenda');
    const items = page.locator('main .agenda-list > li');
    assert.ok((await items.count()) >= 1, 'the demo week has appointments');
    const text = await page.locator('main').innerText();
    assert.match(text, /\d\d:\d\d–\d\d:\d\d/, 'appointments show their hours');
    await inspect(t, page, 'agenda-week');
  });

  step('2. a wrong time is refused and kept; a mediation is planned and shows in the agenda', async (t) => {
    const first = page.locator('main .agenda-list > li a').first();
    state.reference = (await first.innerText()).trim();
    await open(page, `/admin/cases/${state.reference}/taken`);
    await page.locator('details.plan summary').click();
    await page.check('#planned-mediation');
    const day = isoDay(2);
    await page.fill('#planned_on', day);
    await page.fill('#planned_at', 'half drie');
    await page.fill('#planned_minutes', '75');
    await page.fill('#planned_place', 'Wijkcentrum De Linde, zaal 4');
    await page.fill('#planned_what', 'met de aanbieder');
    await submit(page, page.getByRole('button', { name: 'Afspraak plannen' }));
    assert.match(await page.locator('main').innerText(), /Vul een tijd in zoals 14:30\./);
    assert.equal(await page.inputValue('#planned_place'), 'Wijkcentrum De Linde, zaal 4', 'kept');
    assert.equal(await page.inputValue('#planned_at'), 'half drie', 'kept');
    await inspect(t, page, 'agenda-plan-error');
    await page.fill('#planned_at', '15:15');
    await submit(page, page.getByRole('button', { name: 'Afspraak plannen' }));
    await open(page, `/admin/agenda?day=${day}`);
    const line = page.locator('main .agenda-list > li', { hasText: state.reference }).filter({ hasText: 'Bemiddelingsgesprek' });
    assert.equal(await line.count(), 1, 'the mediation is in the agenda');
    assert.match(await line.innerText(), /15:15–16:30/);
    assert.match(await line.innerText(), /zaal 4/);
    await inspect(t, page, 'agenda-day');
  });

  step('3. "Hoe ging het?" for yesterday\'s walk-in becomes a contact moment', async (t) => {
    await open(page, `/admin/agenda?day=${isoDay(-1)}`);
    const ask = page.locator('main details.ask-how').first();
    assert.equal(await ask.count(), 1, 'yesterday\'s appointment asks how it went');
    await inspect(t, page, 'agenda-ask-how');
    await ask.locator('input[name="held_minutes"]').fill('40');
    await ask.locator('textarea[name="held_note"]').fill('Uitleg gegeven over de procedure.');
    await submit(page, ask.getByRole('button', { name: 'Vastleggen als contactmoment' }));
    await open(page, `/admin/agenda?day=${isoDay(-1)}`);
    assert.equal(await page.locator('main details.ask-how').count(), 0, 'no longer asked');
    assert.match(await page.locator('main').innerText(), /gehouden/);
    await open(page, '/admin/work');
    assert.equal(await page.locator('main section.ask-how-work').count(), 0, 'Mijn werk no longer asks');
  });

  step('4. the calendar feed: made once, read without a session, kind and reference only', async (t) => {
    await open(page, '/admin/agenda?view=week');
    await submit(page, page.getByRole('button', { name: 'Agenda-koppeling maken' }));
    const url = (await page.locator('#feed-url').innerText()).trim();
    assert.match(url, /\/admin\/agenda\/feed\/[A-Za-z0-9_-]{20,}$/);
    await inspect(t, page, 'agenda-feed');
    const path = url.slice(url.indexOf('/admin/agenda/feed/'));
    const res = await fetch(new URL(path, server.url));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/calendar/);
    const ics = await res.text();
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, /TZID=Europe\/Amsterdam/);
    assert.ok(ics.includes(state.reference), 'the reference');
    for (const secret of ['zaal 4', 'met de aanbieder', 'thuis', 'Uitleg gegeven']) {
      assert.ok(!ics.includes(secret), `no "${secret}" in the feed`);
    }
  });

  step('5. the agenda on a phone (390 px)', async (t) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '/admin/agenda?view=week');
    await inspect(t, page, 'agenda-week-390');
  });
});
