// What the operator and the administrator see of operations (issue 24): an error page quotes
// the request id to give the administrator, and a background job that fails (here the daily
// backup, pointed at a directory that cannot be made) shows on the jobs page in words. Both
// pages are screenshotted to tests/e2e/output/ and checked with axe (WCAG 2.2 AA).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startNaast } from './support/server.mjs';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, newDutchContext } from './support/browser.mjs';

test('an error page shows the request id that the answer carries', async (t) => {
  const server = await startNaast();
  const browser = await launchBrowser();
  try {
    const page = await (await newDutchContext(browser)).newPage();
    const res = await page.goto(new URL('/bestaat/niet', server.url).href);
    assert.equal(res.status(), 404);
    const id = res.headers()['x-request-id'];
    assert.match(id, /^[0-9a-f]{24}$/);
    assert.equal(await page.locator('main .request-id code').innerText(), id);
    assert.ok((await page.locator('main').innerText()).includes('Noem dan deze code'));
    await inspect(t, page, 'error-request-id');
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('a failed background job shows on the jobs page in words', async (t) => {
  // The demo inherits the environment: a backup directory under a file cannot be made.
  process.env.NAAST_BACKUP_DIR = '/dev/null/naast-backups';
  let server;
  try {
    server = await startDemo({ cases: 10 });
  } finally {
    delete process.env.NAAST_BACKUP_DIR;
  }
  const browser = await launchBrowser();
  try {
    const page = await (await newDutchContext(browser)).newPage();
    await page.goto(new URL('/login', server.url).href);
    await page.fill('#email', 'coordinator@demo.example');
    await page.fill('#password', 'naast-demo-2026');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.locator('main form button[type="submit"]').click(),
    ]);
    let text = '';
    for (let i = 0; i < 40 && !text.includes('De reservekopie mislukte'); i += 1) {
      await page.goto(new URL('/admin/jobs', server.url).href);
      text = await page.locator('main').innerText();
      if (!text.includes('De reservekopie mislukte')) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(text.includes('Reservekopie maken'), 'the job kind in words');
    assert.ok(text.includes('De reservekopie mislukte'), `the failure in words: ${text}`);
    await inspect(t, page, 'jobs-backup-failed');
  } finally {
    await browser.close();
    await server.stop();
  }
});
