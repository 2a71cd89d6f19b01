// Benchmark of the release build: download size, time to first result and slider latency,
// each against its budget. It reports; it never fails a build over a budget (the tests do
// not time things). It exits non-zero only when the page cannot be measured at all.
//
//   node scripts/bench.mjs          (serves $DIST_DIR, default <repo>/dist)

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { DIST_DIR, requireBuiltDist } from './dist-dir.mjs';
import { serve } from './static-server.mjs';
import { FIELDS, launchChromium, PLAN_KEY, PlannerPage, RESULTS } from '../tests/e2e/planner.page.mjs';

const BUDGET = {
  gzipBytes: 150 * 1000,
  firstResultMs: 300,
  mobileFirstResultMs: 1500,
  sliderMedianMs: 2,
  sliderP95Ms: 8,
};
const PAGE_LOADS = 5;
const MOBILE_LOADS = 3;
/** A mid-range phone on a slow connection: 1.6 Mbps down, 150 ms round trips, 4× slower CPU. */
const MOBILE = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 },
  cpuSlowdown: 4,
};
const SLIDER_INPUTS = 250;

async function main() {
  await requireBuiltDist(DIST_DIR);
  const sizes = await measureSizes(DIST_DIR);
  const server = await serve(DIST_DIR);
  // Compressed, as a static host serves it, for the mobile profile.
  const gzipServer = await serve(DIST_DIR, { gzip: true });
  const browser = await launchChromium();
  try {
    const firstResult = await measureFirstResult(browser, server.url);
    const mobile = await measureMobileFirstResult(browser, gzipServer.url);
    const slider = await measureSlider(browser, server.url);
    report({ sizes, firstResult, mobile, slider });
  } finally {
    await browser.close();
    await server.close();
    await gzipServer.close();
  }
}

// ---- size ------------------------------------------------------------------------------

/** Raw and gzip -9 bytes of every file under `dir` (the wasm is already DEFLATE-compressed by
 * the build, so gzip -9 adds its few bytes of framing: what a gzip-only host sends). */
async function measureSizes(dir) {
  const files = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    const bytes = await readFile(full);
    files.push({
      name: path.relative(dir, full),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return { files, total };
}

/** Run `measure`; a measurement is void if the page logged an error, so that fails it. */
async function measuring(planner, measure) {
  try {
    const result = await measure();
    if (planner.errors.length > 0) throw new Error('the page logged errors during the measurement');
    return result;
  } catch (error) {
    throw planner.explain(error);
  }
}

// ---- time to first result --------------------------------------------------------------

/**
 * Milliseconds from navigation start until the leads output first shows text: the median
 * over `loads` loads, each in a fresh context (cold storage, no page cache), failing after
 * `timeout` ms. `prepare` may set up the page first (throttling, for the mobile profile).
 */
async function measureFirstResult(
  browser,
  url,
  { loads = PAGE_LOADS, timeout = 10_000, prepare = async () => {} } = {},
) {
  const times = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await prepare(context, page);
      await page.addInitScript(recordFirstResult, RESULTS.leads);
      const planner = new PlannerPage(page, url);
      await measuring(planner, async () => {
        await planner.goto();
        const ms = await page.waitForFunction(() => window.__firstResultMs, null, { timeout });
        times.push(await ms.jsonValue());
      });
    } finally {
      await context.close();
    }
  }
  return { times, median: quantile(times, 0.5) };
}

/**
 * The first result on the mobile profile: cold cache, throttled network and CPU through the
 * Chrome DevTools Protocol, files served gzip-compressed. Median of `MOBILE_LOADS` loads.
 */
function measureMobileFirstResult(browser, url) {
  return measureFirstResult(browser, url, {
    loads: MOBILE_LOADS,
    timeout: 60_000,
    prepare: async (context, page) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', MOBILE.network);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
    },
  });
}

