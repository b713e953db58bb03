// A signal's life in a real browser, on the demo data: the confidant writes a signal with a
// name and a phone number in it (a bad first try is refused and keeps what was typed), checks
// it for personal data and offers it for review; the coordinator sends it; the municipality
// reads it in its portal (no kwestie in sight), answers and agrees on follow-up; the confidant
// sees the answer. Every page is screenshotted and checked with axe.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support/demo.mjs';
import { inspect, launchBrowser, newDutchContext } from './support/browser.mjs';
import { flow } from './support/flow.mjs';

const ctx = {};
const { step, open, submit, signIn, pathOf } = flow(() => ctx);
const state = { signalPath: null, references: [] };
const TITLE = 'Wachttijd leerlingenvervoer na verhuizing';

describe('A signal from draft to answer in a browser (demo data)', { timeout: 180_000 }, () => {
  before(async () => {
    ctx.server = await startDemo({ cases: 40 });
    ctx.browser = await launchBrowser();
    ctx.context = await newDutchContext(ctx.browser);
    ctx.page = await ctx.context.newPage();
    ctx.page.setDefaultTimeout(20_000);
  });

  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });

  step('1. the confidant sees the signals and starts a new one; a bad try keeps what was typed', async (t) => {
    const { page } = ctx;
    await signIn('confidant@demo.example');
    await open('/admin/cases?tenant=maasdal');
    state.references = (await page.locator('main a[href^="/admin/cases/NST-"]').allInnerTexts())
      .map((r) => r.trim()).filter((r) => /^NST-/.test(r)).slice(0, 8);
    assert.equal(state.references.length, 8, 'eight kwesties to rest on');
    await open('/admin/signals?tenant=maasdal');
    assert.ok((await page.locator('main table tbody tr').count()) > 0, 'the demo has signals');
    await inspect(t, page, 'signals-list');
    await submit(page.getByRole('link', { name: 'Nieuw signaal' }));
    await page.fill('#title', TITLE);
    const refused = await submit(page.getByRole('button', { name: 'Opslaan als concept' }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#title').inputValue(), TITLE, 'the title is kept');
    assert.ok((await page.locator('.field.invalid').count()) >= 3, 'the missing fields are named');
    await inspect(t, page, 'signal-new-refused');
  });

  step('2. a full draft is saved; the check finds the name and the number', async (t) => {
    const { page } = ctx;
    await page.fill('#description', 'Mevrouw Jansen belde op 06-12345678. Gezinnen die verhuizen wachten weken op nieuw leerlingenvervoer; kinderen missen school.');
    await page.fill('#proposal', 'Regel het vervoer al bij de verhuismelding.');
    await page.selectOption('#area', 'jeugd');
    await page.selectOption('#theme', 'waiting_time');
    await page.check('#org-municipality');
    await page.fill('#cases', state.references.join('\n'));
    await submit(page.getByRole('button', { name: 'Opslaan als concept' }));
    state.signalPath = pathOf();
    assert.match(state.signalPath, /^\/admin\/signals\/\d+$/);
    assert.match(await page.locator('main').innerText(), /Concept/);
    await inspect(t, page, 'signal-draft');
    await submit(page.getByRole('link', { name: 'Tekst controleren op persoonsgegevens' }));
    const found = await page.locator('.deid-text mark').allInnerTexts();
    assert.ok(found.some((m) => m.includes('Jansen')), `the name is found: ${found}`);
    assert.ok(found.some((m) => m.includes('06-12345678')), `the number is found: ${found}`);
    await inspect(t, page, 'signal-privacy');
    await submit(page.getByRole('button', { name: 'Vervangen en opslaan' }));
    assert.equal(pathOf(), state.signalPath);
    const text = await page.locator('main').innerText();
    assert.ok(!text.includes('Jansen') && !text.includes('12345678'), 'replaced');
    assert.match(text, /\[PERSOON-1\]/);
    await submit(page.getByRole('button', { name: 'Aanbieden ter controle' }));
    assert.match(await page.locator('main').innerText(), /Ter controle/);
    assert.equal(await page.getByRole('button', { name: 'Goedkeuren en versturen' }).count(), 0, 'not by the writer');
  });

  step('3. the coordinator reviews and sends it', async (t) => {
    const { page } = ctx;
    await signIn('coordinator@demo.example');
    await open(state.signalPath);
    await submit(page.getByRole('button', { name: 'Goedkeuren en versturen' }));
    assert.match(await page.locator('main').innerText(), /Verstuurd/);
    await inspect(t, page, 'signal-sent');
  });

  step('4. the municipality reads it in its portal, answers and agrees on follow-up', async (t) => {
    const { page } = ctx;
    await signIn('gemeente.maasdal@demo.example');
    assert.equal(pathOf(), '/portal');
    const row = page.locator('main tr', { hasText: TITLE });
    assert.match(await row.innerText(), /wacht op uw antwoord/);
    await inspect(t, page, 'portal-with-signals');
    await submit(row.getByRole('link', { name: TITLE }));
    const text = await page.locator('main').innerText();
    assert.ok(!/NST-/.test(text), 'no kwestie in the portal');
    assert.ok((await page.locator('main a[href^="/admin/"]').count()) === 0, 'no link into the office');
    assert.match(text, /8 kwesties/);
    const refused = await submit(page.getByRole('button', { name: 'Antwoord versturen' }));
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('.error-summary').innerText(), /Vul dit veld in/);
    await inspect(t, page, 'portal-signal-refused');
    await page.fill('#answer', 'We regelen het vervoer voortaan bij de verhuismelding.');
    await submit(page.getByRole('button', { name: 'Antwoord versturen' }));
    assert.match(await page.locator('main').innerText(), /Beantwoord op/);
    await page.fill('#follow_up', 'We evalueren dit in het kwartaaloverleg.');
    await submit(page.getByRole('button', { name: 'Afspraak vastleggen' }));
    assert.match(await page.locator('main').innerText(), /We evalueren dit/);
    await inspect(t, page, 'portal-signal-answered');
  });

  step('5. the confidant sees the answer and the follow-up', async (t) => {
    const { page } = ctx;
    await signIn('confidant@demo.example');
    await open(state.signalPath);
    const text = await page.locator('main').innerText();
    assert.match(text, /We regelen het vervoer voortaan/);
    assert.match(text, /We evalueren dit in het kwartaaloverleg/);
    assert.match(text, /Vervolg afgesproken/);
    await inspect(t, page, 'signal-answered');
  });
});
