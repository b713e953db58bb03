// `naast serve --demo` for browser tests, and small helpers the demo-based tests share.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { naastBin } from './server.mjs';

const LISTENING = /^Naast listening on (http:\/\/\S+)\s*$/;

/**
 * `naast serve --demo` on a free port in a fresh data directory, as
 * support/server.mjs starts the plain server (which cannot pass --demo and
 * waits for a set-up link the demo does not print). A small demo (--cases)
 * keeps the start-up to seconds; the accounts are the same.
 */
export async function startDemo({ timeoutMs = 180_000, cases = 10 } = {}) {
  const bin = naastBin();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'naast-e2e-demo-'));
  const env = { ...process.env, NAAST_RATE_LIMITS: 'off' };
  delete env.DATABASE_URL;
  delete env.NAAST_ADDR;
  delete env.NAAST_DATA_DIR;

  const child = spawn(
    bin,
    ['serve', '--demo', '--cases', String(cases), '--addr', '127.0.0.1:0', '--data-dir', dataDir],
    { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );

  let output = '';
  const keep = (prefix) => (line) => {
    output += `${prefix}${line}\n`;
    if (output.length > 64_000) output = output.slice(-48_000);
  };
  const stdout = createInterface({ input: child.stdout });
  createInterface({ input: child.stderr }).on('line', keep('[stderr] '));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  let url;
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`naast --demo did not print its address within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    stdout.on('line', (line) => {
      keep('[stdout] ')(line);
      const l = LISTENING.exec(line);
      if (l && !url) {
        url = l[1];
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`naast exited early (code ${code}, signal ${signal}):\n${output}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await ready;
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, dataDir, log: () => output, stop };
}

/** An ISO date (yyyy-mm-dd) in Amsterdam, `days` from today; what an <input type=date> takes. */
export function isoDay(days = 0) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
}

/** The same date as the app prints it (dd-mm-yyyy). */
export function dutchDay(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

