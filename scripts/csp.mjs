// Trunk post-build hook, run after post-build.mjs by the same hook (see Trunk.toml): give the
// built page a strict Content-Security-Policy. Trunk boots the app from one inline module
// script whose text changes with every build, so the policy allows exactly that script by its
// SHA-256 hash and nothing else inline: no 'unsafe-inline', no 'unsafe-eval'. Release builds
// only; `trunk serve` adds its own reload script, and its pages get no policy.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlPath, inlineScripts } from './hook.mjs';

const html = readFileSync(htmlPath, 'utf8');
const inline = inlineScripts(html);
if (inline.some(([, text]) => text.includes('.well-known/trunk/ws'))) {
  console.log('csp.mjs: trunk serve page (live reload script); no Content-Security-Policy added');
  process.exit(0);
}
if (inline.length !== 1) throw new Error(`expected one inline boot script, found ${inline.length}`);
// The hash is over the text between the tags as the browser sees it: whitespace included,
// line ends normalised to LF by the HTML parser.
const boot = inline[0][1].replace(/\r\n?/g, '\n');
const hash = createHash('sha256').update(boot, 'utf8').digest('base64');
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  // wasm-bindgen fetches the .wasm; the glue is preloaded.
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  // The offline service worker (sw.js) and the web app manifest.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv=Content-Security-Policy content="${policy}">`;
// Straight after the charset, before anything the policy must cover.
const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
if (!charset.test(html)) throw new Error('index.html has no <meta charset=utf-8>');
if (html.includes('Content-Security-Policy')) throw new Error('index.html already has a policy');
writeFileSync(htmlPath, html.replace(charset, (tag) => tag + meta));
