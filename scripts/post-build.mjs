// Trunk post-build hook (release builds only): make the JavaScript glue and the wasm's
// interface small, then keep their subresource-integrity hashes in index.html right.
//
// 1. Leptos always brings in server functions' streaming helpers (wasm-streams): three
//    JavaScript classes exported by the glue and backed by wasm exports. A browser-only app
//    never makes them, so the classes, their exports and the code behind them are removed
//    (wasm-opt runs again to drop that code). Each piece of glue removed must be found where
//    expected, or the build fails here.
// 2. wasm-bindgen names every import the wasm takes from the glue `__wbg_<name>_<16 hex
//    digits>`; the hex does not compress, and each name is spelled in both files (about 4 KB
//    gzipped). Each import gets a short name instead, `_0`, `_1`, …, in both files; so do the
//    long export names the glue calls (`$0`, …). Every old import name must appear exactly
//    once in the glue, as its key in the imports object, or the build fails here rather than
//    shipping a page that cannot start.
// 3. The glue is minified with terser (Trunk's own minifier fails on it), and so are the
//    JavaScript snippets Rust code imports.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { dir, htmlPath, sri } from './hook.mjs';

let html = readFileSync(htmlPath, 'utf8');
const replaceHash = (name, before, after) => {
  const hash = sri(before);
  if (!html.includes(hash)) throw new Error(`index.html has no integrity hash for ${name}`);
  html = html.replaceAll(hash, sri(after));
};

const files = readdirSync(dir);
const wasmName = files.find((f) => f.endsWith('.wasm'));
const jsName = files.find((f) => f.endsWith('.js'));
if (!wasmName || !jsName) throw new Error('no .wasm or no .js in the build');
const wasm = readFileSync(join(dir, wasmName));
let js = readFileSync(join(dir, jsName), 'utf8');

// 1. The unused streaming classes (IntoUnderlyingSource, IntoUnderlyingSink and
//    IntoUnderlyingByteSource): each class, its dispose hook and its finalization registry.
const STREAMS = /IntoUnderlying(?:Byte)?S(?:ource|ink)/.source;
const removals = [
  [new RegExp(`^export class (${STREAMS}) \\{\\n[\\s\\S]*?^\\}\\n`, 'gm'), 3],
  [new RegExp(`^if \\(Symbol\\.dispose\\) ${STREAMS}\\.prototype\\[Symbol\\.dispose\\] = ${STREAMS}\\.prototype\\.free;\\n`, 'gm'), 3],
  [new RegExp(`^const ${STREAMS}Finalization = [^;]*;\\n`, 'gm'), 3],
];
for (const [pattern, expected] of removals) {
  const found = js.match(pattern)?.length ?? 0;
  if (found !== expected) throw new Error(`expected ${expected} of ${pattern} in the glue, found ${found}`);
  js = js.replace(pattern, '');
}
if (/intounderlying/i.test(js)) throw new Error('the glue still uses the streaming classes');
const withoutStreams = optimise(dropExports(wasm, (name) => /intounderlying/.test(name)));

