// Terms that follow the process, in a real browser on the demo data: a citizen files through
// the public form; the confidant plans a home visit for next week (a date that has passed is
// refused and kept), sees it on Mijn werk and marks it held (its contact moment is recorded);
// records the decision and the objection, after which the "last day to object" task is done;
// sends a message with the case's attachment, which the citizen downloads on the status page;
// and closes the case with an open task, choosing to keep it as a reminder: it stays on Mijn
// werk. Every page is screenshotted to tests/e2e/output/ and checked with axe; the closing
// confirmation also at 320 px and without JavaScript.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { dutchDay, isoDay, startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, newDutchContext, screenshot } from './support/browser.mjs';
import { flow } from './support/flow.mjs';

const ctx = {};
const { step, open, submit, signIn, pathOf } = flow(() => ctx);
let server;
let browser;
let context;
let page;
const state = { statusPath: null, casePath: null };
const CITIZEN = 'Ruud Verhoeven (e2e)';
const VISIT = 'Huisbezoek (gepland): bij meneer thuis';
const TERM = 'Laatste dag om bezwaar te maken (Awb 6:7)';
const REMINDER = 'Terugbellen over de hersteloperatie';

describe('Terms that follow the process in a browser (demo data)', { timeout: 240_000 }, () => {
  before(async () => {
    server = await startDemo();
    browser = await launchBrowser();
    context = await newDutchContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    Object.assign(ctx, { server, browser, context, page });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. a citizen files through the public form', async () => {
    await open('/maasdal/melden');
    await page.fill('#story', 'Mijn Wmo-hulp is gestopt zonder gesprek. Ik wil bezwaar maken.');
    await page.check('#area-wmo');
    await page.fill('#name', CITIZEN);
    await page.fill('#phone', '06 11223344');
    await submit(page.getByRole('button', { name: 'Verstuur' }));
    assert.match(pathOf(), /^\/status\//);
    state.statusPath = pathOf();
    state.reference = await page.locator('.reference').innerText();
  });

  step('2. a home visit planned for next week shows on Mijn werk', async (t) => {
    await signIn('confidant@demo.example');
    state.casePath = `/admin/cases/${state.reference}`;
    await open(`${state.casePath}/taken`);
    await page.locator('details.plan summary').click();
    await page.check('#planned-home_visit');
    await page.fill('#planned_on', isoDay(-1));
    await page.fill('#planned_what', 'bij meneer thuis');
    const refused = await submit(page.getByRole('button', { name: 'Afspraak plannen', exact: true }));
    assert.equal(refused.status(), 422, 'a date that has passed is refused');
    assert.match(await page.locator('.error-summary').innerText(), /Deze datum is al voorbij/);
    assert.equal(await page.inputValue('#planned_what'), 'bij meneer thuis', 'what was typed is kept');
    await inspect(t, page, 'process-plan-refused');
    await page.fill('#planned_on', isoDay(7));
    await submit(page.getByRole('button', { name: 'Afspraak plannen', exact: true }));
    assert.equal(pathOf(), `${state.casePath}/taken`, 'back on the tasks part');
    assert.match(await page.locator('[role=status]').first().innerText(), /Opgeslagen/);
    assert.match(await page.locator('ul.tasks').innerText(), new RegExp(VISIT.replace(/[()]/g, '\\$&')));
    // An appointment is called one, not a (statutory) term: in the header and in the list.
    const header = await page.locator('main .case-who').innerText();
    assert.ok(header.includes(`Afspraak: ${VISIT}`), `the header names the appointment: ${header}`);
    assert.ok(!header.includes(`termijn: ${VISIT}`), `an appointment is no term: ${header}`);
    assert.match(await page.locator('ul.tasks li', { hasText: VISIT }).innerText(), /^Afspraak/);
    await open('/admin/work?section=tasks');
    const work = await page.locator('main').innerText();
    assert.ok(work.includes(VISIT), 'the planned visit is on Mijn werk (its tasks in full)');
    assert.ok(work.includes(dutchDay(isoDay(7))), 'on its day');
    await inspect(t, page, 'process-work-planned');
  });

  step('3. marking the visit held records its contact moment', async (t) => {
    await open(`${state.casePath}/taken`);
    const item = page.locator('ul.tasks li').filter({ hasText: VISIT });
    await item.locator('details.held summary').click();
    await item.getByLabel('Minuten').fill('50');
    await item.getByLabel('Notitie').fill('Keukentafelgesprek met meneer en zijn dochter.');
    await inspect(t, page, 'process-held-form');
    await submit(item.getByRole('button', { name: 'Gehouden: contactmoment opslaan' }));
    assert.equal(pathOf(), `${state.casePath}/taken`);
    assert.equal(await page.locator('ul.tasks li s', { hasText: VISIT }).count(), 1, 'the visit is done');
    await open(`${state.casePath}/tijdlijn`);
    const timeline = await page.locator('ol.timeline').innerText();
    assert.match(timeline, /Keukentafelgesprek met meneer en zijn dochter\./);
    assert.match(timeline, /Huisbezoek · 50 min/);
    assert.match(await page.locator('p.meta').first().innerText(), /50 minuten/);
  });

  step('4. filing the objection completes the "last day to object" task', async (t) => {
    await open(state.casePath);
    await page.fill('#decision_date', isoDay(-10));
    await page.fill('#decision_sent_on', isoDay(-10));
    await submit(page.getByRole('button', { name: 'Vraagverheldering opslaan' }));
    await open(`${state.casePath}/taken`);
    assert.match(await page.locator('ul.tasks').innerText(), /Laatste dag om bezwaar te maken/);
    await open(`${state.casePath}/procedures`);
    await page.getByText('Klacht, bezwaar of aanvraag vastleggen').click();
    await page.check('#kind-objection');
    await page.fill('#filed_on', isoDay(0));
    await page.selectOption('#procedure_organisation', 'municipality');
    await submit(page.getByRole('button', { name: 'Vastleggen', exact: true }));
    await open(`${state.casePath}/taken`);
    assert.equal(await page.locator('ul.tasks li s', { hasText: TERM }).count(), 1, 'the term task is done');
    await open(`${state.casePath}/tijdlijn`);
    assert.match(await page.locator('ol.timeline').innerText(), /Taak afgerond: Laatste dag om bezwaar te maken \(Awb 6:7\)/);
    await inspect(t, page, 'process-objection-filed');
  });

  step('5. a message carries the case\'s document; the citizen downloads it', async (t) => {
    await open(`${state.casePath}/brieven`);
    await page.setInputFiles('#attachment', {
      name: 'besluit-wmo.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% besluit van de gemeente\n'),
    });
    await submit(page.getByRole('button', { name: 'Uploaden' }));
    await open(`${state.casePath}/tijdlijn`);
    await page.fill('#message', 'Hierbij het besluit, zodat u het kunt bewaren.');
    await page.selectOption('#document', { label: 'besluit-wmo.pdf' });
    await submit(page.getByRole('button', { name: 'Bericht versturen' }));
    assert.equal(pathOf(), `${state.casePath}/tijdlijn`);

    const citizen = await newDutchContext(browser);
    const cpage = await citizen.newPage();
    await cpage.goto(new URL(state.statusPath, server.url).href);
    const link = cpage.getByRole('link', { name: /Document downloaden: besluit-wmo\.pdf/ });
    assert.equal(await link.count(), 1);
    const [download] = await Promise.all([cpage.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'besluit-wmo.pdf');
    const res = await cpage.request.get(new URL(await link.getAttribute('href'), server.url).href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-disposition'], /^attachment/);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    await inspect(t, cpage, 'process-status-document');
    await citizen.close();
  });

  step('6. closing with an open task: keep it as a reminder, it stays on Mijn werk', async (t) => {
    await open(`${state.casePath}/taken`);
    await page.fill('#title', REMINDER);
    await page.fill('#due_on', isoDay(2));
    await submit(page.getByRole('button', { name: 'Taak toevoegen' }));
    await open(state.casePath);
    await page.selectOption('#outcome', 'resolved');
    await page.fill('#reason', 'Bezwaar ingediend, verder loopt het via de gemeente.');
    await submit(page.getByRole('button', { name: 'Kwestie afsluiten' }));
    assert.match(pathOf(), /\/close$/);
    const main = await page.locator('main').innerText();
    assert.match(main, /Kies bij elke taak wat ermee gebeurt/);
    assert.ok(main.includes(REMINDER));
    await inspect(t, page, 'process-close-confirm');
    // Every open item gets a choice: the reminder is kept, the rest is done.
    const sets = page.locator('main fieldset');
    const n = await sets.count();
    assert.ok(n >= 2, `the open items are listed (${n})`);
    for (let i = 0; i < n; i++) {
      const set = sets.nth(i);
      const legend = await set.locator('legend').innerText();
      await set.getByLabel(legend.includes(REMINDER) ? 'Bewaren als herinnering' : 'Afgerond').check();
    }
    await submit(page.getByRole('button', { name: 'Kwestie afsluiten' }));
    assert.equal(pathOf(), state.casePath);
    assert.match(await page.locator('h1').innerText(), /Afgesloten/);
    await open(`${state.casePath}/tijdlijn`);
    assert.match(await page.locator('ol.timeline').innerText(), /Bewaard als herinnering: Terugbellen over de hersteloperatie\./);
    await open('/admin/work?section=tasks');
    assert.ok((await page.locator('main').innerText()).includes(REMINDER), 'the kept reminder is on Mijn werk (its tasks in full)');
    await inspect(t, page, 'process-work-kept');
  });

  step('7. the closing confirmation at 320 px and without JavaScript', async () => {
    const narrow = await browser.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 320, height: 800 },
      javaScriptEnabled: false,
    });
    const p = await narrow.newPage();
    await narrow.addCookies(await context.cookies());
    // A second case with an open task, closed without JavaScript.
    await p.goto(new URL('/admin/cases/new', server.url).href);
    await p.check('#tenant-maasdal');
    await p.check('#channel-phone');
    await p.fill('#story', 'Een vraag over de eigen bijdrage (e2e).');
    await p.fill('#name', 'Els de Vries (e2e)');
    await p.fill('#phone', '06 99887766');
    await Promise.all([p.waitForNavigation(), p.getByRole('button', { name: 'Kwestie registreren', exact: true }).click()]);
    const overview = new URL(p.url()).pathname;
    await p.goto(new URL(`${overview}/taken`, server.url).href);
    await p.fill('#title', 'Nabellen (e2e)');
    await p.fill('#due_on', isoDay(1));
    await Promise.all([p.waitForNavigation(), p.getByRole('button', { name: 'Taak toevoegen' }).click()]);
    await p.goto(new URL(overview, server.url).href);
    await p.selectOption('#outcome', 'resolved');
    await Promise.all([p.waitForNavigation(), p.getByRole('button', { name: 'Kwestie afsluiten' }).click()]);
    assert.match(await p.locator('main').innerText(), /Nabellen \(e2e\)/);
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `no sideways scrolling at 320 px (${width})`);
    await screenshot(p, 'process-close-confirm-320-nojs');
    await p.getByLabel('Afgerond').check();
    await Promise.all([p.waitForNavigation(), p.getByRole('button', { name: 'Kwestie afsluiten' }).click()]);
    assert.match(await p.locator('h1').innerText(), /Afgesloten/);
    await narrow.close();
  });
});
