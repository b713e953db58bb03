// The first-run flow in a real browser: set up the coordinator, enrol TOTP,
// create a municipality, invite a confidant, sign out and in again. Every page
// is screenshotted to tests/e2e/output/ and checked with axe (WCAG 2.2 AA).
//
// Steps share one browser page and one server and run in order; when a step
// fails functionally, the steps after it are skipped (they would only repeat
// the failure). An axe violation fails its step but does not stop the flow.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startNaast } from './support/server.mjs';
import { inspect, launchBrowser, newDutchContext, screenshot } from './support/browser.mjs';
import { stepAt, totpForStep, STEP_SECONDS } from './support/totp.mjs';

const COORDINATOR = {
  email: 'anne.coordinator@naast.example',
  name: 'Anne de Vries',
  password: 'lange-wachtzin-2026!',
};
const CONFIDANT_EMAIL = 'vera@maasdal.example';

let server;
let browser;
let context;
let page;
let failedStep = null;

/** Shared across steps. */
const state = { secret: null, lastStep: null, lastCode: null };

/** A test that is skipped once an earlier step has failed. */
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
      const lines = (server?.log() ?? '').trimEnd().split('\n').slice(-30);
      t.diagnostic('server output (last lines):');
      for (const line of lines) t.diagnostic(`  ${line}`);
      throw err;
    }
  });
}

function pathOf(p = page) {
  const u = new URL(p.url());
  return u.pathname + u.search;
}

/** GET a path on the server; fails on anything but 200. */
async function open(path, p = page) {
  const res = await p.goto(new URL(path, server.url).href);
  assert.ok(res, `no response for ${path}`);
  assert.equal(res.status(), 200, `GET ${path} answered ${res.status()}`);
  return res;
}

/** Clicks a submit button and waits for the page that follows (after redirects). */
async function submit(button, p = page) {
  const nav = p.waitForNavigation({ waitUntil: 'load' });
  await button.click();
  const res = await nav;
  assert.ok(res, 'the form submission led to no navigation');
  assert.ok(res.status() < 500, `form submission answered ${res.status()} at ${pathOf(p)}`);
  return res;
}

/** The submit button of the page's main form (not the sign-out form in the header). */
function mainSubmit(p = page) {
  return p.locator('main form button[type="submit"]');
}

async function waitForStepAfter(lastStep) {
  const deadline = Date.now() + (STEP_SECONDS + 2) * 1000;
  while (stepAt() <= lastStep) {
    assert.ok(Date.now() < deadline, 'clock did not reach the next TOTP step');
    const nextBoundary = (lastStep + 1) * STEP_SECONDS * 1000;
    await sleep(Math.max(50, Math.min(1000, nextBoundary - Date.now() + 50)));
  }
}

