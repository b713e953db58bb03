// A way back for phone and walk-in intakes, in a real browser on the demo data: the confidant
// e-mails the status link from the case (a wrong address is refused and kept), downloads the A6
// slip with the QR code, and keeps a procedure's acknowledgement of receipt; axe on each state.
// Screenshots and the slip go to tests/e2e/output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { isoDay, startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';
import { OUTPUT_DIR } from './support/paths.mjs';

const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };

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

async function open(page, p) {
  const res = await page.goto(new URL(p, server.url).href);
  assert.equal(res?.status(), 200, `GET ${p} answered ${res?.status()}`);
  return res;
}

async function submit(page, locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  const res = await nav;
  assert.ok(res && res.status() < 500, `answered ${res?.status()}`);
  return res;
}

async function confidant() {
  const ctx = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
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

describe('A way back for phone intakes (demo data)', { timeout: 240_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 5 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. a phone intake: the status link e-mailed from the case; a wrong address is refused and kept', async (t) => {
    const { ctx, page } = await confidant();
    await open(page, '/admin/cases/new');
    await page.check('#tenant-maasdal');
    await page.check('#channel-phone');
    await page.fill('#story', 'Mijn begeleiding is gestopt en niemand belt terug.');
    await page.fill('#name', 'Jan Jansen');
    await page.fill('#phone', '06 12345678');
    await submit(page, page.locator('main').getByRole('button', { name: 'Kwestie registreren', exact: true }));
    state.casePath = new URL(page.url()).pathname;
    const section = page.locator('#status-link');
    assert.match(await section.innerText(), /nog geen statuslink/);
    await inspect(t, page, 'way-back-overview');

    // The browser tests run without a mail server: the page says so before anyone promises an e-mail.
    assert.match(await section.locator('#mail-off').innerText(), /geen mailserver ingesteld/);
    await page.fill('#link-email', 'jan@');
    const refused = await submit(page, section.getByRole('button', { name: 'Link in de wachtrij zetten', exact: true }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#link-email').inputValue(), 'jan@', 'kept as typed');
    assert.equal(await page.locator('#status-link .field-error').count(), 1, 'the error at the field');
    await inspect(t, page, 'way-back-email-refused');

    await page.fill('#link-email', 'jan@example.org');
    await submit(page, page.locator('#status-link').getByRole('button', { name: 'Link in de wachtrij zetten', exact: true }));
    assert.ok(new URL(page.url()).searchParams.get('saved') === 'status-link', 'saved, pointing at the section');
    assert.match(await page.locator('#status-link').innerText(), /dezelfde link als eerder/);
    assert.match(await page.locator('main ol.timeline').innerText(), /Statuslink gemaild/);
    await inspect(t, page, 'way-back-emailed');
    await ctx.close();
  });

  step('2. the slip downloads as an A6 PDF holding the reference', async () => {
    const { ctx, page } = await confidant();
    await open(page, state.casePath);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#status-link').getByRole('button', { name: 'Briefje met link downloaden', exact: true }).click(),
    ]);
    const reference = state.casePath.split('/').pop();
    assert.equal(download.suggestedFilename(), `statuslink-${reference}.pdf`);
    const file = path.join(OUTPUT_DIR, 'way-back-slip.pdf');
    await download.saveAs(file);
    const pdf = readFileSync(file).toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'));
    assert.match(pdf, /\/MediaBox\s*\[\s*0 0 297\.6\d* 419\.5\d*\s*\]/, 'A6');
    assert.ok(pdf.includes(reference), 'the reference is in the slip');
    await ctx.close();
  });

  step('3. an objection keeps its acknowledgement of receipt; axe on the procedures part', async (t) => {
    const { ctx, page } = await confidant();
    await open(page, `${state.casePath}/procedures`);
    await page.locator('#h-procedures ~ details > summary').first().click();
    await page.check('#kind-objection');
    await page.fill('#filed_on', isoDay(-3));
    await submit(page, page.getByRole('button', { name: 'Vastleggen', exact: true }));
    const form = page.locator('article.procedure').first();
    await form.locator('details > summary', { hasText: 'Ontvangstbevestiging vastleggen' }).click();
    await inspect(t, page, 'way-back-receipt-form');
    await form.locator('input[name="received_on"]').fill(isoDay(-1));
    await form.locator('input[type="file"]').setInputFiles({
      name: 'ontvangstbevestiging.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await submit(page, form.getByRole('button', { name: /^Ontvangstbevestiging opslaan/ }));
    assert.equal(new URL(page.url()).pathname, `${state.casePath}/procedures`);
    const receipt = page.locator('article.procedure .receipt').first();
    assert.match(await receipt.innerText(), /ontvangen op/);
    assert.match(await receipt.innerText(), /ontvangstbevestiging\.pdf/);
    await inspect(t, page, 'way-back-receipt-saved');
    await ctx.close();
  });
});
