// Sharing a plan in a link: copied (or shown and selected), opened elsewhere as a shared plan
// that is not saved until kept, and damaged or newer links refused without changing anything.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, PlannerPage, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();
const PLAN_KEY = 'sla-planner/plan';

/** The planner opened at `url` in a fresh browser profile (optionally with a saved plan). */
async function openElsewhere(planner, url, storage = {}) {
  const context = await planner.page.context().browser().newContext();
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  const other = new PlannerPage(await context.newPage(), url);
  await other.goto();
  return { other, close: () => context.close() };
}

/** Make a share link of the current plan; the clipboard is granted unless `clipboard: false`. */
async function shareLink(planner) {
  await planner.page.getByRole('button', { name: 'Copy share link', exact: true }).click();
  const field = planner.page.getByLabel('Share link', { exact: true });
  return waitFor(() => field.inputValue(), (v) => v.includes('#plan-v1:'), 'share link');
}

test('a shared plan opens elsewhere unsaved, and is saved only when kept', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    await planner.fill(FIELDS.goal, '7000');
    await planner.fill(FIELDS.winRate, '12,5'); // left invalid: shared as typed
    const link = await shareLink(planner);
    assert.equal(await planner.page.evaluate(() => navigator.clipboard.readText()), link);
    assert.match((await planner.page.getByRole('status').allTextContents()).join(' '), /Link copied/);

    const mine = '{"schema":1,"inputs":{"monthly_goal":"1000","marketing_share":"100","deal_size":"100","win_rate":"50","sales_cycle":"3"},"plan_month":"2027-02","settings":{"currency":"USD","number_format":"comma-dot"}}';
    const { other, close } = await openElsewhere(planner, link, { [PLAN_KEY]: mine });
    try {
      await eventually(() => other.fieldValue(FIELDS.goal), '7,000', 'the shared goal');
      assert.equal(await other.fieldValue(FIELDS.winRate), '12,5');
      assert.doesNotMatch(other.page.url(), /#/, 'the fragment is cleared once read');
      const banner = other.page.getByText('You are looking at a shared plan');
      assert.ok(await banner.isVisible());
      // Nothing is saved while it is shown, edits included.
      const before = await other.storedEntries();
      await other.fill(FIELDS.goal, '7100');
      await new Promise((r) => setTimeout(r, 600));
      assert.deepEqual(await other.storedEntries(), before, 'the own plan is untouched');

      await other.page.getByRole('button', { name: 'Keep this plan', exact: true }).click();
      await waitFor(() => other.storedEntries(), (e) => (e[PLAN_KEY] ?? '').includes('"7100"'), 'kept and saved');
      assert.equal(await banner.isVisible(), false);
      await other.reload();
      assert.equal(await other.fieldValue(FIELDS.goal), '7,100');
      assert.deepEqual(other.errors, []);
    } finally {
      await close();
    }
  },
));

test('"Back to my plan" leaves a shared plan unsaved', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    await planner.fill(FIELDS.goal, '9000');
    const link = await shareLink(planner);
    const { other, close } = await openElsewhere(planner, link);
    try {
      await eventually(() => other.fieldValue(FIELDS.goal), '9,000', 'the shared goal');
      await Promise.all([
        other.page.waitForNavigation(),
        other.page.getByRole('button', { name: 'Back to my plan', exact: true }).click(),
      ]);
      await other.waitUntilReady();
      assert.equal(await other.fieldValue(FIELDS.goal), '5,000', 'the example: nothing was saved');
      assert.deepEqual(await other.storedEntries(), {});
    } finally {
      await close();
    }
  },
));

test('a plan imported while a shared plan is shown replaces it and is saved', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    await planner.fill(FIELDS.goal, '8000');
    const link = await shareLink(planner);
    await planner.fill(FIELDS.goal, '6000');
    const backup = await planner.exportJson();
    const { other, close } = await openElsewhere(planner, link);
    try {
      await eventually(() => other.fieldValue(FIELDS.goal), '8,000', 'the shared goal');
      await other.importJson(backup.name, backup.text);
      await eventually(() => other.fieldValue(FIELDS.goal), '6,000', 'the imported goal');
      assert.equal(await other.page.getByText('You are looking at a shared plan').count(), 0);
      await waitFor(() => other.storedEntries(), (e) => (e[PLAN_KEY] ?? '').includes('"6000"'), 'saved');
    } finally {
      await close();
    }
  },
));

test('a link pasted into a tab already showing the planner opens there', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    await planner.fill(FIELDS.goal, '8000');
    const link = await shareLink(planner);
    await planner.fill(FIELDS.goal, '1000');
    await planner.fill(FIELDS.winRate, 'abc'); // being fixed: replaced all the same
    await planner.page.evaluate((fragment) => { window.location.hash = fragment; }, link.split('#')[1]);
    await eventually(() => planner.fieldValue(FIELDS.goal), '8,000', 'the shared goal');
    assert.equal(await planner.fieldValue(FIELDS.winRate), '50');
    assert.ok(await planner.page.getByText('You are looking at a shared plan').isVisible());
    assert.doesNotMatch(planner.page.url(), /#/);
  },
));

