// Published reports for residents in a real browser, on the demo data (Maasdal agreed to
// publish its annual and quarterly reports; Lindeveld did not): the public list (axe, Dutch and
// English, 320 px without sideways scrolling, without JavaScript), its PDF and open data; then
// the coordinator narrows the choice to annual reports on the settings page (axe) and turns it
// off, and the list is gone. Screenshots go to tests/e2e/output/.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, newDutchContext, screenshot } from './support/browser.mjs';
import { flow } from './support/flow.mjs';

const ctx = {};
const { step, open, submit, signIn } = flow(() => ctx);
let server;
let browser;
let context;
let page;
const year = new Date().getFullYear() - 1;

describe('Published reports for residents in a browser (demo data)', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 40 });
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

  step('1. the public list passes axe, in Dutch and English, and reflows at 320 px', async (t) => {
    await open('/maasdal/');
    await submit(page.locator('main a[href="/maasdal/rapportages"]'));
    assert.match(await page.locator('h1').innerText(), /Cijfers en rapportages/);
    const items = page.locator('main ul.open-reports > li');
    assert.ok((await items.count()) >= 2, 'annual and quarterly reports');
    assert.match(await page.locator('main').innerText(), new RegExp(`Jaarrapportage ${year}`));
    await inspect(t, page, 'open-reports-list');
    await open('/maasdal/rapportages?taal=en');
    assert.match(await page.locator('h1').innerText(), /Numbers and reports/);
    assert.match(await page.locator(`a[href="/maasdal/rapportages/${year}/rapportage.pdf?taal=en"]`).innerText(), /Read the report/);
    await inspect(t, page, 'open-reports-list-en');
    await open('/maasdal/rapportages?taal=nl');
    const narrow = await browser.newContext({ locale: 'nl-NL', viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    const small = await narrow.newPage();
    const res = await small.goto(new URL('/maasdal/rapportages', server.url).href);
    assert.equal(res?.status(), 200);
    await screenshot(small, 'open-reports-list-320-nojs');
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `scrolls sideways at 320 px by ${overflow} px`);
    // Nothing from elsewhere is loaded.
    const outside = await small.evaluate(() => [...document.querySelectorAll('script[src], link[href], img[src]')]
      .map((e) => e.getAttribute('src') ?? e.getAttribute('href'))
      .filter((u) => /^(https?:)?\/\//.test(u)));
    assert.deepEqual(outside, []);
    await narrow.close();
  });

  step('2. the PDF and the open data of the annual report', async () => {
    const base = `/maasdal/rapportages/${year}`;
    const pdf = await page.request.get(new URL(`${base}/rapportage.pdf`, server.url).href);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    const pkg = await page.request.get(new URL(`${base}/datapackage.json`, server.url).href);
    assert.equal(pkg.headers()['content-type'], 'application/json; charset=utf-8');
    const json = await pkg.json();
    const resource = json.resources[0];
    assert.equal(resource.path, `cijfers-maasdal-${year}.csv`);
    const csv = await page.request.get(new URL(`${base}/${resource.path}`, server.url).href);
    assert.equal(csv.headers()['content-type'], 'text/csv; charset=utf-8');
    const header = (await csv.text()).split('\r\n')[0].split(',');
    assert.deepEqual(header, resource.schema.fields.map((f) => f.name));
    assert.equal(header[9], 'value');
    assert.ok(resource.schema.fields.every((f) => f.title && f.description), 'every column described');
  });

  step('3. the coordinator chooses annual reports only, then none', async (t) => {
    await signIn('coordinator@demo.example');
    await open('/admin/tenants/maasdal');
    await submit(page.locator('main a[href="/admin/tenants/maasdal/rapportages"]'));
    assert.ok(await page.locator('#open_reports-quarterly').isChecked(), 'the demo publishes both');
    await inspect(t, page, 'open-reports-setting');
    await page.check('#open_reports-annual');
    await submit(page.getByRole('button', { name: 'Opslaan' }));
    assert.match(await page.locator('main').innerText(), /Opgeslagen/);
    assert.ok(await page.locator('#open_reports-annual').isChecked());
    await open('/maasdal/rapportages');
    const text = await page.locator('main').innerText();
    assert.match(text, new RegExp(`Jaarrapportage ${year}`));
    assert.doesNotMatch(text, /Kwartaalrapportage/);
    await open('/admin/tenants/maasdal/rapportages');
    await page.check('#open_reports-off');
    await submit(page.getByRole('button', { name: 'Opslaan' }));
    await open('/maasdal/rapportages', 404);
    await open('/lindeveld/rapportages', 404);
  });
});
