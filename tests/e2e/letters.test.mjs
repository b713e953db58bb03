// Complaint and objection support in a real browser, on the demo data: the
// coordinator keeps the procedures register and a letter template (a broken
// template is refused and kept); the confidant records a complaint on a case,
// sees its statutory term and the register, drafts a complaint letter from the
// template, saves it and downloads it as PDF and Word; the outcome is recorded.
// Pages are screenshotted and checked with axe (WCAG 2.2 AA).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dutchDay, isoDay, startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, newDutchContext } from './support/browser.mjs';
import { OUTPUT_DIR } from './support/paths.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PASSWORD = 'naast-demo-2026';

let server;
let browser;
let context;
let page;
let failedStep = null;
const state = { casePath: null, letterPath: null, objectionPath: null };

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
      for (const line of (server?.log() ?? '').trimEnd().split('\n').slice(-30)) t.diagnostic(`  ${line}`);
      throw err;
    }
  });
}

const pathOf = () => {
  const u = new URL(page.url());
  return u.pathname + u.search;
};

async function open(path) {
  const res = await page.goto(new URL(path, server.url).href);
  assert.equal(res?.status(), 200, `GET ${path} answered ${res?.status()}`);
}

async function submit(button) {
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  await button.click();
  const res = await nav;
  assert.ok(res && res.status() < 500, `form submission answered ${res?.status()} at ${pathOf()}`);
  return res;
}

async function signIn(email) {
  await context.clearCookies();
  await open('/login');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await submit(page.locator('main form button[type="submit"]'));
  // A coordinator lands on the overview, a confidant on "Mijn werk".
  assert.equal(pathOf(), email.startsWith('confidant') ? '/admin/work' : '/admin');
}

