// Trunk post-build hook, run after post-build.mjs and before csp.mjs by the same hook (see
// Trunk.toml); release builds only.
//
// The wasm is most of what the page downloads. GitHub Pages compresses it on the fly with gzip
// and cannot serve a file compressed ahead of time, so the build ships the wasm as raw DEFLATE
// made by zopfli (the same format gzip uses, about 5 % smaller than gzip -9) and the page
// inflates it with the browser's DecompressionStream as it compiles it: fewer bytes over the
// wire, the same wasm in memory. Served as opaque bytes, the file is not compressed again.
//
// dist/ then holds `<name>_bg.deflate.wasm` instead of `<name>_bg.wasm`: still a `.wasm`, so
// every tool that measures what the page downloads by its wasm, js, css and html counts it,
// and hosts that compress wasm on the fly may (harmlessly: the browser undoes that layer
// before the page inflates this one). The boot script fetches it with its integrity hash (the
// preload link carries the same).
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { deflateAsync } from '@gfx/zopfli';
import { dir, htmlPath, sri } from './hook.mjs';

let html = readFileSync(htmlPath, 'utf8');
const wasmName = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
if (!wasmName) throw new Error('no _bg.wasm in the build');
const wasm = readFileSync(join(dir, wasmName));
const packedName = wasmName.replace(/\.wasm$/, '.deflate.wasm');
// 15 iterations: within 0.1 % of 50, in a second.
const packed = Buffer.from(await deflateAsync(wasm, { numiterations: 15 }));
if (!inflateRawSync(packed).equals(wasm)) throw new Error('zopfli output does not inflate to the wasm');

const replaceOnce = (what, before, after) => {
  const found = html.split(before).length - 1;
  if (found !== 1) throw new Error(`index.html: expected one ${what}, found ${found}`);
  html = html.replace(before, () => after);
};
// Trunk's boot script hands the wasm's path to wasm-bindgen's `init`, which also takes a
// promise of a Response: the download (checked against its integrity hash), inflated as it
// is compiled. A page whose wasm cannot be had or run says why in index.html's boot block
// instead of staying on "Loading…": a browser without WebAssembly or without
// DecompressionStream("deflate-raw") (before 2023), a download that failed, or a start that
// stopped. The first reason found is the one shown.
replaceOnce(
  'wasm path in the boot script',
  `const wasm = await init({ module_or_path: './${wasmName}' })`,
  `const bootSays = (text) => {
  const status = document.getElementById('boot-status');
  if (status && !status.dataset.said) { status.dataset.said = '1'; status.textContent = text; }
};
const wasm = await init({ module_or_path: fetch('./${packedName}', { integrity: '${sri(packed)}' }).then((r) => {
    if (!r.ok) throw new Error(\`\${r.url}: HTTP \${r.status}\`);
    return new Response(r.body.pipeThrough(new DecompressionStream('deflate-raw')),
      { headers: { 'content-type': 'application/wasm' } });
  }).catch((e) => {
    let modern = typeof WebAssembly === 'object';
    try { new DecompressionStream('deflate-raw'); } catch { modern = false; }
    bootSays(modern
      ? 'The planner could not be loaded. Reload the page to try again.'
      : 'The planner needs a browser from 2023 or later.');
    throw e;
  }) }).catch((e) => {
    bootSays(typeof WebAssembly === 'object'
      ? 'The planner stopped while starting. Reload the page to try again.'
      : 'The planner needs a browser from 2023 or later.');
    throw e;
  })`,
);
// The preload: the packed file, its hash; no longer of type application/wasm.
replaceOnce('wasm preload', `href=./${wasmName} `, `href=./${packedName} `);
replaceOnce('wasm integrity hash', sri(wasm), sri(packed));
html = html.replace(/ type=application\/wasm(?=[ >])/, '');
if (html.includes(`./${wasmName} `) || html.includes(`./${wasmName}'`)) {
  throw new Error('index.html still names the unpacked wasm');
}

writeFileSync(join(dir, packedName), packed);
rmSync(join(dir, wasmName));
writeFileSync(htmlPath, html);
console.log(`precompress.mjs: ${wasmName} ${wasm.length} B → ${packedName} ${packed.length} B`);
