// The citizen's status page on a 390 px phone (demo data): one form sends a message and a chosen
// photo with one button, and both arrive — the page says so and the confidant sees both on the
// kwestie (a plain multipart form: no script needed). A form sent empty names what to fill in and sends nothing. axe on each page;
// screenshots in tests/e2e/output/.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';
import { flow } from './support/flow.mjs';

const PHONE = { width: 390, height: 844 };
// The smallest file the type check takes for a JPEG photo (its first bytes).
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const MESSAGE = 'Hier is de foto van de brief die ik kreeg.';

let server;
let browser;
let current = {};
const state = {};
const { step } = flow(() => ({ server, ...current }));

async function go(page, path, status = 200) {
  const res = await page.goto(new URL(path, server.url).href);
  assert.equal(res?.status(), status, `GET ${path} answered ${res?.status()}`);
}

async function submit(page, locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  return nav;
}

describe('The status page sends a message and a photo together (demo data)', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 5, timeoutMs: 240_000 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. on a phone: type a message, choose a photo, one button sends both', async (t) => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    current = { context, page };
    await go(page, '/maasdal/melden');
    await page.fill('#story', 'Mijn bijstand is stopgezet zonder brief.');
    await submit(page, page.getByRole('button', { name: 'Verstuur' }));
    assert.match(new URL(page.url()).pathname, /^\/status\//);
    state.link = new URL(page.url()).pathname;
    state.reference = (await page.locator('#fresh-reference').innerText()).trim();

    // One form: the message, the file and a single button.
    const forms = page.locator('form', { has: page.locator('#message') });
    assert.equal(await forms.count(), 1);
    assert.equal(await forms.locator('#file').count(), 1, 'the file is in the message form');
    assert.equal(await forms.locator('button[type="submit"]').count(), 1, 'one button');

    // Sent empty: the page names what to fill in, nothing is sent.
    const empty = await submit(page, page.getByRole('button', { name: 'Versturen', exact: true }));
    assert.equal(empty.status(), 422);
    assert.match(await page.locator('.error-summary').innerText(), /Typ een bericht of kies een document/);
    await inspect(t, page, 'status-send-empty-390');

    await page.fill('#message', MESSAGE);
    await page.setInputFiles('#file', { name: 'brief-gemeente.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await inspect(t, page, 'status-send-filled-390');
    await submit(page, page.getByRole('button', { name: 'Versturen', exact: true }));
    assert.match(await page.locator('[role=status], .notice').first().innerText(), /Uw bericht en uw document zijn verstuurd/);
    const messages = await page.locator('ol.messages').innerText();
    assert.ok(messages.includes(MESSAGE), `the message is on the page: ${messages}`);
    assert.ok((await page.locator('main').innerText()).includes('brief-gemeente.jpg'), 'the photo is on the page');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the status page scrolls sideways at 390 px by ${overflow} px`);
    await inspect(t, page, 'status-send-both-390');
    await context.close();
  });

  step('2. the confidant sees the message and the photo on the kwestie', async (t) => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    current = { context, page };
    await go(page, '/login');
    await page.fill('#email', 'confidant@demo.example');
    await page.fill('#password', 'naast-demo-2026');
    await submit(page, page.locator('main form button[type="submit"]'));
    await go(page, `/admin/cases/${state.reference}/tijdlijn`);
    assert.ok((await page.locator('main').innerText()).includes(MESSAGE), 'the message is on the timeline');
    await go(page, `/admin/cases/${state.reference}/brieven`);
    const files = await page.locator('main section[aria-labelledby="h-attachments"]').innerText();
    assert.ok(files.includes('brief-gemeente.jpg'), `the photo is among the attachments: ${files}`);
    await inspect(t, page, 'status-send-confidant');
    await context.close();
  });
});
