// Starts `naast serve` on a free port in a fresh temporary data directory and
// reads the listening address and the one-time set-up link from its stdout.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './paths.mjs';

const LISTENING = /^Naast listening on (http:\/\/\S+)\s*$/;
const SETUP = /^Set-up link \(one-time\): (\S+)\s*$/;

export function naastBin() {
  const bin = path.resolve(REPO_ROOT, process.env.NAAST_BIN || 'target/debug/naast');
  if (!existsSync(bin)) {
    throw new Error(`naast binary not found at ${bin}: build it with \`cargo build -p naast\` or set NAAST_BIN`);
  }
  return bin;
}

/**
 * @returns {Promise<{url: string, setupLink: string, dataDir: string, log: () => string, stop: () => Promise<void>}>}
 */
export async function startNaast({ timeoutMs = 60_000 } = {}) {
  const bin = naastBin();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'naast-e2e-'));
  const env = { ...process.env, NAAST_RATE_LIMITS: 'off' };
  delete env.DATABASE_URL;
  delete env.NAAST_ADDR;
  delete env.NAAST_DATA_DIR;

  const child = spawn(bin, ['serve', '--addr', '127.0.0.1:0', '--data-dir', dataDir], {
    cwd: dataDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Keep the tail of both streams for diagnostics; draining them also keeps
  // the server from blocking on a full pipe.
  let output = '';
  const keep = (prefix) => (line) => {
    output += `${prefix}${line}\n`;
    if (output.length > 64_000) output = output.slice(-48_000);
  };
  const stdout = createInterface({ input: child.stdout });
  createInterface({ input: child.stderr }).on('line', keep('[stderr] '));

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  let url;
  let setupLink;
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`naast did not print its address and set-up link within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    stdout.on('line', (line) => {
      keep('[stdout] ')(line);
      const l = LISTENING.exec(line);
      if (l) url = l[1];
      const s = SETUP.exec(line);
      if (s) setupLink = s[1];
      if (url && setupLink) {
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
  return { url, setupLink, dataDir, log: () => output, stop };
}
