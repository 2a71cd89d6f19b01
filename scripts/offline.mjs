// Trunk post-build hook, run after precompress.mjs and before csp.mjs by the same hook (see
// Trunk.toml); release builds only.
//
// Offline and installable, the page's side: the boot script registers the offline service
// worker (`sw.js`, written last by scripts/worker.mjs) once the app has started, so
// registering never competes with the first result for the network. It listens from its first
// line for a worker taking over from an earlier one: that is a new release kept for the next
// visit, which the page says quietly. The page is never reloaded under the person's hands.
// Then the boot script, the page's only inline script, is minified (csp.mjs hashes it next).
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { htmlPath, inlineScripts, replaceOnce } from './hook.mjs';

let html = readFileSync(htmlPath, 'utf8');
// Trunk imports the glue statically: a glue (or snippet) that cannot be had would stop the
// boot script before its first line, leaving "Loading…" for ever. Imported dynamically, the
// failure is said. `bootSays` writes why the app cannot start into the boot block (the first
// reason found stays).
const staticImport = html.match(/import init, \* as bindings from '(\.\/[^']+\.js)';/);
if (!staticImport) throw new Error("index.html: Trunk's import of the glue not found");
html = replaceOnce(html, 'glue import', staticImport[0], `const bootSays = (text) => {
  const status = document.getElementById('boot-status');
  if (status && !status.dataset.said) { status.dataset.said = '1'; status.textContent = text; }
};
const bindings = await import('${staticImport[1]}').catch((e) => {
  bootSays('The planner could not be loaded. Reload the page to try again.');
  throw e;
});
const init = bindings.default;`);
html = replaceOnce(html, 'boot script', '<script type=module>', `<script type=module>
const workers = navigator.serviceWorker;
const earlier = workers?.controller;
workers?.addEventListener('controllerchange', () => {
  if (!earlier || document.getElementById('update-notice')) return;
  const notice = document.createElement('div');
  notice.id = 'update-notice';
  notice.className = 'update-notice';
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.textContent = 'An update of the planner is ready: it opens next time.';
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.onclick = () => notice.remove();
  notice.append(text, dismiss);
  document.body.prepend(notice);
});
`);
html = replaceOnce(html, 'start of the app', 'window.wasmBindings = bindings;', `window.wasmBindings = bindings;
workers?.register('./sw.js').catch(() => {});`);

const inline = inlineScripts(html);
if (inline.length !== 1) throw new Error(`index.html: expected one boot script, found ${inline.length}`);
const [whole, boot] = inline[0];
const { code } = await minify(boot, { module: true, compress: { passes: 2 } });
if (!code) throw new Error('terser returned nothing for the boot script');
const tag = whole.slice(0, whole.indexOf('>') + 1);
html = html.replace(whole, () => `${tag}${code}</script>`);
writeFileSync(htmlPath, html);
console.log('offline.mjs: boot script registers the offline worker, minified');
