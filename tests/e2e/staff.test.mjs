// Staff administration without surprises and a log people can read, in a real
// browser on the demo data: the coordinator disables a confidant, is told first
// what will happen and how many open kwesties they hold, and hands those to a
// colleague; a confidant changes their password (a wrong current password is
// refused with a clear error); the coordinator reads the log filtered on one of
// the kwesties handed over, in words and names. Pages are screenshotted at
// 1366×768 to tests/e2e/output/ and checked with axe (WCAG 2.2 AA).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';

const COORDINATOR = { email: 'coordinator@demo.example', password: 'naast-demo-2026' };
const CONFIDANT = { email: 'confidant@demo.example', password: 'naast-demo-2026' };
const NEW_PASSWORD = 'een nieuwe zin van vijf woorden';

let server;
let browser;
let page;
let handedOver = [];

function pathOf() {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

async function signIn(who) {
  await page.goto(new URL('/login', server.url).href);
  await page.fill('#email', who.email);
  await page.fill('#password', who.password);
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await page.locator('main form button[type="submit"]').click();
  await nav;
}

async function signOut() {
  await page.context().clearCookies();
}

async function submit(name) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await page.locator('main').getByRole('button', { name, exact: true }).click();
  return nav;
}

describe('Naast staff administration and audit log in a browser (demo data)', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 20 });
    browser = await launchBrowser();
    const context = await browser.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1366, height: 768 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('0. the coordinator starts on an overview of what waits, each a link to its screen', async (t) => {
    await signIn(COORDINATOR);
    assert.equal(pathOf(), '/admin');
    const waiting = await page.locator('section[aria-labelledby="h-waiting"]').innerText();
    assert.match(waiting, /Wat op u wacht/);
    assert.match(waiting, /wettelijke termijn|Geen wettelijke termijnen/);
    const tom = page.locator('table.per-owner tbody tr', { hasText: 'Tom Tweede' });
    const held = Number((await tom.locator('td.open').innerText()).replace(/\./g, ''));
    assert.ok(held > 0, 'Tom holds open kwesties in the demo');
    const links = await page.locator('main section a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length >= 3, `links to the screens: ${links}`);
    for (const href of links) {
      const res = await page.request.get(new URL(href, server.url).href);
      assert.equal(res.status(), 200, href);
    }
    await inspect(t, page, 'coordinator-overview');
    // Tom's number leads to his open kwesties.
    const nav = page.waitForNavigation({ waitUntil: 'load' });
    await tom.getByRole('link').click();
    await nav;
    assert.match(pathOf(), /^\/admin\/cases\?status=open&owner=\d+$/);
    assert.match(await page.locator('main').innerText(), /Tom Tweede/);
  });

  test('1. the coordinator disables Tom and hands his open kwesties to Vera', async (t) => {
    await signOut();
    await signIn(COORDINATOR);
    await page.goto(new URL('/admin/users', server.url).href);
    await inspect(t, page, 'staff-users');
    const row = page.locator('main tbody tr', { hasText: 'Tom Tweede' });
    const nav = page.waitForNavigation({ waitUntil: 'load' });
    await row.getByRole('link', { name: /Uitschakelen/ }).click();
    await nav;
    assert.match(pathOf(), /^\/admin\/users\/\d+\/disable$/);
    const main = await page.locator('main').innerText();
    assert.match(main, /kan niet meer inloggen/, 'says what will happen');
    const held = /Deze persoon heeft\s+(\d+) open kwestie/.exec(main);
    assert.ok(held, `the number of open kwesties is shown: ${main}`);
    // Each open kwestie is a link in the list (and again in the choice per kwestie).
    handedOver = [...new Set(main.match(/NST-[0-9A-Z]{4}-[0-9A-Z]{4}/g) ?? [])];
    assert.equal(handedOver.length, Number(held[1]), 'every open kwestie is named');
    assert.ok(handedOver.length > 0, 'Tom holds open kwesties in the demo');
    const options = await page.locator('#handover option').allInnerTexts();
    assert.ok(options.some((o) => o.startsWith('Niemand')), 'leaving them unassigned is offered');
    assert.ok(options.some((o) => o.includes('Vera Vertrouwens')), `Vera may take them: ${options}`);
    assert.ok(!options.some((o) => o.includes('Tom Tweede')), 'not Tom himself');
    assert.ok(options.some((o) => o.startsWith('Per kwestie')), 'a colleague per kwestie is offered');
    assert.ok(options.some((o) => o.startsWith('Verdelen')), 'spreading is offered');
    await inspect(t, page, 'staff-disable-confirm');
    await page.selectOption('#handover', { label: options.find((o) => o.includes('Vera Vertrouwens')) });
    await submit('Uitschakelen');
    assert.match(pathOf(), /^\/admin\/users\?/);
    // The list says who left and how many kwesties went to whom.
    const notice = await page.locator('.notice[role="status"]').innerText();
    const word = handedOver.length === 1 ? 'kwestie' : 'kwesties';
    assert.match(notice, /^Tom Tweede is uitgeschakeld\./, notice);
    assert.ok(
      notice.includes(`${handedOver.length} ${word} overgedragen aan Vera Vertrouwens`),
      `the notice counts the kwesties handed over: ${notice}`,
    );
    await inspect(t, page, 'staff-disabled');
    const tom = await page.locator('main tbody tr', { hasText: 'Tom Tweede' }).innerText();
    assert.match(tom, /Uitgeschakeld/);
    await page.goto(new URL(`/admin/cases/${handedOver[0]}`, server.url).href);
    const casePage = await page.locator('main').innerText();
    assert.match(casePage, /Overgedragen aan collega/);
    assert.match(casePage, /Vera Vertrouwens/);
  });

  test('2. a confidant changes their password', async (t) => {
    await signOut();
    await signIn(CONFIDANT);
    await page.goto(new URL('/admin/account', server.url).href);
    await inspect(t, page, 'staff-account');
    await page.fill('#current_password', 'niet mijn wachtwoord');
    await page.fill('#password', NEW_PASSWORD);
    await page.fill('#password2', NEW_PASSWORD);
    let res = await submit('Wachtwoord wijzigen');
    assert.equal(res?.status(), 422);
    assert.match(await page.locator('main').innerText(), /Uw huidige wachtwoord klopt niet/);
    await inspect(t, page, 'staff-account-wrong-password');
    await page.fill('#current_password', CONFIDANT.password);
    await page.fill('#password', NEW_PASSWORD);
    await page.fill('#password2', NEW_PASSWORD);
    res = await submit('Wachtwoord wijzigen');
    assert.equal(res?.status(), 200);
    assert.equal(pathOf(), '/admin/account?changed=1');
    assert.match(await page.locator('main').innerText(), /Uw wachtwoord is gewijzigd/);
    await signOut();
    await signIn({ email: CONFIDANT.email, password: NEW_PASSWORD });
    assert.doesNotMatch(pathOf(), /^\/login/, 'the new password signs in');
  });

  test('3. the log, filtered on a kwestie handed over, reads in words and names', async (t) => {
    assert.ok(handedOver.length > 0, 'a kwestie was handed over');
    await signOut();
    await signIn(COORDINATOR);
    await page.goto(new URL('/admin/audit', server.url).href);
    await inspect(t, page, 'staff-audit');
    const all = await page.locator('main').innerText();
    assert.doesNotMatch(all, /\bcase\.\w+|\buser \d+|\bcase \d+/, 'no codes or numbers for people');
    await page.fill('#f-kwestie', handedOver[0]);
    await submit('Filteren');
    assert.match(pathOf(), new RegExp(`kwestie=${handedOver[0]}`), 'the filter is in the URL');
    const rows = await page.locator('main tbody tr').allInnerTexts();
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.includes(handedOver[0])), 'only this kwestie');
    const handover = rows.find((r) => r.includes('Kwestie overgedragen aan collega'));
    assert.ok(handover, `the handover is in the log: ${rows.join('\n')}`);
    assert.match(handover, /Coördinator Demo/);
    await inspect(t, page, 'staff-audit-kwestie');
    await page.fill('#f-kwestie', 'NST-0000-ZZZZ');
    const res = await submit('Filteren');
    assert.equal(res?.status(), 422);
    assert.match(await page.locator('main').innerText(), /Er is geen kwestie met kenmerk NST-0000-ZZZZ/);
    assert.equal(await page.inputValue('#f-kwestie'), 'NST-0000-ZZZZ', 'what was typed stays');
    await inspect(t, page, 'staff-audit-unknown');
  });
});
