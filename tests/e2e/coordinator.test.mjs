// The coordinator's screens after usability round ux1, in a real browser on the
// demo data: the procedures register from the menu, one organisation at a time
// with what is missing marked and the objection route folded away where it does
// not apply; a web address typed as www.… completed with https:// (and junk
// refused, naming the organisation and the field, keeping what was typed); the
// audit log with names, folded reads and "Deze week"; staff without a second
// factor warned about, disabling a quiet button; an invitation that says no
// e-mail goes out; the reports of every municipality at a glance and a period
// chosen from a list. Screenshots at 1366×768 in tests/e2e/output/, axe on each.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser } from './support/browser.mjs';

const COORDINATOR = { email: 'coordinator@demo.example', password: 'naast-demo-2026' };

let server;
let browser;
let page;

function pathOf() {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

async function open(path) {
  await page.goto(new URL(path, server.url).href);
}

async function click(locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  return nav;
}

describe('The coordinator’s screens in a browser (demo data)', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 5, timeoutMs: 300_000 });
    browser = await launchBrowser();
    const context = await browser.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1366, height: 768 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await open('/login');
    await page.fill('#email', COORDINATOR.email);
    await page.fill('#password', COORDINATOR.password);
    await click(page.locator('main form button[type="submit"]'));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('1. the register is in the menu, per municipality, with what is missing marked', async (t) => {
    await open('/admin/tenants');
    await click(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Register', exact: true }));
    assert.equal(pathOf(), '/admin/register');
    await inspect(t, page, 'register-index');
    await click(page.locator('main').getByRole('link', { name: 'Maasdal' }));
    assert.equal(pathOf(), '/admin/tenants/maasdal/register');
    await inspect(t, page, 'register-maasdal');
    const overview = page.locator('#register-overview');
    const rows = await overview.locator('tbody tr').allInnerTexts();
    assert.ok(rows.length >= 5, `every organisation is listed: ${rows.join('\n')}`);
    const ombudsman = rows.find((r) => r.startsWith('Ombudsman'));
    assert.match(ombudsman ?? '', /Niet van toepassing/, 'no objection at the ombudsman');
    assert.ok(rows.some((r) => /Ontbreekt: /.test(r)) || rows.every((r) => /Compleet/.test(r)), 'each row says whether it is complete');
    // One form on the page: the municipality's, with its objection route open.
    assert.equal(await page.locator('main form[method="post"]').count(), 1);
    assert.equal(await page.locator('details.objection-fold').count(), 0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 6000, `one organisation a page, not a 17,000 px form (${height} px)`);
  });

  test('2. a care provider: objection folded away; www.… gets https://, junk is refused by name', async (t) => {
    await click(page.locator('#register-overview').getByRole('link', { name: 'Taxi Maas & Waal' }));
    assert.match(pathOf(), /^\/admin\/tenants\/maasdal\/register\/taxi/);
    const fold = page.locator('details.objection-fold');
    assert.equal(await fold.count(), 1, 'the objection route is behind a disclosure');
    assert.equal(await fold.evaluate((d) => d.open), false);
    assert.equal(await fold.locator('summary').innerText(), 'Bezwaar toevoegen');
    await inspect(t, page, 'register-provider');

    await page.fill('#complaint_web', 'klachten bij de balie');
    let res = await click(page.locator('main form').getByRole('button', { name: /Opslaan/ }));
    assert.equal(res.status(), 422);
    const summary = await page.locator('.error-summary').innerText();
    assert.match(summary, /Taxi Maas & Waal, Klacht indienen, Webadres: Vul een webadres in/);
    assert.equal(await page.inputValue('#complaint_web'), 'klachten bij de balie', 'what was typed stays');
    await inspect(t, page, 'register-web-refused');
    const href = await page.locator('.error-summary a').first().getAttribute('href');
    assert.equal(href, '#complaint_web', 'the summary leads to the field');
    assert.equal(await page.locator(href).count(), 1);

    await page.fill('#complaint_web', 'www.taxi.example/klacht');
    res = await click(page.locator('main form').getByRole('button', { name: /Opslaan/ }));
    assert.equal(res.status(), 200);
    const saved = await page.locator('.notice.saved').innerText();
    assert.match(saved, /^Opgeslagen\. Voor het webadres bij Klacht indienen is https:\/\/ gezet\./);
    assert.equal(await page.inputValue('#complaint_web'), 'https://www.taxi.example/klacht');
    await inspect(t, page, 'register-web-saved');
  });

  test('3. the log names the register entry, folds repeated reads and offers "Deze week"', async (t) => {
    await open('/admin/audit');
    const main = await page.locator('main').innerText();
    assert.match(main, /Maasdal — Taxi Maas & Waal/);
    assert.doesNotMatch(main, /Gemeente \d/);
    await click(page.locator('#period-shortcuts').getByRole('link', { name: 'Deze week' }));
    assert.match(pathOf(), /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    // On a Monday "Deze week" is the same period as "Vandaag", which is then the one marked.
    assert.match(await page.locator('#period-shortcuts a[aria-current]').innerText(), /^(Deze week|Vandaag)$/);
    await inspect(t, page, 'audit-this-week');
    // No two lines in a row for the same read by the same person of the same thing.
    const rows = await page.locator('main tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].slice(2).map((c) => c.innerText).join('|')));
    for (let i = 1; i < rows.length; i += 1) {
      if (/ingezien/.test(rows[i])) assert.notEqual(rows[i], rows[i - 1], `folded: ${rows[i]}`);
    }
  });

  test('4. staff without a second factor are warned about; disabling is not the primary button', async (t) => {
    await open('/admin/users');
    const warning = page.locator('#no-second-factor');
    assert.ok(await warning.isVisible());
    assert.match(await warning.innerText(), /zonder tweede stap bij inloggen[\s\S]*Wat u doet:/);
    const disable = page.locator('main tbody a', { hasText: 'Uitschakelen…' }).first();
    const bg = await disable.evaluate((a) => getComputedStyle(a).backgroundColor);
    assert.equal(bg, 'rgb(255, 255, 255)', 'a quiet button, not the filled primary');
    await inspect(t, page, 'users');
  });

  test('5. an invitation without a mail server says no e-mail goes out', async (t) => {
    await open('/admin/users/new');
    await page.fill('#email', 'sanne@demo.example');
    await page.fill('#display_name', 'Sanne Smit');
    await page.check('#role-confidant');
    await page.check('#tenant-maasdal');
    await click(page.locator('main form').getByRole('button').last());
    const main = await page.locator('main').innerText();
    assert.match(main, /Er gaat geen e-mail uit\./);
    assert.match(main, /Geef deze link zelf door/);
    assert.doesNotMatch(main, /staat ook in de uitgaande e-mail/);
    await inspect(t, page, 'invite-no-mail');
    await open('/admin/outbox');
    const notice = await page.locator('#mail-off p').first().innerText();
    assert.match(notice, /geen mailserver ingesteld/);
    assert.match(notice, /Vraag de beheerder/);
    assert.doesNotMatch(notice, /NAAST_/, 'no variable names in the Dutch message');
    await inspect(t, page, 'outbox');
  });

  test('6. reports: a period chosen from a list, and every municipality at a glance', async (t) => {
    await open('/admin/reports');
    const options = await page.locator('#period-choice option').allInnerTexts();
    assert.ok(options.length >= 2, `closed periods to choose from: ${options.join(', ')}`);
    assert.ok(options.some((o) => /^Jaar \d{4}/.test(o)));
    await inspect(t, page, 'reports-choice');
    await click(page.getByRole('link', { name: 'Stand van alle gemeenten' }));
    assert.equal(pathOf(), '/admin/reports/status');
    await inspect(t, page, 'reports-status');
    const rows = await page.locator('#report-status tbody tr th').allInnerTexts();
    assert.deepEqual(rows.sort(), ['Lindeveld', 'Maasdal']);
    const cells = page.locator('#report-status tbody td');
    const n = await cells.count();
    for (let i = 0; i < n; i += 1) {
      const text = await cells.nth(i).innerText();
      assert.match(text, /concept|ter beoordeling|gepubliceerd|besproken|ontbreekt|loopt nog|—/, `a state in words: ${text}`);
    }
    const missing = page.locator('#report-status a', { hasText: 'ontbreekt' }).first();
    if (await missing.count()) {
      const href = await missing.getAttribute('href');
      await click(missing);
      const period = new URL(href, server.url).searchParams.get('period');
      assert.equal(await page.inputValue('#period-choice'), period, 'the period is chosen already');
    }
  });

  test('7. an invitation asks name and municipality; an address in use names and links its holder', async (t) => {
    await open('/admin/users/new');
    await page.fill('#email', 'confidant@demo.example');
    await page.check('#role-confidant');
    const res = page.waitForNavigation({ waitUntil: 'load' });
    await page.locator('main form').getByRole('button').last().click();
    assert.equal((await res)?.status(), 422);
    const main = await page.locator('main').innerText();
    assert.match(main, /Vul de naam in van de persoon die u uitnodigt/);
    assert.match(main, /Kies minstens één gemeente/);
    assert.match(main, /al in gebruik door Vera Vertrouwens/);
    assert.equal(await page.inputValue('#email'), 'confidant@demo.example', 'what was typed stays');
    await inspect(t, page, 'invite-refused');
    await click(page.locator('#email-taken a'));
    assert.match(pathOf(), /^\/admin\/users\/\d+$/);
    assert.match(await page.locator('main').innerText(), /confidant@demo\.example/);
  });

  test('8. one count of open kwesties: the start page and Vera’s own Mijn werk agree', async (t) => {
    await open('/admin');
    const line = await page.locator('#ov-workload').innerText();
    assert.match(line, /Open kwesties: [\d.]+; over de termijn: [\d.]+\./);
    await inspect(t, page, 'overview-workload');
    const row = page.locator('table.per-owner tbody tr', { hasText: 'Vera Vertrouwens' });
    const fromStart = [await row.locator('td.open').innerText(), await row.locator('td.overdue').innerText()];
    const vera = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 768 } });
    const own = await vera.newPage();
    await own.goto(new URL('/login', server.url).href);
    await own.fill('#email', 'confidant@demo.example');
    await own.fill('#password', COORDINATOR.password);
    await Promise.all([own.waitForNavigation({ waitUntil: 'load' }), own.locator('main form button[type="submit"]').click()]);
    await own.goto(new URL('/admin/work', server.url).href);
    const mine = await own.locator('#workload strong').allInnerTexts();
    assert.deepEqual(mine, fromStart, 'the same two numbers');
    await inspect(t, own, 'work-workload');
    await vera.close();
  });

  test('9. a report says who can publish it', async (t) => {
    await open('/admin/reports?tenant=maasdal');
    await click(page.locator('main a[href^="/admin/reports/"]').filter({ hasText: /\de kwartaal \d{4}|Jaar \d{4}/ }).first());
    await page.fill('#correction', 'De aanbevelingen zijn aangevuld.');
    await click(page.getByRole('button', { name: 'Correctie maken' }));
    const who = await page.locator('#who-publishes').innerText();
    assert.match(who, /andere coördinator/);
    assert.match(who, /Carla Controle/);
    assert.doesNotMatch(await page.locator('.report-state').innerText(), /\d{4}-Q\d/, 'the period in words');
    await inspect(t, page, 'report-who-publishes');
  });

  test('10. Tom’s kwesties spread over colleagues, with a proposal first; the receivers are told', async (t) => {
    await open('/admin/users');
    const row = page.locator('main tbody tr', { hasText: 'Tom Tweede' });
    await click(row.getByRole('link', { name: /Uitschakelen/ }));
    const refs = await page.locator('#handover-cases tbody th a').allInnerTexts();
    if (refs.length === 0) return; // Tom holds nothing in this small demo.
    await page.selectOption('#handover', 'spread');
    await click(page.getByRole('button', { name: 'Uitschakelen' }));
    assert.match(await page.locator('main').innerText(), /Voorstel:/);
    assert.equal(await page.inputValue('#handover'), 'per_case');
    await inspect(t, page, 'disable-spread-proposal');
    await click(page.getByRole('button', { name: 'Uitschakelen' }));
    assert.match(pathOf(), /^\/admin\/users\?/);
    const handed = await page.locator('#handed').innerText();
    assert.match(handed, /kwesties? naar/);
    assert.equal(await page.locator('#handed a[href^="/admin/cases/"]').count(), refs.length, 'every kwestie as a link');
    await inspect(t, page, 'disabled-handed');
  });
});

