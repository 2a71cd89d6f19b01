// Trunk post-build hook: minify the wasm-bindgen JavaScript (Trunk's own minifier fails on
// it) and update its subresource-integrity hash in index.html. Release builds only.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, name);
  const source = readFileSync(path);
  const { code } = await minify(source.toString('utf8'), { module: true, compress: true, mangle: true });
  const hash = sri(source);
  if (!html.includes(hash)) throw new Error(`index.html has no integrity hash for ${name}`);
  writeFileSync(path, code);
  html = html.replaceAll(hash, sri(code));
}
writeFileSync(htmlPath, html);
