// The steps every browser walk-through shares: numbered steps that skip once one failed (with
// the server's last log lines), opening a path, submitting a form and waiting for the next
// page, and signing in as a demo account.
import { test } from 'node:test';
import assert from 'node:assert/strict';

export const DEMO_PASSWORD = 'naast-demo-2026';

/** `get()` returns `{ server, page, context }` once `before` has run. */
export function flow(get) {
  let failedStep = null;

  const pathOf = () => new URL(get().page.url()).pathname;

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
        for (const line of (get().server?.log() ?? '').trimEnd().split('\n').slice(-30)) t.diagnostic(`  ${line}`);
        throw err;
      }
    });
  }

  async function open(path, status = 200) {
    const { page, server } = get();
    const res = await page.goto(new URL(path, server.url).href);
    assert.equal(res?.status(), status, `GET ${path} answered ${res?.status()}`);
    return res;
  }

  async function submit(button) {
    const { page } = get();
    const nav = page.waitForNavigation({ waitUntil: 'load' });
    await button.click();
    const res = await nav;
    assert.ok(res && res.status() < 500, `form submission answered ${res?.status()} at ${pathOf()}`);
    return res;
  }

  async function signIn(email, password = DEMO_PASSWORD) {
    const { page, context } = get();
    await context.clearCookies();
    await open('/login');
    await page.fill('#email', email);
    await page.fill('#password', password);
    await submit(page.locator('main form button[type="submit"]'));
  }

  return { step, open, submit, signIn, pathOf };
}
