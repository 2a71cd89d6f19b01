// The multi-month plan: its length, a goal per revenue month, the plan-by-month table with
// whole monthly quotas and their total, and the note when delivery is already past.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, monthLabel, plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, PLAN_LENGTH, PLAN_MONTH, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();

/** `Mar 2027` for `2027-02` shifted by one month. */
const short = (yearMonth, months = 0) => {
  const [name, year] = monthLabel(yearMonth, months).split(' ');
  return `${name.slice(0, 3)} ${year}`;
};

test('the quarter is planned month by month, each delivered a cycle earlier', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-02');
  assert.equal(await planner.fieldValue(PLAN_LENGTH), '3');

  await waitFor(() => planner.planTable(), (t) => t.rows[0]?.[0] === 'Feb 2027', 'table from February');
  const { rows, total } = await planner.planTable();
  assert.deepEqual(
    rows.map((r) => [r[0], r[1], r[6], r[7]]),
    [
      ['Feb 2027', '$5,000.00', '100', 'Nov 2026'],
      ['Mar 2027', '$5,000.00', '100', 'Dec 2026'],
      ['Apr 2027', '$5,000.00', '100', 'Jan 2027'],
    ],
  );
  assert.deepEqual([total[0], total[1], total[5], total[6]], ['Total', '$15,000.00', '150', '300']);
}));

test('each month is rounded up on its own and the total adds the whole quotas', scenario(async (planner) => {
  await planner.fill(FIELDS.goal, '1000');
  await planner.fill(FIELDS.winRate, '30');

  // 1,000 / 100 = 10 customers / 30 % = 33.3 leads: 34 a month, 102 over the quarter.
  await waitFor(() => planner.planTable(), (t) => t.total[6] === '102', 'quarter total');
  const { rows } = await planner.planTable();
  assert.deepEqual(rows.map((r) => r[6]), ['34', '34', '34']);
}));

test('the plan length sets the months planned, 1 to 24', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-02');
  const length = planner.field(PLAN_LENGTH);
  const options = await length.locator('option').allTextContents();
  assert.deepEqual(options, Array.from({ length: 24 }, (_, i) => String(i + 1)));

  await length.selectOption('6');
  await waitFor(() => planner.planTable(), (t) => t.rows.length === 6, 'six months');
  assert.equal((await planner.planTable()).rows[5][0], short('2027-02', 5));

  await length.selectOption('24');
  await waitFor(() => planner.planTable(), (t) => t.rows.length === 24, 'two years');
  await planner.reload();
  assert.equal(await planner.fieldValue(PLAN_LENGTH), '24', 'kept after a reload');
  await planner.field(PLAN_LENGTH).selectOption('1');
  await waitFor(() => planner.planTable(), (t) => t.rows.length === 1, 'one month');
}));

test('a goal left invalid in a month no longer planned does not mark the plan', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-02');
  await planner.monthGoal('April 2027').fill('abc');
  await waitFor(() => planner.staleNotice(), (text) => text !== '', 'stale while April is invalid');
  await planner.field(PLAN_LENGTH).selectOption('2');
  await waitFor(() => planner.staleNotice(), (text) => text === '', 'fresh once April is not planned');
}));

test('a month goal is its own, kept after a reload, and can be reset', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-02');
  const march = planner.monthGoal('March 2027');
  await march.fill('7500');

  await waitFor(() => planner.planTable(), (t) => t.rows[1]?.[6] === '150', 'March owes 150');
  assert.equal(await march.inputValue(), '7500', 'typed text is not reformatted while typing');
  assert.equal((await planner.planTable()).total[6], '350');
  assert.equal(await planner.outputText(RESULTS.leads), '100', 'the plan month is unchanged');

  await march.fill('75,00');
  await eventually(
    async () => (await planner.monthGoal('March 2027').getAttribute('aria-invalid')),
    'true',
    'bad goal marked',
  );
  await march.fill('7,500');

  await planner.reload();
  assert.equal(await planner.monthGoal('March 2027').inputValue(), '7,500');
  await waitFor(() => planner.planTable(), (t) => t.total[6] === '350', 'kept after reload');

  await planner.page.getByRole('button', { name: 'Same goal every month' }).click();
  await waitFor(() => planner.planTable(), (t) => t.total[6] === '300', 'reset');
  assert.equal(await planner.monthGoal('March 2027').inputValue(), '5,000');
}));

