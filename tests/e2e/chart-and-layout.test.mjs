// The pacing chart is sharp on HiDPI screens and has a table as its text alternative; the
// page fits a phone screen, and prints as a document.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { ARTIFACTS_DIR, daysInMonth, eventually, plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();

test('on a HiDPI screen the canvas has twice its CSS size in pixels', scenario(
  { context: { deviceScaleFactor: 2 } },
  async (planner) => {
    await planner.waitForDrawsAbove(0);
    const size = await planner.canvasSize();
    assert.equal(size.devicePixelRatio, 2);
    assert.ok(size.cssWidth > 0 && size.cssHeight > 0, `canvas laid out: ${JSON.stringify(size)}`);
    assert.equal(size.width, Math.round(size.cssWidth * 2), 'backing store width');
    assert.equal(size.height, Math.round(size.cssHeight * 2), 'backing store height');
  },
));

test('the pacing table ends at the quota on the last day of the delivery month', scenario(async (planner) => {
  const rows = await planner.pacingTableRows();
  // A first visit is planned so its leads are delivered this month.
  const delivery = await planner.calendarMonthFromNow(0);
  assert.equal(rows.length, daysInMonth(delivery), 'one row per day');
  assert.deepEqual(rows.at(-1), [String(daysInMonth(delivery)), await planner.outputText(RESULTS.leads)]);
  assert.equal(rows.at(-1)[1], '100');
  // Targets are whole leads, rounded up: 100 over 28–31 days is 3.2–3.6 on day 1, so 4.
  assert.equal(rows[0][1], '4', 'day 1 rounds up');

  await planner.fill(FIELDS.goal, '12,500');

  await eventually(
    async () => (await planner.pacingTableRows()).at(-1)[1],
    '250',
    'the table follows the plan',
  );
}));

test('at 360 px wide the page does not scroll sideways', scenario(
  { context: { viewport: { width: 360, height: 740 } } },
  async (planner) => {
    await planner.waitForDrawsAbove(0);
    const fits = (w) => w.scrollWidth <= 360;
    await waitFor(() => planner.documentWidth(), fits, 'document width on first load');

    await planner.pacingTableRows(); // opens the table
    await planner.fill(FIELDS.goal, '1,250,000');
    await eventually(() => planner.outputText(RESULTS.leads), '25,000', 'leads for a large goal');
    await waitFor(() => planner.documentWidth(), fits, 'document width with the table open and a large goal');
  },
));

test('printed, the plan is figures and tables without controls (PDF and screenshot kept)', scenario(async (planner) => {
  const { page } = planner;
  await page.emulateMedia({ media: 'print' });
  await assert.doesNotReject(planner.output(RESULTS.leads).waitFor({ state: 'visible' }));
  assert.equal(await planner.outputText(RESULTS.leads), '100');
  assert.ok(await page.getByRole('table', { name: /rounded up month by month/ }).isVisible());
  for (const role of ['button', 'slider']) {
    const visible = await page.getByRole(role).evaluateAll((all) => all.filter((e) => e.checkVisibility()).length);
    assert.equal(visible, 0, `no ${role} is printed`);
  }
  assert.equal(await page.getByLabel('Currency', { exact: true }).isVisible(), false);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page.pdf({ path: path.join(ARTIFACTS_DIR, 'print-a4.pdf'), format: 'A4' });
  await page.pdf({ path: path.join(ARTIFACTS_DIR, 'print-letter.pdf'), format: 'Letter' });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'print.png'), fullPage: true });
}));
