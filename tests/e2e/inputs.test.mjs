// Typing into fields and dragging sliders recomputes the results and redraws the chart.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, monthLabel, plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, PLAN_MONTH, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();

for (const goal of ['12,500', '12500']) {
  test(`accepts the goal written as ${goal}`, scenario(async (planner) => {
    await planner.fill(FIELDS.goal, goal);

    await eventually(() => planner.outputText(RESULTS.leads), '250', 'leads');
    assert.equal(await planner.outputText(RESULTS.customers), '125');
    assert.equal(await planner.outputText(RESULTS.leadValue), '$50.00');
    assert.equal((await planner.fieldError(FIELDS.goal)).invalid, false);
  }));
}

test('rounds a fractional lead count up', scenario(async (planner) => {
  await planner.fill(FIELDS.goal, '1000');
  await planner.fill(FIELDS.winRate, '30');

  // 1,000 / 100 = 10 customers; 10 / 30 % = 33.3 leads, so 34.
  await eventually(() => planner.outputText(RESULTS.leads), '34', 'leads');
  assert.equal(await planner.outputText(RESULTS.customers), '10');
  assert.equal(await planner.outputText(RESULTS.leadValue), '$30.00');
}));

test('marketing share scales the quota', scenario(async (planner) => {
  await planner.fill(FIELDS.share, '40');
  await eventually(() => planner.outputText(RESULTS.leads), '40', 'leads at a 40 % share');
  assert.equal(await planner.outputText(RESULTS.customers), '20');
}));

test('delivery month is the plan month less the sales cycle', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-02');
  await planner.fill(FIELDS.salesCycle, '6');

  await eventually(
    () => planner.outputText(RESULTS.deliveryMonth),
    monthLabel('2027-02', -6),
    'delivery month',
  );
  assert.equal(monthLabel('2027-02', -6), 'August 2026');
}));

test('the keyboard on a slider updates the field, results and chart', scenario(async (planner) => {
  await planner.waitForDrawsAbove(0);
  const draws = await planner.drawCount();

  await planner.pressOnSlider(FIELDS.goal, 'End');

  // The goal slider tops out at 20,000 for the example: 20,000 / 100 / 50 % = 400 leads.
  await eventually(() => planner.fieldValue(FIELDS.goal), '20,000', 'goal field follows the slider');
  await eventually(() => planner.outputText(RESULTS.leads), '400', 'leads');
  await planner.waitForDrawsAbove(draws);

  const before = await planner.fieldValue(FIELDS.winRate);
  await planner.pressOnSlider(FIELDS.winRate, 'ArrowRight');
  const after = await waitFor(
    () => planner.fieldValue(FIELDS.winRate),
    (value) => value !== before,
    'win rate field follows its slider',
  );
  assert.ok(Number(after) > Number(before), `win rate went up from ${before} to ${after}`);
}));

test('dragging a slider with the mouse updates the field, results and chart', scenario(async (planner) => {
  await planner.waitForDrawsAbove(0);
  const draws = await planner.drawCount();

  await planner.dragSlider(FIELDS.goal, 0.8);

  const text = await waitFor(
    () => planner.fieldValue(FIELDS.goal),
    (value) => value !== '5,000',
    'goal field follows the dragged slider',
  );
  const goal = Number(text.replaceAll(',', ''));
  assert.ok(goal > 5_000, `dragging right raised the goal (now ${text})`);
  // Default share 100 %, deal size 100 and win rate 50 %: leads = ⌈goal / 50⌉.
  await eventually(
    () => planner.outputText(RESULTS.leads),
    Math.ceil(goal / 50).toLocaleString('en-US'),
    `leads for a goal of ${text}`,
  );
  await planner.waitForDrawsAbove(draws);
}));
