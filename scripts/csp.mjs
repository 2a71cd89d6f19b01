// Trunk post-build hook (after minify-js.mjs): give the built page a strict
// Content-Security-Policy. Trunk boots the app from one inline module script whose text
// changes with every build, so the policy allows exactly that script by its SHA-256 hash and
// nothing else inline: no 'unsafe-inline', no 'unsafe-eval'. Release builds only (`trunk
// serve` injects scripts of its own).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`expected one inline boot script, found ${inline.length}`);
// The hash is over the exact text between the tags, whitespace included.
const hash = createHash('sha256').update(inline[0][1], 'utf8').digest('base64');
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  // wasm-bindgen fetches the .wasm; the glue is preloaded.
  "connect-src 'self'",
  "style-src 'self'",
  // The favicon is an empty data: URL.
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv=Content-Security-Policy content="${policy}">`;
// Straight after the charset, before anything the policy must cover.
const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
if (!charset.test(html)) throw new Error('index.html has no <meta charset=utf-8>');
if (html.includes('Content-Security-Policy')) throw new Error('index.html already has a policy');
writeFileSync(htmlPath, html.replace(charset, (tag) => tag + meta));