describe('Complaint and objection support in a browser (demo data)', { timeout: 120_000 }, () => {
  before(async () => {
    server = await startDemo();
    browser = await launchBrowser();
    context = await newDutchContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('1. the coordinator keeps the procedures register', async (t) => {
    await signIn('coordinator@demo.example');
    await open('/admin/tenants/maasdal/register');
    await inspect(t, page, 'register');
    const form = page.locator('form[action="/admin/tenants/maasdal/register/municipality"]');
    await form.locator('textarea[name="terms"]').fill('Klacht: binnen 6 weken. Bezwaar: binnen 12 weken met commissie.');
    await submit(form.getByRole('button'));
    assert.equal(
      await page.locator('#terms').inputValue(),
      'Klacht: binnen 6 weken. Bezwaar: binnen 12 weken met commissie.',
    );
    // The saved form says so, at the form (not only a jump to it).
    const saved = page.locator('section:has(#org-municipality) .notice.saved');
    assert.equal(await saved.innerText(), 'Opgeslagen.');
    await inspect(t, page, 'register-saved');
  });

  step('1b. the coordinator sets the look of the public site; too little contrast is refused', async (t) => {
    await open('/admin/tenants/maasdal/look');
    await page.fill('#primary', '#9ec9f0');
    const refused = await submit(page.locator('form[action="/admin/tenants/maasdal/look"]').getByRole('button', { name: 'Opslaan' }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#primary').inputValue(), '#9ec9f0', 'what was typed stays');
    assert.match(await page.locator('.error-summary').innerText(), /contrast/i);
    await inspect(t, page, 'look-refused');
    await page.fill('#primary', '#8a1538');
    await page.fill('#primary_dark', '#5c0e25');
    await submit(page.locator('form[action="/admin/tenants/maasdal/look"]').getByRole('button', { name: 'Opslaan' }));
    const css = await page.request.get(new URL('/maasdal/theme.css', server.url).href);
    assert.match(await css.text(), /--naast-link-color: #8a1538/);
  });

  step('2. a broken letter template is refused with the line, and what was typed stays', async (t) => {
    await open('/admin/tenants/maasdal/letters');
    const form = page.locator('form[action="/admin/tenants/maasdal/letters/complaint"]');
    const broken = 'Geachte heer, mevrouw,\n\nIk klaag over {{ organisatie.naam ';
    await form.locator('textarea').fill(broken);
    const res = await submit(form.getByRole('button', { name: /Opslaan/ }));
    assert.equal(res.status(), 422);
    await inspect(t, page, 'letter-template-refused');
    assert.match(await page.locator('.error-summary').innerText(), /regel 3/);
    assert.equal(await page.locator('#body-complaint').inputValue(), broken);

    const own = 'Geachte heer, mevrouw,\n\nIk dien een klacht in over {{ organisatie.naam }}.\n\n{{ probleem }}\n\nMet vriendelijke groet,\n\n{{ burger.naam }}\n\nMaasdal-eigen slotzin.';
    await page.locator('#body-complaint').fill(own);
    await submit(page.locator('form[action="/admin/tenants/maasdal/letters/complaint"]').getByRole('button', { name: /Opslaan/ }));
    assert.match(await page.locator('h2#kind-complaint').innerText(), /eigen tekst/);
  });

  step('3. the confidant records a complaint on a case and sees its term and where to go', async (t) => {
    await signIn('confidant@demo.example');
    // A kwestie in progress, else an open one, else a closed one that can be reopened (one
    // whose personal data retention already destroyed cannot).
    state.casePath = null;
    for (const filter of ['&status=in_progress', '&status=open', '']) {
      await open(`/admin/cases?tenant=maasdal${filter}`);
      const hrefs = await page.locator('main table a[href^="/admin/cases/NST-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs.slice(0, 10)) {
        await open(href);
        if ((await page.locator('#h-closed').count()) === 0 || (await page.locator('#reopen-reason').count()) > 0) {
          state.casePath = href;
          break;
        }
      }
      if (state.casePath) break;
    }
    assert.ok(state.casePath, 'a kwestie to record a complaint on');
    await open(state.casePath);
    if ((await page.locator('#h-closed').count()) > 0) {
      await page.fill('#reopen-reason', 'Klacht alsnog indienen');
      await submit(page.locator('form[action$="/reopen"] button'));
    }
    await open(`${state.casePath}/procedures`);
    const filed = isoDay(-3);
    await page.locator('#h-procedures ~ details summary, #h-procedures + * summary').first().click().catch(() => {});
    await page.locator('#kind-complaint').check();
    await page.fill('#filed_on', filed);
    await page.selectOption('#procedure_organisation', 'municipality');
    await submit(page.getByRole('button', { name: 'Vastleggen', exact: true }));
    assert.equal(pathOf().split('?')[0], `${state.casePath}/procedures`, 'back on the procedures part');
    assert.equal((await page.locator('main #saved[role="status"]').innerText()).trim(), 'Opgeslagen.');
    const section = await page.locator('section[aria-labelledby="h-procedures"]').innerText();
    assert.match(section, /Klacht ingediend/);
    assert.match(section, new RegExp(`Uiterlijk \\w+ ?${dutchDay(isoDay(39))}|Uiterlijk`));
    const register = await page.locator('section[aria-labelledby="h-register"]').innerText();
    assert.match(register, /binnen 12 weken met commissie/, 'the register entry of the municipality shows');
    await inspect(t, page, 'case-with-procedure');
    await open(`${state.casePath}/taken`);
    const tasks = await page.locator('section[aria-labelledby="h-tasks"]').innerText();
    assert.match(tasks, /Beslissing op de klacht verwacht \(Awb 9:11\)/);
  });

  step('4. the confidant drafts the complaint letter from the template, saves and downloads it', async (t) => {
    await open(`${state.casePath}/brieven`);
    await page.selectOption('#letter-kind', 'complaint');
    await submit(page.getByRole('button', { name: 'Brief opstellen', exact: true }));
    assert.match(pathOf(), /\/letters\/new\?kind=complaint$/);
    const body = await page.locator('#body').inputValue();
    assert.match(body, /Maasdal-eigen slotzin/, 'the tenant template was used');
    assert.match(body, /Gemeente Maasdal/, 'the organisation was filled in');
    await inspect(t, page, 'letter-draft');
    // Emptying the subject is refused; the edited text stays.
    await page.fill('#body', `${body}\n\nPS: met de hand toegevoegd.`);
    await page.fill('#subject', '');
    const refused = await submit(page.getByRole('button', { name: 'Brief opslaan' }));
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('#body').inputValue(), /met de hand toegevoegd/);
    await page.fill('#subject', 'Klacht over de gang van zaken');
    await submit(page.getByRole('button', { name: 'Brief opslaan' }));
    assert.match(pathOf(), new RegExp(`^${state.casePath}/brieven\\?saved=entry-\\d+$`), 'back on the letters part, pointing at the letter');
    const entry = `#${new URL(page.url()).searchParams.get('saved')}`;
    state.letterPath = `${state.casePath}/letters/${entry.replace('#entry-', '')}`;
    assert.equal(await page.locator(`main #saved a[href="${entry}"]`).count(), 1, 'the "saved" message links to the letter');
    const href = await page.locator(`${entry} a[href$="/pdf"]`).getAttribute('href');
    const pdf = await page.request.get(new URL(href, server.url).href);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    const pdfBytes = await pdf.body();
    assert.equal(pdfBytes.subarray(0, 5).toString(), '%PDF-');
    // Kept beside the screenshots, to look at (pdftoppm) before calling the letter done.
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(path.join(OUTPUT_DIR, 'letter.pdf'), pdfBytes);
    const docx = await page.request.get(new URL(href.replace(/pdf$/, 'docx'), server.url).href);
    assert.equal(docx.status(), 200);
    assert.equal((await docx.body()).subarray(0, 2).toString(), 'PK');
  });

  step('5. the outcome of the complaint is recorded and the ombudsman term shows', async (t) => {
    await open(`${state.casePath}/procedures`);
    const form = page.locator('form[action*="/procedures/"][action$="/outcome"]').last();
    await form.locator('select').selectOption('ongegrond');
    await form.locator('input[type="date"]').fill(isoDay(0));
    await submit(form.getByRole('button'));
    const section = await page.locator('section[aria-labelledby="h-procedures"]').innerText();
    assert.match(section, /Uitkomst: Ongegrond|Uitkomst: ongegrond/i);
    assert.match(section, /ombudsman kan tot en met/);
    await inspect(t, page, 'case-with-outcome');
  });

  step("6. the tenant's own text is kept, and Naast's new text is offered beside it", async (t) => {
    await open(`${state.casePath}/letters/new?kind=complaint`);
    assert.match(await page.locator('main .notice[role="note"]').innerText(), /eigen tekst/);
    await submit(page.getByRole('link', { name: 'Nieuwe tekst van Naast gebruiken' }));
    const body = await page.locator('#body').inputValue();
    assert.doesNotMatch(body, /Maasdal-eigen slotzin/);
    assert.match(body, /Ik dien een klacht in over/);
  });

  step('7. the objection letter goes to the college at the address of the register, first person, and warns what is missing', async (t) => {
    // The kwestie is about the municipality (whose register entry the demo filled).
    await open(state.casePath);
    const clarify = page.locator('form[action$="/clarify"]');
    await clarify.locator('#organisation').selectOption('municipality');
    await submit(clarify.locator('button[type="submit"]').first());
    await open(`${state.casePath}/letters/new?kind=objection`);
    const to = await page.locator('#correspondent').inputValue();
    assert.match(to, /^College van burgemeester en wethouders van Maasdal\nPostbus 100\n1000 AA Maasdal$/);
    const body = await page.locator('#body').inputValue();
    assert.match(body, /^Geacht college,\n\nIk maak bezwaar tegen uw besluit van/);
    assert.match(await page.locator('#letter-channel').innerText(), /bezwaarformulier/);
    await page.fill('#sender', '');
    await page.fill('#decision_reference', 'WMO-2026-0042');
    await submit(page.getByRole('button', { name: 'Brief opslaan als concept' }));
    await open(state.objectionPath = `${state.casePath}/letters/${new URL(page.url()).searchParams.get('saved').replace('entry-', '')}`);
    const warnings = await page.locator('#letter-warnings').innerText();
    assert.match(warnings, /naam van de inwoner ontbreekt/);
    assert.match(warnings, /6:5/);
    await inspect(t, page, 'letter-draft-warnings');
    // Name and address typed: saved as a new version, the warnings gone.
    await page.fill('#sender', 'Fatima El Amrani\nDorpsstraat 1\n1234 AB Maasdal');
    await submit(page.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const left = (await page.locator('#letter-warnings').count()) ? await page.locator('#letter-warnings').innerText() : '';
    assert.doesNotMatch(left, /naam van de inwoner ontbreekt|adres van de inwoner ontbreekt/);
    assert.equal(await page.locator('section[aria-labelledby="h-versions"] li').count(), 1);
    await inspect(t, page, 'letter-edit');
    const pdf = await page.request.get(new URL(`${state.objectionPath}/pdf`, server.url).href);
    assert.equal(pdf.status(), 200);
    writeFileSync(path.join(OUTPUT_DIR, 'objection.pdf'), await pdf.body());
    const docx = await page.request.get(new URL(`${state.objectionPath}/docx`, server.url).href);
    writeFileSync(path.join(OUTPUT_DIR, 'objection.docx'), await docx.body());
  });

  step('8. an earlier version can be read; the letter is marked sent and can no longer change', async (t) => {
    await submit(page.locator('section[aria-labelledby="h-versions"] a').first());
    assert.match(await page.locator('h1').innerText(), /Versie 1/);
    await inspect(t, page, 'letter-version');
    await open(state.objectionPath);
    await page.fill('#sent_on', isoDay(0));
    await submit(page.getByRole('button', { name: 'Markeren als verstuurd' }));
    await open(state.objectionPath);
    assert.match(await page.locator('main').innerText(), /Verstuurd op/);
    assert.equal(await page.locator('#body').count(), 0, 'no form to change a sent letter');
    await inspect(t, page, 'letter-sent');
    await open(`${state.casePath}/tijdlijn`);
    assert.match(await page.locator('main').innerText(), /Brief verstuurd/);
  });
});
