// Debian's Chromium through playwright-core, axe-core checks and screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { OUTPUT_DIR } from './paths.mjs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A context as a Dutch user on a laptop would have it. */
export async function newDutchContext(browser) {
  return browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
  });
}

/** Human-readable report of axe violations: rule, impact, help, and every offending node. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const summary = (n.failureSummary || '').replace(/\n/g, '\n        ');
          return `    - target: ${n.target.join(' ')}\n      html:   ${n.html}\n      why:    ${summary}`;
        })
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

let shotCounter = 0;

/** Full-page screenshot to tests/e2e/output/NN-name.png; returns the path. */
export async function screenshot(page, name) {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  shotCounter += 1;
  const file = path.join(OUTPUT_DIR, `${String(shotCounter).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Screenshots the page and runs axe on it as a subtest of `t`, so that an
 * accessibility failure is reported under its own name without stopping the
 * functional flow around it.
 */
export async function inspect(t, page, name) {
  await screenshot(page, name);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const u = new URL(page.url());
  const where = (u.pathname + u.search).replace(/\/setup\/[^/?]+/, '/setup/…');
  if (results.incomplete.length > 0) {
    // Not failures: axe could not decide (e.g. contrast over an image); listed for a human to check.
    t.diagnostic(`axe on ${name}: needs review: ${results.incomplete.map((r) => r.id).join(', ')}`);
  }
  await t.test(`axe: ${name} (${where})`, () => {
    if (results.violations.length > 0) {
      throw new Error(
        `${results.violations.length} accessibility violation(s) on ${page.url()}:\n${formatViolations(results.violations)}`,
      );
    }
  });
  return results;
}
