// Where the release build under test lives, shared by the end-to-end tests and the benchmark.

import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The built app: `$DIST_DIR`, else `<repo>/dist`. */
export const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));

/** Throw a clear error unless `dir` holds a built app. */
export async function requireBuiltDist(dir = DIST_DIR) {
  const index = path.join(dir, 'index.html');
  try {
    await access(index);
  } catch {
    throw new Error(
      `${index} is missing: run the build first (trunk build --release --offline), ` +
        'or point DIST_DIR at a built dist/.',
    );
  }
}