/** In the page, before any of its scripts: note when the output labelled `label` fills. */
function recordFirstResult(label) {
  const filled = () =>
    [...document.querySelectorAll('output')].some(
      (output) =>
        output.textContent.trim() !== '' &&
        [...output.labels].some((l) => l.textContent.trim() === label),
    );
  const observer = new MutationObserver(() => {
    if (filled()) {
      window.__firstResultMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

// ---- slider latency ---------------------------------------------------------------------

/**
 * Milliseconds from a slider `input` event until both the leads output and the chart have
 * updated, over `SLIDER_INPUTS` inputs on the goal slider.
 */
async function measureSlider(browser, url) {
  const context = await browser.newContext({ storageState: largestPlan(url) });
  try {
    const planner = new PlannerPage(await context.newPage(), url);
    const times = await measuring(planner, async () => {
      await planner.goto();
      await planner.waitForDrawsAbove(0);
      // The offline worker keeps the build's files once the app has started; measured after
      // that, as a person dragging a slider seconds after opening the page would be.
      await planner.page.evaluate(() => Promise.race([
        navigator.serviceWorker.ready,
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]));
      const elements = {
        slider: await planner.slider(FIELDS.goal).elementHandle(),
        leads: await planner.output(RESULTS.leads).elementHandle(),
        chart: await planner.chart().elementHandle(),
      };
      return planner.page.evaluate(timeSliderInputs, { ...elements, iterations: SLIDER_INPUTS });
    });
    return { times, median: quantile(times, 0.5), p95: quantile(times, 0.95) };
  } finally {
    await context.close();
  }
}

/**
 * In the page: set the slider to a new value, fire `input`, and time until the leads text
 * has changed and `data-draws` has gone up. Values alternate between the lower and upper
 * thirds of the range, so each one differs from the last and changes the lead count.
 */
async function timeSliderInputs({ slider, leads, chart, iterations }) {
  const min = Number(slider.min || 0);
  const max = Number(slider.max || 100);
  const step = Number(slider.step) || 1;
  const snap = (v) => min + Math.round((v - min) / step) * step;
  const draws = () => Number(chart.getAttribute('data-draws') ?? 0);
  const updated = (leadsBefore, drawsBefore) =>
    new Promise((resolve, reject) => {
      const done = () => leads.textContent !== leadsBefore && draws() > drawsBefore;
      if (done()) return resolve();
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no update after 5 s (leads "${leads.textContent}", draws ${draws()})`));
      }, 5_000);
      const observer = new MutationObserver(() => {
        if (done()) {
          clearTimeout(timer);
          observer.disconnect();
          resolve();
        }
      });
      const options = { attributes: true, characterData: true, subtree: true, childList: true };
      observer.observe(leads, options);
      observer.observe(chart, options);
    });

  const times = [];
  for (let i = 0; i < iterations; i += 1) {
    const third = (max - min) / 3;
    const low = i % 2 === 0;
    const offset = ((i >> 1) % 50) / 50;
    const value = snap(low ? min + third * (0.5 + 0.5 * offset) : max - third * (1 - 0.5 * offset));
    const leadsBefore = leads.textContent;
    const drawsBefore = draws();
    slider.value = String(value);
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await updated(leadsBefore, drawsBefore);
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * The largest plan the app allows, stored before the page opens: 24 revenue months, 36
 * months of history, and both averages taken from history. The history covers every month's
 * lagged window (12 months before the first to 14 after it, with the 3-month cycle), so every
 * slider input re-plans every month over its own window.
 */
function largestPlan(url) {
  const planMonth = { year: 2027, month: 1 };
  const monthText = (offset) => {
    const index = planMonth.year * 12 + planMonth.month - 1 + offset;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  };
  const history = Array.from({ length: 36 }, (_, i) => ({
    month: monthText(i - 21),
    leads: 200 + ((i * 37) % 90),
    customers: 20 + ((i * 13) % 15),
    revenue: String(4000 + ((i * 977) % 3000)),
    mqls: null,
    sqls: null,
    opportunities: null,
  }));
  const entry = (value) => ({ value });
  const record = {
    schema: 2,
    revision: 1,
    inputs: {
      monthly_goal: entry('5000'),
      marketing_share: entry('100'),
      deal_size: entry('100'),
      win_rate: entry('50'),
      sales_cycle: entry('3'),
    },
    plan_month: entry(monthText(0)),
    horizon: 24,
    month_goals: [],
    history,
    from_history: { win_rate: true, deal_size: true },
  };
  const origin = new URL(url).origin;
  return {
    cookies: [],
    origins: [{ origin, localStorage: [{ name: PLAN_KEY, value: JSON.stringify(record) }] }],
  };
}

// ---- report -----------------------------------------------------------------------------

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}

function report({ sizes, firstResult, mobile, slider }) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const ms = (value) => `${value.toFixed(3)} ms`;
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

  console.log(`Release build: ${DIST_DIR}\n`);
  printTable(
    ['file', 'raw', 'gzip -9'],
    [
      ...sizes.files.map((f) => [f.name, kb(f.raw), kb(f.gzip)]),
      ['total', kb(sizes.total.raw), kb(sizes.total.gzip)],
    ],
  );
  console.log(
    `\nFirst result over ${PAGE_LOADS} loads: ${firstResult.times.map(ms).join(', ')}`,
  );
  console.log(
    `First result, mobile profile (1.6 Mbps, 150 ms RTT, 4× CPU, gzip), ${MOBILE_LOADS} loads: ${mobile.times.map(ms).join(', ')}`,
  );
  console.log(
    `Slider: ${SLIDER_INPUTS} inputs on "${FIELDS.goal} slider", on a 24-month plan with 36 months of history\n`,
  );

  const checks = [
    ['total gzip', kb(sizes.total.gzip), `≤ ${kb(BUDGET.gzipBytes)}`, sizes.total.gzip <= BUDGET.gzipBytes],
    ['first result (median)', ms(firstResult.median), `≤ ${BUDGET.firstResultMs} ms`, firstResult.median <= BUDGET.firstResultMs],
    ['first result, mobile (median)', ms(mobile.median), `≤ ${BUDGET.mobileFirstResultMs} ms`, mobile.median <= BUDGET.mobileFirstResultMs],
    ['slider input → update (median)', ms(slider.median), `≤ ${BUDGET.sliderMedianMs} ms`, slider.median <= BUDGET.sliderMedianMs],
    ['slider input → update (p95)', ms(slider.p95), `≤ ${BUDGET.sliderP95Ms} ms`, slider.p95 <= BUDGET.sliderP95Ms],
  ];
  printTable(
    ['measure', 'value', 'budget', 'result'],
    checks.map(([name, value, budget, ok]) => [name, value, budget, verdict(ok)]),
  );
}

function printTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
