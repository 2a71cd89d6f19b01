// Trunk post-build hook, run after precompress.mjs and before csp.mjs by the same hook (see
// Trunk.toml); release builds only.
//
// Offline and installable: writes `sw.js`, a service worker that keeps every file of this
// build (the hashed wasm, glue, snippets, CSS, the manifest and icon, and the page itself) in
// a cache named after the build, and has the boot script register it once the app has
// started, so registering never competes with the first result for the network.
//
// Every request for a kept file is answered from the cache first: after one visit the planner
// opens and works with the network off. A new release is found when the browser checks
// sw.js on a later visit: the new worker keeps the new files, then takes over and drops the
// old cache, and the page says, quietly, that the update opens next time. The page is never
// taken from under the person's hands. Every URL is relative to the worker, so the same build
// works under any sub-path.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, join } from 'node:path';
import { minify } from 'terser';
import { dir, htmlPath } from './hook.mjs';

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js')
  .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
  .filter((name) => name !== 'index.html')
  .sort();
// The page is kept as "./" (what a visit asks for); its scripts change with every build, so the
// file names (hashed by content) name the build. index.html's own hash joins them.
const version = createHash('sha256')
  .update(files.join('\n'))
  .update(readFileSync(htmlPath))
  .digest('hex')
  .slice(0, 16);
const worker = `// Written by scripts/offline.mjs for this build.
const CACHE = 'sla-planner-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sla-planner-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  // A visit to the page (any query; the fragment never reaches here) gets the kept page.
  const kept = request.mode === 'navigate'
    ? caches.match('./', { cacheName: CACHE, ignoreSearch: true })
    : caches.match(request, { cacheName: CACHE });
  event.respondWith(kept.then((response) => response || fetch(request)));
});
`;
// Minified, as the glue is: every byte of it is downloaded at each visit's update check.
const terse = async (code, module) => {
  const { code: out } = await minify(code, { module, compress: { passes: 2 } });
  if (!out) throw new Error('terser returned nothing');
  return out;
};
writeFileSync(join(dir, 'sw.js'), await terse(worker, false));

// The boot script, once the app has started: the boot block goes, and the worker is
// registered. Taking over from an earlier worker means a new release was kept.
const started = 'window.wasmBindings = bindings;';
let html = readFileSync(htmlPath, 'utf8');
if (html.split(started).length !== 2) throw new Error(`index.html: expected one "${started}"`);
html = html.replace(started, () => `${started}
document.getElementById('boot')?.remove();
if ('serviceWorker' in navigator) {
  const workers = navigator.serviceWorker;
  const earlier = workers.controller;
  workers.addEventListener('controllerchange', () => {
    if (!earlier || document.getElementById('update-notice')) return;
    const notice = document.createElement('p');
    notice.id = 'update-notice';
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    notice.textContent = 'An update of the planner is ready: it opens next time.';
    document.body.append(notice);
  });
  workers.register('./sw.js').catch(() => {});
}`);
// The boot script is the page's only inline script: minified here, hashed by csp.mjs next.
const inline = [...html.matchAll(/<script type=module>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`index.html: expected one boot script, found ${inline.length}`);
const [whole, boot] = inline[0];
const small = await terse(boot, true);
html = html.replace(whole, () => `<script type=module>${small}</script>`);
writeFileSync(htmlPath, html);
console.log(`offline.mjs: sw.js keeps ${files.length + 1} files (cache ${version})`);
