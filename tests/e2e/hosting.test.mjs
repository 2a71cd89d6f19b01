// Static hosting under a sub-path: the same dist/ works below any folder, not only at "/".

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { plannerSuite } from './harness.mjs';

const scenario = plannerSuite({ base: '/tools/sla-planner/' });

test('the release build works when served under a sub-path', scenario(async (planner) => {
  assert.match(planner.page.url(), /\/tools\/sla-planner\/$/);
  assert.equal(await planner.outputText('Qualified leads per month'), '100');
}));

test('the page runs under a strict Content-Security-Policy that refuses injected scripts', scenario(async (planner) => {
  const policy = await planner.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='/);
  assert.match(policy, /style-src 'self'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  // The app booted under it (the harness waited for the quota); an injected inline script is
  // refused, and the violation reaches the page's listener.
  const refused = await planner.page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  }));
  assert.equal(refused, 'script-src-elem');
  assert.equal(await planner.page.evaluate(() => window.injected), undefined);
  // The refusal is the only error: Chromium's own report of it and our listener's.
  const expected = (e) => /securitypolicyviolation|Content Security Policy/.test(e);
  assert.ok(planner.errors.some((e) => e.startsWith('console.error: securitypolicyviolation')));
  planner.errors = planner.errors.filter((e) => !expected(e));
}));

test('the wasm travels compressed, and a page that cannot start says why', scenario(async (planner) => {
  const { page } = planner;
  const wasmRequests = [];
  page.on('request', (r) => { if (/\.wasm/.test(r.url())) wasmRequests.push(r.url()); });
  await planner.reload();
  assert.ok(wasmRequests.length > 0 && wasmRequests.every((url) => url.endsWith('.lzma.wasm')), `${wasmRequests}`);

  // The compressed wasm cannot be fetched (a deploy replaced it under a cached page).
  await page.route(/\.lzma\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  await page.getByText('could not be loaded. Reload the page').waitFor();
  await page.unroute(/\.lzma\.wasm$/);

  // The JavaScript glue cannot be fetched: said too, not "Loading…" for ever.
  await page.route(/sla-planner-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  await page.getByText('could not be loaded. Reload the page').waitFor();
  await page.unroute(/sla-planner-[0-9a-f]+\.js$/);

  // A browser without WebAssembly.
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.reload();
  await page.getByText('The planner needs a newer browser.').waitFor();
  // Both failures also reach the console; nothing else does.
  planner.errors = planner.errors.filter((e) => !/Failed to fetch|integrity|404|WebAssembly|dynamically imported module/.test(e));
}));