// 2. Short names across the interface.
const escape = (name) => name.replace(/[$.*+?^(){}[\]|\\]/g, '\\$&');
const word = (name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g');
const uses = (name) => js.match(word(name))?.length ?? 0;
// A wasm export is renamed with the glue's own wrapper of the same name, never where the glue
// exports that name to other modules (a JavaScript API must keep its names).
const exportedByGlue = (name) => new RegExp(`^export[^\\n]*(?<![\\w$])${escape(name)}(?![\\w$])`, 'm').test(js);
const { wasm: renamedWasm, renames } = renameInterface(withoutStreams, uses, exportedByGlue);
// A function, so that `$1` in a new name is never read as a replacement pattern.
for (const [from, to] of renames) js = js.replace(word(from), () => to);
writeFileSync(join(dir, wasmName), renamedWasm);
replaceHash(wasmName, wasm, renamedWasm);

// 3. Minified glue and snippets.
const { code } = await minify(js, { module: true, compress: true, mangle: true });
replaceHash(jsName, readFileSync(join(dir, jsName)), code);
writeFileSync(join(dir, jsName), code);

// JavaScript snippets that Rust code imports (`#[wasm_bindgen(module = …)]`) ship as they are
// written, with comments: minified too, their preload's integrity hash updated.
for (const entry of readdirSync(dir, { recursive: true })) {
  if (!entry.startsWith('snippets') || !entry.endsWith('.js')) continue;
  const path = join(dir, entry);
  const source = readFileSync(path);
  const { code: snippet } = await minify(source.toString('utf8'), { module: true, compress: true, mangle: true });
  replaceHash(entry, source, snippet);
  writeFileSync(path, snippet);
}
writeFileSync(htmlPath, html);

/**
 * The wasm with every function import renamed `_<base 36 index>`, and every export with a
 * long name that the glue uses but does not export itself renamed `$<base 36 index>` (in the
 * glue, every use of the name, its wrapper function's included); and the renames.
 * `uses(name)` counts a name's uses in the glue: an import must be used exactly once (its key
 * in the imports object).
 */
function renameInterface(bytes, uses, exportedByGlue) {
  const renames = [];
  let exported = 0;
  const wasm = rewriteSections(bytes, (id, body) => {
    if (id !== 2 && id !== 7) return body;
    const read = reader(body);
    const count = read.u32();
    const out = [...leb128(count)];
    for (let i = 0; i < count; i += 1) {
      const module = id === 2 ? read.name() : null;
      let field = read.name();
      const desc = read.at;
      const kind = body[read.at++];
      read.u32(); // the function, table, memory or global it names
      if (id === 2) {
        if (kind !== 0) throw new Error(`import ${module}.${field} is not a function`);
        const found = uses(field);
        if (found !== 1) throw new Error(`import ${field} appears ${found} times in the glue, not once`);
        renames.push([field, `_${renames.length.toString(36)}`]);
        field = renames.at(-1)[1];
        out.push(...encodeName(module));
      } else if (field.length > 12 && uses(field) > 0 && !exportedByGlue(field)) {
        renames.push([field, `$${(exported++).toString(36)}`]);
        field = renames.at(-1)[1];
      }
      out.push(...encodeName(field), ...body.subarray(desc, read.at));
    }
    if (read.at !== body.length) throw new Error(`section ${id} did not parse to its end`);
    return Buffer.from(out);
  });
  return { wasm, renames };
}

/** The wasm without the exports whose names `drop` picks. */
function dropExports(bytes, drop) {
  return rewriteSections(bytes, (id, body) => {
    if (id !== 7) return body;
    const read = reader(body);
    const count = read.u32();
    const kept = [];
    for (let i = 0; i < count; i += 1) {
      const start = read.at;
      const name = read.name();
      read.at += 1; // the export's kind
      read.u32(); // and its index
      if (!drop(name)) kept.push(body.subarray(start, read.at));
    }
    return Buffer.concat([Buffer.from(leb128(kept.length)), ...kept]);
  });
}

/** The wasm with each section's body replaced by `rewrite(id, body)`. */
function rewriteSections(bytes, rewrite) {
  const read = reader(bytes, 8);
  const out = [bytes.subarray(0, 8)];
  while (read.at < bytes.length) {
    const id = bytes[read.at++];
    const size = read.u32();
    const body = rewrite(id, bytes.subarray(read.at, read.at + size));
    out.push(Buffer.from([id, ...leb128(body.length)]), body);
    read.at += size;
  }
  return Buffer.concat(out);
}

/** Reads unsigned LEB128 numbers and names from wasm bytes, from `at` on. (A function, not a
 * class: the steps at the top of this file run before a class below them would exist.) */
function reader(bytes, at = 0) {
  return {
    at,
    u32() {
      let result = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[this.at++];
        result += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return result;
      }
    },
    name() {
      const length = this.u32();
      const text = bytes.subarray(this.at, this.at + length).toString('utf8');
      this.at += length;
      return text;
    },
  };
}

function encodeName(text) {
  const utf8 = Buffer.from(text, 'utf8');
  return [...leb128(utf8.length), ...utf8];
}

/** `bytes` through wasm-opt again (shrinking only: the first pass, as index.html asks, has
 * done the rest), so code only the dropped exports reached is removed. */
function optimise(bytes) {
  const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  const input = join(dir, 'post-build-in.wasm');
  const output = join(dir, 'post-build-out.wasm');
  writeFileSync(input, bytes);
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
  execFileSync(join(source, 'node_modules', '.bin', 'wasm-opt'), [
    ...features.map((f) => `--enable-${f}`),
    '--converge', '-Oz', '--strip-producers', '--strip-target-features',
    input, '-o', output,
  ]);
  const optimised = readFileSync(output);
  rmSync(input);
  rmSync(output);
  return optimised;
}

function leb128(n) {
  const out = [];
  do {
    const byte = n & 0x7f;
    n = Math.floor(n / 128);
    out.push(n > 0 ? byte | 0x80 : byte);
  } while (n > 0);
  return out;
}
