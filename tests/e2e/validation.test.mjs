// Bad input is flagged beside its field; the results keep their last valid values under an
// "out of date" notice until the input is fixed, and nothing ever throws.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, monthLabel, plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, PLAN_MONTH, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();

const WORKED_EXAMPLE = { leads: '100', customers: '50', leadValue: '$50.00' };

/** Each bad input, and a valid fix with the leads it must then give. */
const CASES = [
  { field: FIELDS.goal, bad: 'abc', fix: '10,000', leads: '200' },
  { field: FIELDS.share, bad: '-5', fix: '50', leads: '50' },
  { field: FIELDS.dealSize, bad: '0', fix: '200', leads: '50' },
  { field: FIELDS.dealSize, bad: 'abc', fix: '50', leads: '200' },
  { field: FIELDS.winRate, bad: '150', fix: '25', leads: '200' },
  { field: FIELDS.salesCycle, bad: '1.5', fix: '2', leads: '100' },
  { field: FIELDS.goal, bad: '', fix: '2,500', leads: '50' },
  // Another number format's grouping is refused, never read as 12.5.
  { field: FIELDS.goal, bad: '12.500', fix: '12,500', leads: '250' },
];

/** The three figures that depend only on the numeric fields. */
async function figures(planner) {
  const { leads, customers, leadValue } = await planner.results();
  return { leads, customers, leadValue };
}

async function expectInvalid(planner, field) {
  await waitFor(() => planner.fieldError(field), (e) => e.invalid, `${field} marked invalid`);
  const { message } = await planner.fieldError(field);
  assert.notEqual(message, '', `${field} has a message in its aria-describedby element`);
}

for (const { field, bad, fix, leads } of CASES) {
  test(`"${bad}" in ${field} is flagged and can be fixed`, scenario(async (planner) => {
    await planner.waitForDrawsAbove(0);
    const draws = await planner.drawCount();
    await planner.fill(field, bad);

    await expectInvalid(planner, field);
    assert.deepEqual(await figures(planner), WORKED_EXAMPLE, 'results keep their last valid values');
    assert.match(await planner.staleNotice(), /out of date/i, 'stale notice shown');
    assert.equal(await planner.fieldValue(field), bad, 'the typed text is kept as typed');

    await planner.fill(field, fix);

    await eventually(() => planner.fieldError(field).then((e) => e.invalid), false, `${field} valid again`);
    await eventually(() => planner.staleNotice(), '', 'stale notice gone');
    await eventually(() => planner.outputText(RESULTS.leads), leads, `leads after fixing with ${fix}`);
    if (leads !== WORKED_EXAMPLE.leads) await planner.waitForDrawsAbove(draws);
  }));
}

test('the notice stays until every bad field is fixed', scenario(async (planner) => {
  await planner.fill(FIELDS.goal, 'abc');
  await planner.fill(FIELDS.winRate, '150');
  await expectInvalid(planner, FIELDS.goal);
  await expectInvalid(planner, FIELDS.winRate);

  await planner.fill(FIELDS.goal, '5,000');
  await eventually(() => planner.fieldError(FIELDS.goal).then((e) => e.invalid), false, 'goal valid');
  assert.match(await planner.staleNotice(), /out of date/i, 'still stale: win rate is bad');
  assert.equal((await planner.fieldError(FIELDS.winRate)).invalid, true);

  await planner.fill(FIELDS.winRate, '50');
  await eventually(() => planner.staleNotice(), '', 'stale notice gone');
  assert.deepEqual(await figures(planner), WORKED_EXAMPLE);
}));

test('a valid value typed after a bad one still updates the results', scenario(async (planner) => {
  await planner.fill(FIELDS.goal, '12,500');
  await eventually(() => planner.outputText(RESULTS.leads), '250', 'leads for 12,500');

  await planner.fill(FIELDS.goal, '12,500x');
  await expectInvalid(planner, FIELDS.goal);
  assert.equal(await planner.outputText(RESULTS.leads), '250', 'last valid value kept, not the default');
}));

test('a number grouped the other way gets a message showing this format', scenario(async (planner) => {
  await planner.fill(FIELDS.goal, '12.500');
  await expectInvalid(planner, FIELDS.goal);
  assert.match((await planner.fieldError(FIELDS.goal)).message, /12,500\.00/);
}));

test('the delivery month follows the sales cycle; an empty plan month is flagged', scenario(async (planner) => {
  const planMonth = await planner.fieldValue(PLAN_MONTH);
  await planner.fill(FIELDS.salesCycle, '6');
  const sixEarlier = monthLabel(planMonth, -6);
  await eventually(() => planner.outputText(RESULTS.deliveryMonth), sixEarlier, 'six months earlier');

  await planner.fill(PLAN_MONTH, '');
  await expectInvalid(planner, PLAN_MONTH);
  assert.equal(await planner.outputText(RESULTS.deliveryMonth), sixEarlier, 'last valid month kept');
  assert.match(await planner.staleNotice(), /out of date/i);

  await planner.fill(PLAN_MONTH, '2027-03');
  await eventually(() => planner.outputText(RESULTS.deliveryMonth), 'September 2026', 'from March 2027');
}));
