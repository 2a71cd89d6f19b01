// The offline service worker of a build (`sw.js`), written by scripts/worker.mjs as the last
// post-build step, and by the offline end-to-end test for a simulated release.
//
// It keeps every file of the build (the page itself as "./") in a cache named after the
// contents of all of them, so any change to any file is a new worker. Every URL is relative to
// the worker, so the same build works under any sub-path.
// - Install: each file fetched past the browser's HTTP cache (a host's max-age must not hand a
//   new release the previous release's page), then the worker takes over at once.
// - Activate: the caches of all but the previous release are deleted. The previous one stays:
//   a page of that release still open may yet ask for its own files.
// - Fetch: a visit to the page (its folder or index.html, any query) gets the kept page; other
//   pages of the site are left to the network. Files are answered from this release's cache,
//   else the previous one's, else the network.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';

/** Write `sw.js` into the built folder `dir` for the files it holds now. */
export async function writeServiceWorker(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'sw.js')
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(dir, file)));
  const version = hash.digest('hex').slice(0, 16);
  const urls = files.map((f) => (f === 'index.html' ? './' : `./${f}`));
  const worker = `
const CACHE = 'sla-planner-${version}';
const ORDER = 'sla-planner-order';
const FILES = ${JSON.stringify(urls)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map(async (url) => {
    const response = await fetch(new Request(url, { cache: 'reload' }));
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    // A redirected response cannot answer a visit: keep a copy that is not.
    await cache.put(url, response.redirected
      ? new Response(await response.blob(), { headers: response.headers })
      : response);
  }))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const order = await caches.open(ORDER);
    const kept = await order.match('./order');
    const names = (kept ? await kept.json() : []).filter((n) => n !== CACHE).concat(CACHE).slice(-2);
    await order.put('./order', new Response(JSON.stringify(names)));
    for (const name of await caches.keys()) {
      if (name.startsWith('sla-planner-') && name !== ORDER && !names.includes(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  const scope = new URL('./', location.href).pathname;
  if (request.mode === 'navigate') {
    if (url.pathname !== scope && url.pathname !== scope + 'index.html') return;
    event.respondWith(caches.match('./', { cacheName: CACHE }).then((page) => page || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE })
    .then((file) => file || caches.match(request))
    .then((file) => file || fetch(request)));
});
`;
  // Minified, as the glue is: it is fetched at every visit's update check.
  const { code } = await minify(worker, { compress: { passes: 2 } });
  if (!code) throw new Error('terser returned nothing for sw.js');
  writeFileSync(join(dir, 'sw.js'), code);
  return { files: files.length, version };
}
