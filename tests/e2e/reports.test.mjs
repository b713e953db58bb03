// Anonymized reports in a real browser, on the demo data (every period that is over is
// published, each written by a confidant and published by the coordinator): the coordinator
// starts a correction of the latest quarterly report, which needs its note; the text and the
// note with names and a phone number are checked for personal data (findings highlighted, one
// marked as missed) and submitted; four eyes: the coordinator who wrote it cannot publish it, a
// second coordinator does; the municipality reads version 2 in its portal without the names,
// marked as replacing version 1, and version 1 still opens, marked as replaced. Every page is
// screenshotted and checked with axe.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startDemo } from './support/demo.mjs';
import { naastBin } from './support/server.mjs';
import { inspect, launchBrowser, newDutchContext } from './support/browser.mjs';
import { flow } from './support/flow.mjs';

const ctx = {};
const { step, open, submit, signIn, pathOf } = flow(() => ctx);
let server;
let browser;
let context;
let page;
const state = { reportPath: null, period: null, setupLink: null };
const SECOND = { email: 'coordinator2@demo.example', password: 'tweede-coordinator-2026' };

describe('Anonymized reports in a browser (demo data)', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 40 });
    // A second coordinator, who checks and publishes what the first one wrote.
    const out = execFileSync(
      naastBin(),
      ['user', 'add', '--email', SECOND.email, '--role', 'coordinator'],
      { env: { ...process.env, NAAST_DATA_DIR: server.dataDir }, encoding: 'utf8' },
    );
    const line = out.trim();
    state.setupLink = new URL(line.slice(line.indexOf('/setup/')), server.url).href;
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

  step('1. the coordinator sees the published reports and opens the latest quarter', async (t) => {
    await signIn('coordinator@demo.example');
    await open('/admin/reports?tenant=maasdal');
    await inspect(t, page, 'reports-list');
    const link = page.locator('main a[href^="/admin/reports/"]').filter({ hasText: /\de kwartaal \d{4}/ }).first();
    state.period = (await link.innerText()).match(/\de kwartaal \d{4}/)?.[0];
    assert.ok(state.period, 'a quarterly report is listed');
    await submit(link);
    state.publishedPath = pathOf();
    assert.match(await page.locator('.report-state').innerText(), /gepubliceerd/i);
    // Hidden numbers show one symbol, explained.
    const x = page.locator('.report-doc abbr', { hasText: 'x' });
    if ((await x.count()) > 0) {
      assert.match(await x.first().getAttribute('title'), /niet gepubliceerd/);
    }
    assert.ok((await page.locator('.report-doc svg[role="img"]').count()) > 0, 'charts');
    assert.ok((await page.locator('.report-doc table caption').count()) > 0, 'tables beside them');
    assert.match(await page.locator('.report-doc').innerText(), /Gecontroleerd door een tweede persoon/);
    await inspect(t, page, 'report-published');
  });

  step('1b. the overview across both municipalities; a bad period is refused and kept', async (t) => {
    await open('/admin/reports/overview');
    assert.match(await page.locator('.report-doc').innerText(), /Alle gemeenten/);
    assert.ok((await page.locator('.report-doc table caption').count()) > 0);
    await inspect(t, page, 'reports-overview');
    const res = await page.goto(new URL('/admin/reports/overview?period=2026-Q9', server.url).href);
    assert.equal(res?.status(), 422);
    assert.equal(await page.locator('#period').inputValue(), '2026-Q9');
    assert.match(await page.locator('.error-summary').innerText(), /2026-Q2/);
  });

  step('2. a correction needs its note; text with a name is checked before it can go on', async (t) => {
    await open(state.publishedPath);
    // Without a note: refused, the field says why, nothing is made.
    const refusedNote = await submit(page.getByRole('button', { name: 'Correctie maken' }));
    assert.equal(refusedNote.status(), 422);
    // The refused form comes back where it was sent (the report's own page or its /correct).
    assert.ok(pathOf().startsWith(state.publishedPath), pathOf());
    assert.match(await page.locator('.error-summary').innerText(), /Schrijf wat deze versie verbetert/);
    assert.equal(await page.locator('#correction').getAttribute('aria-invalid'), 'true');
    await inspect(t, page, 'report-correction-note-missing');
    await page.fill('#correction', 'Thema\'s aangevuld na een opmerking van mevrouw Bakker.');
    await submit(page.getByRole('button', { name: 'Correctie maken' }));
    state.reportPath = pathOf();
    assert.notEqual(state.reportPath, state.publishedPath);
    assert.match(await page.locator('.report-state').innerText(), /Versie 2/);
    assert.match(await page.locator('.report-state').innerText(), /vervangt versie 1 van/);
    assert.match(await page.locator('main').innerText(), /CONCEPT/);
    // The note heads the corrected report.
    assert.match(await page.locator('.report-version').innerText(), /vervangt versie 1 van .*: Thema's aangevuld/);
    await page.fill('#themes', 'Mevrouw Jansen belde op 06-12345678 over haar Wmo-aanvraag. Ze woont in het blauwe huis bij de molen.');
    await submit(page.locator('form[action$="/text"] button[type="submit"]'));
    // Submitting before the check is refused with the reason.
    const refused = await submit(page.getByRole('button', { name: 'Ter beoordeling aanbieden' }));
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('.error-summary').innerText(), /persoonsgegevens/);
    await inspect(t, page, 'report-correction-draft');
  });

  step('3. the check highlights what it found; the confidant adds what it missed', async (t) => {
    await open(`${state.reportPath}/privacy`);
    const marks = page.locator('.deid-text mark');
    const found = await marks.allInnerTexts();
    assert.ok(found.some((m) => m.includes('Jansen')), `the name is found: ${found}`);
    assert.ok(found.some((m) => m.includes('Bakker')), `the name in the note is found: ${found}`);
    assert.ok(found.some((m) => m.includes('06-12345678')), `the phone number is found: ${found}`);
    assert.ok(!found.some((m) => /^Wmo/.test(m)), 'a law is not personal data');
    // Each finding becomes general words, shown and editable beside it; no stand-ins.
    const jansen = page.locator('.replace-with input').first();
    assert.equal(await jansen.inputValue(), 'een inwoner');
    await jansen.fill('een oudere inwoner');
    assert.equal(await page.locator('.replace-with input[value="een telefoonnummer"]').count(), 1);
    await page.fill('#missed', 'het blauwe huis bij de molen = een huis in de wijk');
    await inspect(t, page, 'report-privacy');
    await submit(page.getByRole('button', { name: 'Vervangen en opslaan' }));
    assert.equal(pathOf(), state.reportPath);
    const themes = await page.locator('#themes').inputValue();
    assert.equal(themes, 'Een oudere inwoner belde op een telefoonnummer over haar Wmo-aanvraag. Ze woont in een huis in de wijk.');
    const note = await page.locator('#correction').inputValue();
    assert.ok(!note.includes('Bakker') && !/\[[A-Z_]+-\d+\]/.test(note), note);
  });

  step('4. one check is enough: submitted at once; four eyes: a second coordinator publishes after confirming', async (t) => {
    await submit(page.getByRole('button', { name: 'Ter beoordeling aanbieden' }));
    assert.match(await page.locator('.report-state').innerText(), /beoordeling/i);
    assert.equal(await page.getByRole('button', { name: 'Publiceren' }).count(), 0, 'no button for the author');
    assert.match(await page.locator('#four-eyes').innerText(), /tweede persoon/);
    await inspect(t, page, 'report-four-eyes');
    // The second coordinator takes the set-up link (a demo needs no second factor).
    await context.clearCookies();
    await page.goto(state.setupLink);
    await page.fill('#display_name', 'Carla Controle');
    await page.fill('#password', SECOND.password);
    await page.fill('#password2', SECOND.password);
    await submit(page.locator('main form button[type="submit"]'));
    await signIn(SECOND.email, SECOND.password);
    await open(state.reportPath);
    // The next step sits at the top, above the tables, in view without scrolling.
    const publish = page.getByRole('button', { name: 'Publiceren' });
    const button = await publish.boundingBox();
    const table = await page.locator('.report-doc table').first().boundingBox();
    assert.ok(button && table && button.y < table.y, `the button is above the tables: ${JSON.stringify({ button, table })}`);
    assert.ok(button.y + button.height <= page.viewportSize().height, `in view without scrolling: ${button.y}`);
    await inspect(t, page, 'report-review-next-step');
    assert.match(await page.locator('#who-publishes').innerText(), /Carla Controle \(u\)/);
    // Publishing asks first, on a page of its own: what, for whom, and that it cannot be undone.
    await submit(publish);
    assert.match(pathOf(), /\/publish$/);
    const confirm = await page.locator('main').innerText();
    assert.match(confirm, /Rapportage publiceren\?/);
    assert.match(confirm, /Maasdal leest haar direct in haar portaal/);
    assert.match(confirm, /niet intrekken/);
    await inspect(t, page, 'report-publish-confirm');
    await submit(page.getByRole('button', { name: 'Ja, nu publiceren' }));
    assert.match(await page.locator('main').innerText(), /De rapportage is gepubliceerd/);
    assert.match(await page.locator('.report-state').innerText(), /gepubliceerd/i);
    assert.match(await page.locator('.report-doc').innerText(), /Gecontroleerd door een tweede persoon/);
    await inspect(t, page, 'report-v2-published');
    // Every list shows the latest version only, saying what it replaces.
    await open('/admin/reports?tenant=maasdal');
    const row = page.locator('main tbody tr').filter({ hasText: state.period });
    assert.equal(await row.count(), 1, `one line for ${state.period}`);
    assert.match(await row.innerText(), /Versie 2.*vervangt versie 1 van/s);
  });

  step('5. the municipality reads version 2 in its portal, without the name', async (t) => {
    await signIn('gemeente.maasdal@demo.example');
    assert.equal(pathOf(), '/portal');
    await inspect(t, page, 'portal');
    const links = page.locator(`main a[href^="/portal/reports/"]`).filter({ hasText: state.period });
    assert.equal(await links.count(), 1, 'the portal lists the latest version only');
    assert.match(await page.locator('main tr').filter({ hasText: state.period }).innerText(), /vervangt versie 1 van/);
    await submit(links.first());
    const text = await page.locator('main').innerText();
    assert.ok(!/\[PERSOON-1\]/.test(text), 'no stand-ins reach the municipality');
    assert.match(text, /een inwoner/i);
    assert.ok(!text.includes('Jansen'));
    assert.ok(!/CONCEPT/.test(text), 'a published report carries no concept mark');
    assert.ok((await page.locator('form[action*="/publish"], textarea').count()) === 0, 'no workflow');
    await inspect(t, page, 'portal-report');
    const pdf = await page.request.get(new URL(`${pathOf()}/report.pdf`, server.url).href);
    assert.equal(pdf.status(), 200);
    assert.ok((await pdf.body()).subarray(0, 5).toString() === '%PDF-');
    // Version 1 still opens by its link, marked as replaced, pointing to version 2.
    const v2 = pathOf();
    const v1 = state.publishedPath.replace('/admin/', '/portal/');
    await open(v1);
    assert.match(await page.locator('.report-replaced').innerText(), /Vervangen/);
    assert.equal(await page.locator('.report-replaced a').getAttribute('href'), v2);
    await inspect(t, page, 'portal-report-replaced');
    // The back office stays closed to the municipality.
    const back = await page.goto(new URL(state.reportPath, server.url).href);
    assert.notEqual(new URL(page.url()).pathname, state.reportPath, `municipality got ${back?.status()} at the back office`);
  });
});
