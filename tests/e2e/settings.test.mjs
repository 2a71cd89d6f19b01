// Currency and number format change how every figure is written and how typing is read.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, plannerSuite } from './harness.mjs';
import { FIELDS, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();

async function chooseEuropean(planner) {
  await planner.chooseSetting('Number format', '1.234,56');
  await planner.chooseSettingValue('Currency', 'EUR');
  await eventually(() => planner.outputText(RESULTS.leadValue), '50,00 €', 'lead value in EUR, 1.234,56');
}

test('1.234,56 and EUR rewrite the figures and read typed numbers that way', scenario(async (planner) => {
  await chooseEuropean(planner);
  assert.equal(await planner.fieldValue(FIELDS.goal), '5.000', 'the field is rewritten');

  await planner.fill(FIELDS.goal, '12.500');

  await eventually(() => planner.outputText(RESULTS.leads), '250', 'leads for 12.500');
  assert.equal(await planner.outputText(RESULTS.customers), '125');
  assert.equal((await planner.fieldError(FIELDS.goal)).invalid, false);
}));

test('a decimal comma is read in the 1.234,56 format', scenario(async (planner) => {
  await chooseEuropean(planner);
  await planner.fill(FIELDS.winRate, '12,5');
  // 50 customers / 12.5 % = 400 leads; lead value 100 × 12.5 % = 12,50 €.
  await eventually(() => planner.outputText(RESULTS.leads), '400', 'leads at 12,5 %');
  assert.equal(await planner.outputText(RESULTS.leadValue), '12,50 €');
}));

test('the settings survive a reload', scenario(async (planner) => {
  await chooseEuropean(planner);
  await planner.reload();
  assert.equal(await planner.outputText(RESULTS.leadValue), '50,00 €');
  assert.equal(await planner.fieldValue(FIELDS.goal), '5.000');
}));
