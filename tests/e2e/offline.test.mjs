// Offline and installable: after one visit the planner opens and works with the network off,
// it can be installed, a new release is taken up on the next visit with a quiet notice, and
// before the wasm arrives the page says what it is and that it is loading.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DIST_DIR, plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, PlannerPage, RESULTS, launchChromium } from './planner.page.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';

const allowWorkers = { context: { serviceWorkers: 'allow' } };
const scenario = plannerSuite({ base: '/tools/sla-planner/' });

/** Wait until a service worker controls the page. */
async function controlled(page) {
  await waitFor(
    () => page.evaluate(() => Boolean(navigator.serviceWorker.controller)),
    (yes) => yes,
    'a service worker controlling the page',
    { timeout: 15_000 },
  );
}

/**
 * Serve `dir` under `base` from a server of the test's own (so the test may stop it), open the
 * planner once the offline worker controls it, run `body(planner, server)`, and fail if the
 * page logged an error.
 */
async function withWorker(dir, base, body) {
  const server = await serve(dir, { base });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const planner = new PlannerPage(await context.newPage(), server.url);
    await planner.goto();
    await controlled(planner.page);
    await body(planner, server);
    assert.deepEqual(planner.errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
}

test('after one visit the planner opens and computes with the host gone, under a sub-path', () =>
  // The host itself goes away: Playwright's offline mode does not cover a worker's own fetches,
  // so only a server that is gone shows that everything came from the worker's cache.
  withWorker(DIST_DIR, '/tools/sla-planner/', async (planner, server) => {
    await server.close();
    await planner.reload();
    assert.equal(await planner.outputText(RESULTS.leads), '100');
    await planner.fill(FIELDS.goal, '10000');
    await waitFor(() => planner.outputText(RESULTS.leads), (v) => v === '200', 'the quota offline');
    // A visit with a query string is the same page.
    await planner.page.goto(`${planner.url}?from=bookmark`);
    await planner.waitUntilReady();
  }));

test('the planner can be installed: a manifest, an icon and a service worker', scenario(allowWorkers, async (planner) => {
  const { page } = planner;
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test browser contexts are incognito, where nothing installs; any other reason is ours.
  const ours = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  assert.deepEqual(ours, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  assert.match(manifest.url, /\/tools\/sla-planner\/manifest\.webmanifest$/);
}));

test('before the wasm arrives the page shows its title and "Loading…"', scenario(async (planner) => {
  const { page } = planner;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.lzma\.wasm$/, async (route) => { await held; await route.continue(); });
  const loading = page.reload();
  await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'SLA capacity planner');
  release();
  await loading;
  await planner.waitUntilReady();
  assert.equal(await page.getByText('Loading…').count(), 0, 'the boot block is gone once the app starts');
  await page.unroute(/\.lzma\.wasm$/);
}));

// A release replaces the files on the host: served from a copy of dist/ that the test changes.
let copy;
after(() => copy && rm(copy, { recursive: true, force: true }));

test('a new release is taken up on the next visit, said quietly, never mid-edit', async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'sla-dist-'));
  await cp(DIST_DIR, copy, { recursive: true });
  await withWorker(copy, '/', async (planner) => {
    // A later visit, opened from the kept files.
    await planner.reload();
    await planner.fill(FIELDS.goal, '7000');
    // The release: the page changes, and the build writes its worker again.
    const page = path.join(copy, 'index.html');
    await writeFile(page, (await readFile(page, 'utf8')).replace('</body>', '<!-- release 2 --></body>'));
    await writeServiceWorker(copy);
    // The open page checks for updates (as a browser does on a later visit or after a day).
    await planner.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = planner.page.getByRole('status').filter({ hasText: 'An update of the planner is ready: it opens next time.' });
    await notice.waitFor();
    // Nothing was reloaded under the person's hands: the typed value is still there.
    assert.equal(await planner.page.getByLabel(FIELDS.goal, { exact: true }).inputValue(), '7000');
    await planner.page.getByRole('button', { name: 'Dismiss', exact: true }).first().click();
    assert.equal(await notice.count(), 0, 'the notice dismissed');
    // The next visit opens the new release; the previous release's cache is kept for pages
    // still open, no more.
    await planner.reload();
    assert.match(await planner.page.content(), /release 2/);
    const kept = await planner.page.evaluate(() => caches.keys());
    assert.equal(kept.filter((k) => /^sla-planner-[0-9a-f]{16}$/.test(k)).length, 2, `${kept}`);
  });
});