describe('Naast first run in a browser', { timeout: 150_000 }, () => {
  before(async () => {
    server = await startNaast();
    browser = await launchBrowser();
    context = await newDutchContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. the set-up link creates the coordinator and leads to TOTP enrolment', async (t) => {
    assert.match(server.setupLink, new RegExp(`^${server.url}/setup/[A-Za-z0-9_-]+$`));
    await open(server.setupLink);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    for (const id of ['email', 'display_name', 'password', 'password2']) {
      await assert.doesNotReject(page.locator(`#${id}`).waitFor(), `field #${id} on the set-up page`);
    }
    await inspect(t, page, 'setup');

    await page.fill('#email', COORDINATOR.email);
    await page.fill('#display_name', COORDINATOR.name);
    await page.fill('#password', COORDINATOR.password);
    await page.fill('#password2', COORDINATOR.password);
    await submit(mainSubmit());

    assert.equal(pathOf(), '/account/totp');
    assert.equal(await page.locator('main svg').count(), 1, 'one inline SVG QR code');
    await page.locator('#code').waitFor();
    state.secret = (await page.locator('code.secret').innerText()).trim();
    assert.match(state.secret, /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/, 'base32 secret shown for manual entry, in groups of four');
    await inspect(t, page, 'totp-enrolment');
  });

  step('2. a correct TOTP code completes enrolment and shows 10 recovery codes', async (t) => {
    const s = stepAt();
    const code = totpForStep(state.secret, s);
    await page.fill('#code', code);
    await submit(mainSubmit());
    state.lastStep = s;
    state.lastCode = code;

    const codes = await page.locator('ul.codes li code').allInnerTexts();
    assert.equal(codes.length, 10, `10 recovery codes, got ${codes.length} at ${pathOf()}`);
    assert.equal(new Set(codes).size, 10, 'recovery codes are distinct');
    for (const c of codes) assert.ok(c.trim().length >= 8, `recovery code ${JSON.stringify(c)} looks too short`);
    await inspect(t, page, 'recovery-codes');

    await submit(page.locator('main a[href="/admin"]'));
    assert.equal(pathOf(), '/admin');
    await assert.doesNotReject(
      page.getByRole('button', { name: 'Uitloggen' }).waitFor(),
      'signed in: the header offers "Uitloggen"',
    );
    await inspect(t, page, 'admin-dashboard');

    // The set-up link was one-time: in a fresh browser it no longer offers the form.
    const other = await newDutchContext(browser);
    try {
      const p2 = await other.newPage();
      const res = await p2.goto(server.setupLink);
      assert.ok(res.status() >= 400 && res.status() < 500, `spent set-up link answered ${res.status()}`);
      assert.equal(await p2.locator('#password').count(), 0, 'spent set-up link shows no password form');
      await screenshot(p2, 'setup-link-spent');
    } finally {
      await other.close();
    }
  });

  step('3. the coordinator creates the municipality Maasdal', async (t) => {
    await open('/admin/tenants/new');
    await inspect(t, page, 'tenant-new');
    await page.fill('#name', 'Maasdal');
    await page.fill('#slug', 'maasdal');
    await submit(mainSubmit());

    assert.equal(pathOf(), '/admin/tenants/maasdal?saved=1');
    const notice = page.locator('main .notice');
    assert.equal((await notice.innerText()).trim(), 'Opgeslagen.');
    await inspect(t, page, 'tenant-saved');

    await open('/admin/tenants');
    assert.ok(
      (await page.locator('main').innerText()).includes('Maasdal'),
      'Maasdal is listed on /admin/tenants',
    );
    await inspect(t, page, 'tenants-list');
  });

  step('3b. bad municipality input is explained and what was typed is kept', async (t) => {
    await open('/admin/tenants/new');
    await page.fill('#name', '');
    await page.fill('#slug', 'API');
    await page.fill('#contact_phone', '0123 456 789');
    let res = await submit(mainSubmit());
    assert.equal(res.status(), 422, 'invalid input answers 422');

    const summary = page.locator('main .error-summary');
    await summary.waitFor();
    assert.equal(await summary.locator('a[href="#name"]').count(), 1, 'summary links to the name field');
    assert.equal(await summary.locator('a[href="#slug"]').count(), 1, 'summary links to the slug field');
    assert.equal(await page.inputValue('#slug'), 'API', 'the slug typed is kept');
    assert.equal(await page.inputValue('#contact_phone'), '0123 456 789', 'other fields typed are kept');
    await inspect(t, page, 'tenant-new-errors');

    // With a name but still a bad slug, the name typed stays in its field.
    await page.fill('#name', 'Rivierenland');
    res = await submit(mainSubmit());
    assert.equal(res.status(), 422);
    await page.locator('main .error-summary').waitFor();
    assert.equal(await page.inputValue('#name'), 'Rivierenland', 'the name typed is kept');
    assert.equal(await page.locator('main .error-summary a[href="#name"]').count(), 0, 'no error for a good name');
    assert.equal(await page.locator('main .error-summary a[href="#slug"]').count(), 1, 'still an error for the slug');
    await inspect(t, page, 'tenant-new-slug-error');
  });

  step('4. the coordinator invites a confidant for Maasdal and sees the one-time link', async (t) => {
    await open('/admin/users/new');
    await inspect(t, page, 'user-invite');
    await page.fill('#email', CONFIDANT_EMAIL);
    await page.fill('#display_name', 'Vera Jansen');
    await page.check('#role-confidant');
    await page.check('#tenant-maasdal');
    await submit(mainSubmit());

    const link = (await page.locator('#setup-link').innerText()).trim();
    assert.ok(link.startsWith(`${server.url}/setup/`), `set-up link ${link} starts with ${server.url}/setup/`);
    await inspect(t, page, 'user-invited-link');

    await open('/admin/users');
    assert.ok((await page.locator('main').innerText()).includes(CONFIDANT_EMAIL), 'Vera is listed on /admin/users');
    await inspect(t, page, 'users-list');

    // The link works for Vera: in her own browser it asks her to choose a password.
    const hers = await newDutchContext(browser);
    try {
      const p2 = await hers.newPage();
      const res = await p2.goto(link);
      assert.equal(res.status(), 200, `the invitation link answered ${res.status()}`);
      assert.ok((await p2.locator('main').innerText()).includes(CONFIDANT_EMAIL), 'the invitation names Vera');
      assert.equal(await p2.locator('#password').count(), 1);
      await screenshot(p2, 'invitation-opened');
    } finally {
      await hers.close();
    }
  });

  step('5. sign out, sign in again; a replayed TOTP code is refused, a fresh one accepted', async (t) => {
    await submit(page.locator('header form[action="/logout"] button', { hasText: 'Uitloggen' }));
    await page.goto(new URL('/admin', server.url).href);
    assert.ok(pathOf().startsWith('/login'), `after signing out /admin leads to the sign-in page, got ${pathOf()}`);

    await open('/login');
    await inspect(t, page, 'login');
    await page.fill('#email', COORDINATOR.email);
    await page.fill('#password', COORDINATOR.password);
    await submit(mainSubmit());
    assert.equal(pathOf(), '/login/totp');
    await inspect(t, page, 'login-totp');

    // The code used at enrolment is still inside the ±1 step window the
    // server accepts, so only replay protection can refuse it.
    if (stepAt() > state.lastStep + 1) {
      t.diagnostic('the enrolment code has left the clock-skew window; refusal below is not proof of replay protection');
    }
    await page.fill('#code', state.lastCode);
    const res = await submit(mainSubmit());
    assert.equal(res.status(), 422, 'replayed code answers 422');
    assert.equal(pathOf(), '/login/totp', 'still on the second-factor page');
    const error = (await page.locator('#code-error').innerText()).trim();
    assert.match(error, /al gebruikt/, `the refusal says the code was already used: ${error}`);
    await page.locator('main .error-summary').waitFor();
    await inspect(t, page, 'login-totp-replay');

    // A person waits for the app to show the next code.
    await waitForStepAfter(state.lastStep);
    const s = stepAt();
    const code = totpForStep(state.secret, s);
    await page.fill('#code', code);
    await submit(mainSubmit());
    assert.equal(pathOf(), '/admin', `a fresh code signs in; got ${pathOf()}`);
    state.lastStep = s;
    state.lastCode = code;
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await screenshot(page, 'admin-after-sign-in');
  });
});
