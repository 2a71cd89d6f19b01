// A first visit, with nothing saved: the worked example, planned so that its leads are
// delivered this month (plan month = this month + the 3-month cycle), never in the past.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, monthLabel, plannerSuite } from './harness.mjs';
import { FIELDS, PLAN_MONTH } from './planner.page.mjs';

const scenario = plannerSuite();

test('shows the worked example with no errors', scenario(async (planner) => {
  const planMonth = await planner.calendarMonthFromNow(3);

  assert.equal(await planner.fieldValue(FIELDS.goal), '5,000');
  assert.equal(await planner.fieldValue(FIELDS.share), '100');
  assert.equal(await planner.fieldValue(FIELDS.dealSize), '100');
  assert.equal(await planner.fieldValue(FIELDS.winRate), '50');
  assert.equal(await planner.fieldValue(FIELDS.salesCycle), '3');
  assert.equal(await planner.fieldValue(PLAN_MONTH), planMonth);

  await eventually(() => planner.results(), {
    leads: '100',
    customers: '50',
    leadValue: '$50.00',
    deliveryMonth: monthLabel(await planner.calendarMonthFromNow(0)),
  }, 'results of the worked example');

  assert.equal(await planner.staleNotice(), '', 'no stale notice');
  assert.deepEqual(await planner.alerts(), [], 'no alert');
  assert.deepEqual(planner.errors, [], 'no console error or page error');
}));

test('draws the pacing chart on load', scenario(async (planner) => {
  await planner.waitForDrawsAbove(0);
  assert.match(await planner.chart().getAttribute('aria-label'), /^Pacing chart/);
}));

test('saves nothing until the person changes something', scenario(async (planner) => {
  await planner.waitForDrawsAbove(0);
  assert.deepEqual(await planner.storedEntries(), {});
}));
