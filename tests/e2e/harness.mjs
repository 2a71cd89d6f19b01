// Shared setup for the end-to-end tests: serve the release build, start Chromium once per
// file, give every test a fresh browser context (fresh localStorage), and check that no
// test leaves a console error or page error behind, and that axe-core finds no
// accessibility violation when the page opens and when the test ends.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { DIST_DIR, REPO_ROOT, requireBuiltDist } from '../../scripts/dist-dir.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { launchChromium, PlannerPage } from './planner.page.mjs';

export { DIST_DIR, REPO_ROOT };

export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'artifacts');

/**
 * Register this file's server and browser, and return `scenario`, which turns a test body
 * into a `node:test` function:
 *
 *   const scenario = plannerSuite();
 *   test('…', scenario(async (planner) => { … }));
 *   test('…', scenario({ context: { deviceScaleFactor: 2 } }, async (planner) => { … }));
 *
 * `base` serves dist/ under that path (e.g. `/tools/planner/`), as a static host with a sub-path
 * would. Options: `context` (Playwright browser-context options, e.g. `viewport`), `storage`
 * (localStorage entries present before the page's first script runs) and `init` (a function
 * run in the page before its own scripts, to simulate a hostile browser). Each scenario gets
 * a fresh context, the planner already open and ready, and fails if the page logged an
 * error. On failure a screenshot goes to tests/e2e/artifacts/.
 */
export function plannerSuite({ base = '/' } = {}) {
  let server;
  let browser;
  before(async () => {
    await requireBuiltDist();
    server = await serve(DIST_DIR, { base });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return function scenario(options, body) {
    if (typeof options === 'function') [options, body] = [{}, options];
    const { context: contextOptions = {}, storage = {}, init } = options;
    return async (t) => {
      const context = await browser.newContext({
        // The offline service worker would answer requests the tests reroute; its own tests
        // (offline.test.mjs) allow it.
        serviceWorkers: 'block',
        ...contextOptions,
        storageState: storageState(server.url, storage),
      });
      if (init) await context.addInitScript(init);
      const planner = new PlannerPage(await context.newPage(), server.url);
      try {
        await planner.goto();
        assert.deepEqual(await planner.accessibilityViolations(), [], 'accessibility on opening');
        await body(planner, t);
        assert.deepEqual(planner.errors, [], 'the page logged errors');
        // Every state a test leaves the page in meets WCAG 2.2 AA as axe-core checks it.
        if (!planner.page.isClosed()) {
          assert.deepEqual(await planner.accessibilityViolations(), [], 'accessibility at the end');
        }
      } catch (error) {
        await saveScreenshot(planner, t.name);
        throw planner.explain(error);
      } finally {
        await context.close();
      }
    };
  };
}

/** Playwright storage state holding `entries` in the served origin's localStorage. */
function storageState(url, entries) {
  return {
    cookies: [],
    origins: [
      {
        origin: new URL(url).origin,
        localStorage: Object.entries(entries).map(([name, value]) => ({ name, value })),
      },
    ],
  };
}

async function saveScreenshot(planner, testName) {
  try {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const file = `${testName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`;
    await planner.screenshot(path.join(ARTIFACTS_DIR, file));
  } catch {
    // A screenshot is a diagnostic only; the original failure is what matters.
  }
}

/**
 * Poll `read()` until it returns a value `accept` agrees with, and return that value; after
 * `timeout` ms fail, showing the last value read. The DOM updates asynchronously after each
 * input, so every check on it goes through here or {@link eventually}.
 */
export async function waitFor(read, accept, message, options) {
  const { settled, value } = await poll(read, accept, options);
  if (!settled) {
    throw new assert.AssertionError({
      message: `${message}: still ${JSON.stringify(value)}`,
      actual: value,
      operator: 'waitFor',
    });
  }
  return value;
}

/** Poll `read()` until it deep-equals `expected`; fail showing the difference otherwise. */
export async function eventually(read, expected, message, options) {
  const { value } = await poll(read, (v) => isDeepStrictEqual(v, expected), options);
  assert.deepEqual(value, expected, message);
  return value;
}

async function poll(read, accept, { timeout = 5_000, interval = 25 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return { settled: true, value };
    if (Date.now() >= deadline) return { settled: false, value };
    await sleep(interval);
  }
}

/** Give debounced work (the ~300 ms autosave) time to run. */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `YYYY-MM` shifted by `months`, as the app writes it in English: "March 2026". */
export function monthLabel(yearMonth, months = 0) {
  const [year, month] = yearMonth.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  return `${MONTH_NAMES[index % 12]} ${Math.floor(index / 12)}`;
}

/** Days in the month `YYYY-MM`. */
export function daysInMonth(yearMonth) {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
