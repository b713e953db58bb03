import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above tests/e2e/support). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where screenshots go; git-ignored. */
export const OUTPUT_DIR = path.join(REPO_ROOT, 'tests/e2e/output');