test('a plan whose delivery month is past says so', scenario(async (planner) => {
  const thisMonth = await planner.calendarMonthFromNow(0);
  await planner.fill(PLAN_MONTH, thisMonth);

  const past = planner.page.getByText(/is already past/);
  await past.waitFor();
  assert.match(await past.textContent(), new RegExp(monthLabel(thisMonth, -3)));

  await planner.fill(PLAN_MONTH, await planner.calendarMonthFromNow(3));
  await past.waitFor({ state: 'detached' });
}));

test('a bar chart shows the leads due per delivery month, described in words', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-02');
  await planner.monthGoal('March 2027').fill('7500');
  const chart = planner.page.getByRole('img', { name: /^Bar chart of qualified leads due per delivery month/ });
  await waitFor(
    () => chart.getAttribute('aria-label'),
    (label) => label?.includes('150 leads due in Dec 2026 for $7,500.00 of revenue in Mar 2027'),
    'description names each bar',
  );
  await waitFor(() => chart.getAttribute('data-draws'), (n) => Number(n) > 0, 'drawn');
  const size = await chart.evaluate((c) => ({ width: c.width, css: c.getBoundingClientRect().width }));
  assert.ok(size.width >= size.css, 'backing store at least CSS size (HiDPI-crisp)');
}));

test('a month goal left invalid is read again in a new number format', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-02');
  const march = planner.monthGoal('March 2027');
  // Three decimals in 1,234.56: refused, never read as 7.5.
  await march.fill('7.500');
  await eventually(() => march.getAttribute('aria-invalid'), 'true', 'invalid in 1,234.56');
  assert.equal((await planner.planTable()).total[6], '300', 'the last valid goal stays');

  await planner.chooseSetting('Number format', '1.234,56');
  await eventually(() => march.getAttribute('aria-invalid'), 'false', 'valid in 1.234,56');
  await waitFor(() => planner.planTable(), (t) => t.rows[1]?.[6] === '150', 'March is 7.500 now');
  assert.equal(await planner.staleNotice(), '', 'nothing left out of date');
}));

test('the plan table exports as CSV in the chosen number format, safe for spreadsheets', scenario(async (planner) => {
  await planner.fill(PLAN_MONTH, '2027-03');
  await planner.fill(FIELDS.winRate, '30');
  await planner.monthGoal('April 2027').fill('7500.5');
  await waitFor(() => planner.planTable(), (t) => t.total[6] === '585', 'quarter total');

  const us = await planner.exportPlanCsv();
  assert.equal(us.name, 'sla-plan-2027-03.csv');
  assert.equal(
    us.text,
    '\ufeffRevenue month,Revenue goal (USD),Marketing revenue (USD),Deal size (USD),' +
      'Win rate (%),Customers needed,Qualified leads owed,Delivery month\r\n' +
      '2027-03,5000.00,5000.00,100.00,30,50,167,2026-12\r\n' +
      '2027-04,7500.50,7500.50,100.00,30,75.01,251,2027-01\r\n' +
      '2027-05,5000.00,5000.00,100.00,30,50,167,2027-02\r\n' +
      'Total,17500.50,17500.50,,,175.01,585,\r\n',
  );

  // European spreadsheets: decimal comma, semicolon between cells, no group marks.
  await planner.chooseSettingValue('Currency', 'EUR');
  await planner.chooseSettingValue('Number format', 'dot-comma');
  const eu = await planner.exportPlanCsv();
  assert.match(eu.text, /^\ufeffRevenue month;Revenue goal \(EUR\);/);
  assert.match(eu.text, /\r\n2027-04;7500,50;7500,50;100,00;30;75,01;251;2027-01\r\n/);
}));
