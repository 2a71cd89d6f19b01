// Trunk post-build hook, run after post-build.mjs and before offline.mjs by the same hook (see
// Trunk.toml); release builds only.
//
// The wasm is most of what the page downloads. GitHub Pages compresses files on the fly with
// gzip and cannot serve one compressed ahead of time, so the build ships the wasm compressed by
// LZMA (`xz --format=lzma -9e`: 15 % smaller than the best DEFLATE, zopfli's, on this wasm) and
// the page unpacks it with scripts/lzma-decode.js, inlined into the boot script, before
// instantiating it: fewer bytes over the wire, the same wasm in memory. Served as opaque bytes,
// the file is not compressed again. The build decodes its own output with that decoder and
// stops unless it gets the wasm back byte for byte.
//
// dist/ then holds `<name>_bg.lzma.wasm` instead of `<name>_bg.wasm`: still a `.wasm`, so
// every tool that measures what the page downloads by its wasm, js, css and html counts it,
// and hosts that compress wasm on the fly may (harmlessly: the browser undoes that layer
// before the page sees the bytes). The boot script fetches it with its integrity hash (the
// preload link carries the same).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dir, htmlPath, replaceOnce, sri } from './hook.mjs';
import { decodeLzma } from './lzma-decode.js';

let html = readFileSync(htmlPath, 'utf8');
const wasmName = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
if (!wasmName) throw new Error('no _bg.wasm in the build');
const wasm = readFileSync(join(dir, wasmName));
const packedName = wasmName.replace(/\.wasm$/, '.lzma.wasm');
// lc=3, lp=0, pb=2 (xz's defaults) came out smallest of the settings tried on this wasm.
const packed = execFileSync('xz', ['--format=lzma', '-9e', '-c'], { input: wasm, maxBuffer: 1 << 28 });
if (!Buffer.from(decodeLzma(new Uint8Array(packed))).equals(wasm)) {
  throw new Error('the LZMA decoder does not give the wasm back');
}

// The decoder's source, without its `export` line, goes into the boot script as it is (the
// boot script is minified by offline.mjs).
const decoder = readFileSync(new URL('./lzma-decode.js', import.meta.url), 'utf8')
  .replace(/^export \{ decodeLzma \};\s*$/m, '');
if (decoder.includes('export')) throw new Error('lzma-decode.js: unexpected export');
// Trunk's boot script hands the wasm's path to wasm-bindgen's `init`, which also takes a
// promise of the wasm's bytes: the download (checked against its integrity hash), unpacked. A
// page whose wasm cannot be had or run says why in index.html's boot block instead of staying
// on "Loading…": a browser without WebAssembly, a download that failed, or a start that
// stopped. The first reason found is the one shown (by `bootSays`, which offline.mjs defines
// at the top of the boot script).
html = replaceOnce(
  html,
  'wasm path in the boot script',
  `const wasm = await init({ module_or_path: './${wasmName}' })`,
  `${decoder}
const newer = 'The planner needs a newer browser.';
const wasm = await init({ module_or_path: fetch('./${packedName}', { integrity: '${sri(packed)}' }).then((r) => {
    if (!r.ok) throw new Error(\`\${r.url}: HTTP \${r.status}\`);
    return r.arrayBuffer();
  }).then((packed) => decodeLzma(new Uint8Array(packed))).catch((e) => {
    bootSays(typeof WebAssembly === 'object'
      ? 'The planner could not be loaded. Reload the page to try again.'
      : newer);
    throw e;
  }) }).catch((e) => {
    bootSays(typeof WebAssembly === 'object'
      ? 'The planner stopped while starting. Reload the page to try again.'
      : newer);
    throw e;
  })`,
);
// The preload: the packed file, its hash; no longer of type application/wasm.
html = replaceOnce(html, 'wasm preload', `href=./${wasmName} `, `href=./${packedName} `);
html = replaceOnce(html, 'wasm integrity hash', sri(wasm), sri(packed));
html = html.replace(/ type=application\/wasm(?=[ >])/, '');
if (html.includes(`./${wasmName} `) || html.includes(`./${wasmName}'`)) {
  throw new Error('index.html still names the unpacked wasm');
}

writeFileSync(join(dir, packedName), packed);
rmSync(join(dir, wasmName));
writeFileSync(htmlPath, html);
console.log(`precompress.mjs: ${wasmName} ${wasm.length} B → ${packedName} ${packed.length} B`);
