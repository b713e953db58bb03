// A report the audit gate refuses, in a real browser: a municipality whose annual report of last
// year was published before its fourth quarter. The fourth quarter's page says in plain Dutch
// what is wrong, names the table in words and offers the fix as one button; after it the page
// shows the result (the breakdown left out, the note saying why) and the coordinator publishes
// (a second coordinator wrote and submitted the reports: four eyes).
// Every page is screenshotted and checked with axe.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startDemo } from './support/demo.mjs';
import { naastBin } from './support/server.mjs';
import { inspect, launchBrowser, newDutchContext } from './support/browser.mjs';
import { flow } from './support/flow.mjs';

const ctx = {};
const { step, open, submit, signIn } = flow(() => ctx);
const year = new Date().getUTCFullYear() - 1;
let server;
let browser;
let context;
let page;
let q4;

describe('A refused report offers its fix as one step', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startDemo({ cases: 10 });
    const cli = (...args) =>
      execFileSync(naastBin(), args, {
        env: { ...process.env, NAAST_DATA_DIR: server.dataDir, NAAST_RATE_LIMITS: 'off' },
        encoding: 'utf8',
      });
    cli('tenant', 'add', '--slug', 'rivierstad', '--name', 'Rivierstad');
    // Every quarter of last year alike, but the fourth has 2 kwesties about youth care.
    const lines = [];
    for (let q = 1; q <= 4; q++) {
      const month = String(3 * (q - 1) + 1).padStart(2, '0');
      const areas = [['wmo', 12], ['jeugd', q === 4 ? 2 : 6], ['participatie', 7], ['werk', 9]];
      let day = 1;
      for (const [area, n] of areas) {
        for (let i = 0; i < n; i++) {
          const d = String((day % 28) + 1).padStart(2, '0');
          lines.push(JSON.stringify({ opened_on: `${year}-${month}-${d}`, channel: 'phone', area, organisation: 'municipality', nature: 'treatment', minutes: 30 }));
          day++;
        }
      }
    }
    const file = path.join(server.dataDir, 'rivierstad.jsonl');
    writeFileSync(file, lines.join('\n'));
    cli('case', 'import', '--tenant', 'rivierstad', file);
    // Four eyes: a second coordinator writes and submits, the demo's coordinator publishes.
    cli('user', 'add', '--email', 'coordinator2@demo.example', '--role', 'coordinator');
    const writer = cli('token', 'create', '--user', 'coordinator2@demo.example').trim();
    const token = cli('token', 'create', '--user', 'coordinator@demo.example').trim();
    const api = async (method, p, body, as = token) => {
      const res = await fetch(new URL(`/api/v1${p}`, server.url), {
        method,
        headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json', 'accept-language': 'nl' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null };
    };
    const tenant = (await api('GET', '/tenants/rivierstad')).json;
    tenant.quarterly_reports = true;
    tenant.providers = [];
    assert.equal((await api('PUT', '/tenants/rivierstad', tenant)).status, 200);
    // Q1–Q3 and then the year published; the fourth quarter submitted for review.
    for (const period of [`${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}`, `${year}-Q4`]) {
      const started = await api('POST', '/tenants/rivierstad/reports', { period }, writer);
      assert.equal(started.status, 201, period);
      const id = started.json.id;
      assert.equal((await api('POST', `/reports/${id}/submit`, undefined, writer)).status, 204, `${period} submit`);
      const read = (await api('GET', `/reports/${id}`)).json.updated_at;
      const published = await api('POST', `/reports/${id}/publish`, { updated_at: read });
      if (period.endsWith('Q4')) {
        q4 = id;
        assert.equal(published.status, 422, `${period} is refused`);
        assert.match(published.json.errors[0].message, /kleine aantallen/);
      } else {
        assert.equal(published.status, 204, `${period}: ${JSON.stringify(published.json)}`);
      }
    }
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

  step('1. the refused quarter says what is wrong in words and offers the fix', async (t) => {
    await signIn('coordinator@demo.example');
    await open(`/admin/reports/${q4}`);
    const refusal = page.locator('.report-findings');
    const text = await refusal.innerText();
    assert.match(text, /Zo kan deze rapportage niet worden gepubliceerd/);
    assert.match(text, new RegExp(`Kwesties naar domein \\(${year} Q4\\)`));
    assert.match(text, /alleen het totaal tonen/);
    assert.doesNotMatch(text, /cases by|pinned|exact\b/);
    await inspect(t, page, 'report-refused');
  });

  step('2. one button hides the numbers and shows the result before publishing', async (t) => {
    await submit(page.getByRole('button', { name: 'Deze cijfers verbergen en het resultaat bekijken' }));
    assert.match(await page.locator('main').innerText(), /De extra cijfers zijn verborgen/);
    assert.equal(await page.locator('.report-findings').count(), 0);
    assert.match(await page.locator('.report-doc').innerText(), /alleen het totaal/);
    await inspect(t, page, 'report-protected');
    await submit(page.getByRole('button', { name: 'Publiceren' }));
    // Publishing asks first.
    assert.match(await page.locator('main').innerText(), /Rapportage publiceren\?/);
    await submit(page.getByRole('button', { name: 'Ja, nu publiceren' }));
    assert.match(await page.locator('main').innerText(), /De rapportage is gepubliceerd/);
    assert.match(await page.locator('.report-state').innerText(), /gepubliceerd/i);
  });
});
