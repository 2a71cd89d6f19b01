// Typing into fields as people do: messages that wait for a pause instead of flashing
// mid-number, numbers written back in the chosen format, the currency's sign beside amounts,
// signs of the wrong unit refused, amounts pasted in their usual forms, and a warning for a
// percentage that is probably a spreadsheet fraction.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();

test('a message waits for a pause in typing, and shows at once when the field is left', scenario(async (planner) => {
  const field = planner.field(FIELDS.goal);
  await field.fill('');
  // "12,500" typed key by key: "12," is not a number, but no message flashes on the way.
  const seen = [];
  for (const key of '12,500') {
    await field.press(key);
    seen.push((await planner.fieldError(FIELDS.goal)).message);
  }
  assert.deepEqual(seen.filter((m) => /Enter/.test(m)), [], 'no message while typing');
  await waitFor(() => planner.outputText(RESULTS.leads), (v) => v === '250', 'the quota for 12,500');
  // A real mistake shows after a pause…
  await field.fill('12,50');
  assert.equal((await planner.fieldError(FIELDS.goal)).invalid, false, 'not yet');
  await waitFor(() => planner.fieldError(FIELDS.goal), (e) => e.invalid && /Enter a number/.test(e.message), 'after a pause');
  // Marked in red, as the out-of-date notice says.
  assert.equal(await field.evaluate((f) => getComputedStyle(f).borderTopColor), 'rgb(180, 35, 24)');
  // …and at once when the field is left. The results stay on the last valid value meanwhile.
  await field.fill('abc');
  await field.press('Tab');
  assert.match((await planner.fieldError(FIELDS.goal)).message, /Enter a number/);
  assert.equal(await planner.outputText(RESULTS.leads), '250');
}));

test('a number is written in the chosen format when its field is left', scenario(async (planner) => {
  const field = planner.field(FIELDS.goal);
  for (const [typed, shown] of [['250000', '250,000'], ['250k', '250,000'], ['USD 12,500', '12,500'], ["1'500", '1,500'], ['12,50,000', '1,250,000']]) {
    await field.fill(typed);
    await field.press('Tab');
    await eventually(() => planner.fieldValue(FIELDS.goal), shown, `${typed} written as ${shown}`);
  }
  await planner.chooseSetting('Number format', '1.234,56');
  await field.fill('7500');
  await field.press('Tab');
  await eventually(() => planner.fieldValue(FIELDS.goal), '7.500', 'in the European format');
}));

test('amounts show the currency sign on the side the number format puts it', scenario(async (planner) => {
  const box = planner.field(FIELDS.dealSize).locator('xpath=..');
  await eventually(() => box.evaluate((b) => [b.dataset.unit, b.dataset.after, getComputedStyle(b, '::before').content]), ['$', '', '"$"'], 'dollars first');
  await planner.chooseSettingValue('Currency', 'EUR');
  await planner.chooseSetting('Number format', '1.234,56');
  await eventually(() => box.evaluate((b) => [b.dataset.unit, b.dataset.after]), ['€', '1'], 'euros after');
  const percent = planner.field(FIELDS.winRate).locator('xpath=..');
  assert.equal(await percent.getAttribute('data-unit'), '', 'no currency beside a percentage');
}));

test('a sign of the wrong unit is an error, not a number read anyway', scenario(async (planner) => {
  for (const [label, typed, message] of [
    [FIELDS.goal, '50%', 'Enter an amount: % does not belong here.'],
    [FIELDS.winRate, '$5,000', 'Enter a percentage, without a currency.'],
    [FIELDS.salesCycle, '3 %', 'Enter whole months, without % or a currency.'],
  ]) {
    await planner.fill(label, typed);
    await planner.field(label).press('Tab');
    await waitFor(() => planner.fieldError(label), (e) => e.invalid && e.message.startsWith(message), typed);
  }
  assert.equal(await planner.outputText(RESULTS.leads), '100', 'the worked example still stands');
}));

test('a percentage under 1 % is warned about, not refused', scenario(async (planner) => {
  await planner.fill(FIELDS.winRate, '0.22');
  await waitFor(() => planner.fieldError(FIELDS.winRate), (e) => /did you mean 22/.test(e.message), 'the warning');
  const { invalid, message } = await planner.fieldError(FIELDS.winRate);
  assert.equal(invalid, false);
  assert.match(message, /^0\.22\s%\s—\sdid you mean 22\s%\?/);
  await waitFor(() => planner.outputText(RESULTS.leads), (v) => v === '22,728', 'planned with 0.22 %');
  assert.equal(await planner.staleNotice(), '');
}));
