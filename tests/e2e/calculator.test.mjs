// The citizens' calculator "Tot wanneer kan ik bezwaar maken?": without JavaScript, axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startNaast } from './support/server.mjs';
import { inspect, launchBrowser, newDutchContext } from './support/browser.mjs';

test('the objection-term calculator answers a citizen', async (t) => {
  const server = await startNaast();
  const browser = await launchBrowser();
  try {
    const context = await newDutchContext(browser);
    const page = await context.newPage();
    await page.goto(new URL('/termijn', server.url).href);
    await inspect(t, page, 'calculator');
    await page.fill('#verzonden', '2026-03-16');
    await Promise.all([page.waitForURL(/verzonden=2026-03-16/), page.click('button[type=submit]')]);
    const result = await page.locator('#h-result').innerText();
    assert.ok(result.includes('dinsdag 28 april 2026'), `the last day, after Koningsdag: ${result}`);
    await inspect(t, page, 'calculator-answer');
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('the language switcher is a button that posts, and a GET link only offers it', async () => {
  const server = await startNaast();
  const browser = await launchBrowser();
  try {
    const context = await newDutchContext(browser);
    const page = await context.newPage();
    await page.goto(new URL('/termijn', server.url).href);
    await Promise.all([
      page.waitForURL(/\/termijn$/),
      page.locator('form.lang').getByRole('button', { name: 'English' }).click(),
    ]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'English after the click');
    // An old link to /lang changes nothing until its one button is pressed; a foreign back goes home.
    await page.goto(new URL('/lang?to=nl&back=%2F%5Cevil.example', server.url).href);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'a GET changes nothing');
    await Promise.all([
      page.waitForURL((u) => u.host === new URL(server.url).host && u.pathname === '/'),
      page.locator('main').getByRole('button', { name: 'Schakel over naar Nederlands' }).click(),
    ]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'Dutch after the button');
  } finally {
    await browser.close();
    await server.stop();
  }
});