test('a second link opened over a shared plan keeps the first, with its edits, in the library', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    await planner.fill(FIELDS.goal, '8000');
    const first = await shareLink(planner);
    await planner.fill(FIELDS.goal, '9000');
    const second = await shareLink(planner);
    const open = (link) => planner.page.evaluate((f) => { window.location.hash = f; }, link.split('#')[1]);
    await open(first);
    await eventually(() => planner.fieldValue(FIELDS.goal), '8,000', 'the first shared plan');
    await planner.fill(FIELDS.goal, '8500'); // an edit to the shared plan, never saved as such
    await open(second);
    await eventually(() => planner.fieldValue(FIELDS.goal), '9,000', 'the second shared plan');
    await eventually(() => planner.scenarioNames(), ['Shared plan'], 'the first kept');
    await planner.openScenario('Shared plan');
    assert.equal(await planner.fieldValue(FIELDS.goal), '8,500');
  },
));

test('a link is taken away once the plan changes, so an old one is not sent by mistake', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    await shareLink(planner);
    await planner.fill(FIELDS.goal, '7000');
    await eventually(() => planner.page.getByLabel('Share link', { exact: true }).inputValue(), '', 'cleared');
    assert.doesNotMatch((await planner.page.getByRole('status').allTextContents()).join(' '), /Link copied/);
  },
));

test('without the clipboard the link is shown and selected', scenario(async (planner) => {
  await planner.page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const link = await shareLink(planner);
  const selected = await planner.page.evaluate(() => {
    const input = document.activeElement;
    return input.value.slice(input.selectionStart, input.selectionEnd);
  });
  assert.equal(selected, link);
  assert.match((await planner.page.getByRole('status').allTextContents()).join(' '), /selected/);
}));

test('a damaged, oversized or newer link changes nothing and says why', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    const link = await shareLink(planner);
    const cases = [
      [link.slice(0, -7), /damaged or incomplete/],
      [link.replace(/#plan-v1:(.)/, (_, c) => `#plan-v1:${c === 'A' ? 'B' : 'A'}`), /damaged or incomplete/],
      [`${link.split('#')[0]}#plan-v1:${'A'.repeat(70_000)}`, /more than a plan can/],
      [`${link.split('#')[0]}#plan-v7:Zm9v`, /newer version/],
    ];
    for (const [url, message] of cases) {
      const { other, close } = await openElsewhere(planner, url);
      try {
        await waitFor(() => other.alerts(), (a) => a.some((t) => message.test(t)), `alert for ${message}`);
        assert.equal(await other.outputText(RESULTS.leads), '100', 'the example, unchanged');
        assert.doesNotMatch(other.page.url(), /#/);
        assert.equal(
          await other.page.getByText('You are looking at a shared plan').isVisible(),
          false,
          `no shared plan for ${url.slice(0, 80)}`,
        );
      } finally {
        await close();
      }
    }
  },
));

test('a link carries the scenario name and says when its amounts are in another currency', scenario(
  { context: { permissions: ['clipboard-read', 'clipboard-write'] } },
  async (planner) => {
    await planner.chooseSettingValue('Currency', 'EUR');
    await planner.saveScenario('Q3 <b>agreed</b>');
    await eventually(() => planner.scenarioNames(), ['Q3 <b>agreed</b>'], 'saved');
    const link = await shareLink(planner);
    // Opened where the person plans in dollars.
    const { other, close } = await openElsewhere(planner, link);
    try {
      await eventually(() => other.fieldValue('Scenario name'), 'Q3 <b>agreed</b>', 'ready to save under its name');
      const said = (await other.page.getByRole('status').allTextContents()).join(' ');
      assert.match(said, /amounts are in EUR, shown here in USD/);
      await other.chooseSettingValue('Currency', 'EUR');
      await other.page.getByRole('button', { name: 'Back to my plan', exact: true }).click();
      await other.waitUntilReady();
      assert.doesNotMatch((await other.page.getByRole('status').allTextContents()).join(' '), /amounts are in EUR/);
    } finally {
      await close();
    }
    // Opened in euros: nothing to say about the currency.
    const same = await openElsewhere(planner, link, { 'sla-planner/settings': '{"schema":2,"revision":1,"currency":"EUR","number_format":"comma-dot","language":"en"}' });
    try {
      await waitFor(() => same.other.page.getByRole('status').allTextContents(), (t) => t.join(' ').includes('shared plan'), 'shown');
      assert.doesNotMatch((await same.other.page.getByRole('status').allTextContents()).join(' '), /entered in/);
    } finally {
      await same.close();
    }
  },
));
