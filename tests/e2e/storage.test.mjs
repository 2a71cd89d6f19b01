// The plan survives a reload; a saved plan that cannot be read, or that a newer version
// wrote, is never lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { eventually, plannerSuite, REPO_ROOT, sleep, waitFor } from './harness.mjs';
import { FIELDS, PLAN_KEY, PLAN_MONTH, RESULTS, SETTINGS_KEY, UNREADABLE_PREFIX } from './planner.page.mjs';

const scenario = plannerSuite();

/** Longer than the autosave debounce (~300 ms), with room for a slow machine. */
const LONGER_THAN_DEBOUNCE_MS = 1_500;

async function editPlan(planner) {
  await planner.fill(FIELDS.goal, '12,500');
  await planner.fill(FIELDS.share, '80');
  await planner.fill(FIELDS.winRate, '40');
  await planner.fill(PLAN_MONTH, '2027-01');
  // 12,500 × 80 % / 100 = 100 customers; / 40 % = 250 leads.
  await eventually(() => planner.outputText(RESULTS.leads), '250', 'leads after editing');
}

async function expectEditedPlan(planner) {
  assert.equal(await planner.fieldValue(FIELDS.goal), '12,500');
  assert.equal(await planner.fieldValue(FIELDS.share), '80');
  assert.equal(await planner.fieldValue(FIELDS.winRate), '40');
  assert.equal(await planner.fieldValue(PLAN_MONTH), '2027-01');
  assert.deepEqual(await planner.results(), {
    leads: '250',
    customers: '100',
    leadValue: '$40.00',
    deliveryMonth: 'October 2026',
  });
}

function backups(entries) {
  return Object.entries(entries).filter(([key]) => key.startsWith(UNREADABLE_PREFIX));
}

test('edits are saved and restored after a reload', scenario(async (planner) => {
  await editPlan(planner);
  const saved = await waitFor(
    () => planner.storedEntries().then((entries) => entries[PLAN_KEY]),
    (text) => text !== undefined && text.includes('2027-01'),
    'plan saved after the debounce',
  );
  assert.equal(JSON.parse(saved).schema, 3);

  await planner.reload();

  await expectEditedPlan(planner);
  assert.deepEqual(await planner.alerts(), []);
}));

test('an edit made just before leaving is saved when the page is hidden', scenario(async (planner) => {
  await planner.fill(FIELDS.goal, '7,500');
  await eventually(() => planner.outputText(RESULTS.leads), '150', 'leads after editing');

  await planner.reload(); // immediately: the debounce has not fired

  assert.equal(await planner.fieldValue(FIELDS.goal), '7,500');
  assert.equal(await planner.outputText(RESULTS.leads), '150');
}));

for (const [kind, corrupt] of [
  ['text that is not JSON', '{not json'],
  ['JSON of another shape', '{"hello":1}'],
]) {
  test(`a saved plan holding ${kind} is kept aside, reported and never lost`, scenario(
    { storage: { [PLAN_KEY]: corrupt } },
    async (planner) => {
      assert.equal(await planner.outputText(RESULTS.leads), '100', 'starts from the worked example');
      const alerts = await planner.alerts();
      assert.ok(
        alerts.some((text) => /could not be read/i.test(text)),
        `an alert says the plan could not be read (alerts: ${JSON.stringify(alerts)})`,
      );

      const kept = backups(await planner.storedEntries());
      assert.equal(kept.length, 1, `one backup key (entries: ${JSON.stringify(kept)})`);
      const [[key, text]] = kept;
      assert.match(key.slice(UNREADABLE_PREFIX.length), /^\d+$/, 'backup key ends in epoch ms');
      assert.equal(text, corrupt, 'the backup holds the original text exactly');

      // Working on and saving a new plan leaves the backup alone.
      await planner.fill(FIELDS.goal, '6,000');
      await eventually(() => planner.outputText(RESULTS.leads), '120', 'the page works');
      await sleep(LONGER_THAN_DEBOUNCE_MS);
      const after = await planner.storedEntries();
      assert.deepEqual(backups(after), kept, 'backup unchanged after a save');
      assert.notEqual(after[PLAN_KEY], corrupt);

      await planner.reload();
      assert.equal(await planner.fieldValue(FIELDS.goal), '6,000', 'the new plan was saved');
      assert.deepEqual(backups(await planner.storedEntries()), kept, 'no second backup');
    },
  ));
}

test('a record kept aside stays listed until the person downloads and deletes it', scenario(
  { storage: { [PLAN_KEY]: '{"half a plan' } },
  async (planner) => {
    const { page } = planner;
    const notice = page.locator('.notice', { hasText: 'could not be read' });
    await notice.waitFor();
    const [[key]] = backups(await planner.storedEntries());

    // At the next visits it is still listed (as a status, not an alarm).
    await planner.reload();
    const kept = planner.notice(key);
    await kept.waitFor();
    assert.equal(await page.getByRole('status').filter({ hasText: key }).count(), 1, 'a status');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      kept.getByRole('button', { name: 'Download record', exact: true }).click(),
    ]);
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    assert.equal(Buffer.concat(chunks).toString('utf8'), '{"half a plan', 'the text exactly');
    assert.equal(download.suggestedFilename().endsWith('.json'), true);

    // Deleting asks first; saying no keeps it.
    page.once('dialog', (dialog) => dialog.dismiss());
    await kept.getByRole('button', { name: 'Delete record', exact: true }).click();
    assert.equal(backups(await planner.storedEntries()).length, 1, 'kept after "cancel"');
    page.once('dialog', (dialog) => dialog.accept());
    await kept.getByRole('button', { name: 'Delete record', exact: true }).click();
    await waitFor(() => planner.storedEntries(), (e) => backups(e).length === 0, 'deleted');
    assert.equal(await kept.count(), 0);
    await planner.reload();
    assert.equal(await page.locator('.notice').count(), 0, 'nothing left to list');
  },
));

test('a plan exported as JSON imports back, after asking, and a bad file changes nothing', scenario(async (planner) => {
  await editPlan(planner);
  await planner.fill(FIELDS.dealSize, '12,5'); // left invalid: exported as typed
  const exported = await planner.exportJson();
  assert.equal(exported.name, 'sla-plan-2027-01.json');
  assert.match(exported.text, /^\{"schema":3,/);

  await planner.fill(FIELDS.goal, '1,000');
  await planner.fill(FIELDS.dealSize, '100');
  // "Cancel" keeps the page as it is.
  await planner.importJson(exported.name, exported.text, { answer: false });
  await sleep(300);
  assert.equal(await planner.fieldValue(FIELDS.goal), '1,000');

  await planner.importJson(exported.name, exported.text);
  await eventually(() => planner.fieldValue(FIELDS.goal), '12,500', 'the imported goal');
  assert.match((await planner.page.getByRole('status').allTextContents()).join(' '), /Plan imported/);
  assert.equal(await planner.fieldValue(FIELDS.dealSize), '12,5');
  assert.equal((await planner.fieldError(FIELDS.dealSize)).invalid, true, 'the typo, flagged');
  await sleep(LONGER_THAN_DEBOUNCE_MS);
  await planner.reload();
  assert.equal(await planner.fieldValue(FIELDS.share), '80', 'saved once imported');

  for (const bad of ['{"schema":2}', 'not json', '{"schema":999,"inputs":{}}', '\u0000'.repeat(10)]) {
    await planner.importJson('bad.json', bad, { asks: false });
    await waitFor(() => planner.alerts(), (a) => a.some((t) => /Nothing was changed/.test(t)), 'alert');
    assert.equal(await planner.fieldValue(FIELDS.share), '80');
  }
  // A plan file with parts that cannot be read names each of them.
  const tampered = exported.text.replace('"win_rate":{"value":"40"}', '"win_rate":{"value":"140"}')
    .replace('"plan_month":{"value":"2027-01"}', '"plan_month":{"value":"2027-13"}');
  assert.notEqual(tampered, exported.text);
  await planner.importJson('tampered.json', tampered, { asks: false });
  await waitFor(
    () => planner.alerts(),
    (a) => a.some((t) => /in this file, Win rate \(%\), Plan month cannot be read/.test(t)),
    'the parts named',
  );
  assert.equal(await planner.fieldValue(FIELDS.share), '80');
  // Only the latest file's outcome is shown; a good file clears it.
  assert.equal((await planner.alerts()).filter((t) => /Nothing was changed/.test(t)).length, 1);
  await planner.importJson(exported.name, exported.text);
  await waitFor(() => planner.alerts(), (a) => !a.some((t) => /Nothing was changed/.test(t)), 'cleared');
}));

const NEWER = JSON.stringify({
  schema: 999,
  inputs: { monthly_goal: '1', future_field: true },
  note: 'written by a later version',
});

test('a plan from a newer version is reported and never overwritten', scenario(
  { storage: { [PLAN_KEY]: NEWER } },
  async (planner) => {
    assert.equal(await planner.outputText(RESULTS.leads), '100', 'works with the defaults');
    assert.ok((await planner.alerts()).length > 0, 'an alert explains why');

    await planner.fill(FIELDS.goal, '6,000');
    await eventually(() => planner.outputText(RESULTS.leads), '120', 'the page works');
    await sleep(LONGER_THAN_DEBOUNCE_MS);
    assert.deepEqual(await planner.storedEntries(), { [PLAN_KEY]: NEWER }, 'nothing written');

    await planner.reload(); // hiding the page flushes pending saves: still nothing
    assert.deepEqual(await planner.storedEntries(), { [PLAN_KEY]: NEWER }, 'nothing written on leaving');
    assert.ok((await planner.alerts()).length > 0, 'still reported after a reload');
  },
));

test('a plan saved by schema 1 (tests/fixtures/plan-v1.json) loads', scenario(
  { storage: { [PLAN_KEY]: await readFile(path.join(REPO_ROOT, 'tests/fixtures/plan-v1.json'), 'utf8') } },
  async (planner) => {
    // 120,000 × 40 % / 2,400 = 20 customers; / 25 % = 80 leads; written 1.234,56 in EUR.
    assert.equal(await planner.fieldValue(FIELDS.goal), '120.000');
    assert.equal(await planner.fieldValue(PLAN_MONTH), '2026-02');
    assert.deepEqual(await planner.results(), {
      leads: '80',
      customers: '20',
      leadValue: '600,00 €',
      deliveryMonth: 'August 2025',
    });
    assert.deepEqual(await planner.alerts(), []);
    // Migrated at once (the plan into schema 3, the settings into schema 2), each under its own key.
    const entries = await waitFor(
      () => planner.storedEntries(),
      (all) => all[SETTINGS_KEY] !== undefined,
      'migrated records written',
    );
    assert.equal(JSON.parse(entries[PLAN_KEY]).schema, 3);
    assert.deepEqual(
      Object.fromEntries(['schema', 'currency', 'number_format'].map((k) => [k, JSON.parse(entries[SETTINGS_KEY])[k]])),
      { schema: 2, currency: 'EUR', number_format: 'dot-comma' },
    );
    await planner.reload();
    assert.equal(await planner.fieldValue(FIELDS.goal), '120.000', 'still 1.234,56 after a reload');
    assert.equal(await planner.outputText(RESULTS.leads), '80');
  },
));

test('a field left invalid comes back after a reload as typed, with its message', scenario(async (planner) => {
  // "12,5" is not a number in 1,234.56: the plan keeps 12 (the last valid value), shown stale.
  await planner.fill(FIELDS.dealSize, '12,5');
  const flagged = (e) => e.invalid && /Enter a number/.test(e.message);
  await waitFor(() => planner.fieldError(FIELDS.dealSize), flagged, 'message beside the field');
  const leadsBefore = await planner.outputText(RESULTS.leads);
  await sleep(LONGER_THAN_DEBOUNCE_MS);

  await planner.reload();

  assert.equal(await planner.fieldValue(FIELDS.dealSize), '12,5', 'the text as typed');
  assert.ok(flagged(await planner.fieldError(FIELDS.dealSize)), 'flagged with its message');
  assert.match(await planner.staleNotice(), /out of date/, 'results marked out of date, not passed off as valid');
  assert.equal(await planner.outputText(RESULTS.leads), leadsBefore);
}));

test('two tabs editing different fields within the debounce keep both edits', scenario(
  async (tabA) => {
    const tabB = await tabA.openAnotherTab();
    // Both edit before either save is due.
    await tabA.fill(FIELDS.goal, '8,000');
    await tabB.fill(FIELDS.winRate, '40');
    const bothSaved = (text) => {
      const inputs = JSON.parse(text || '{}').inputs;
      return inputs?.monthly_goal.value === '8000' && inputs?.win_rate.value === '40';
    };
    await waitFor(
      () => tabA.storedEntries().then((entries) => entries[PLAN_KEY] ?? ''),
      bothSaved,
      'storage holds both edits',
    );
    // 8,000 / 100 = 80 customers; / 40 % = 200 leads, in both tabs.
    await eventually(() => tabA.outputText(RESULTS.leads), '200', 'tab A has both edits');
    await eventually(() => tabB.outputText(RESULTS.leads), '200', 'tab B has both edits');
    assert.deepEqual(tabB.errors, []);
  },
));

test("a field being fixed in this tab is not replaced by the other tab's value", scenario(
  async (tabA) => {
    const tabB = await tabA.openAnotherTab();
    await tabB.fill(FIELDS.dealSize, '12,');
    await tabA.fill(FIELDS.dealSize, '250');
    await tabA.fill(FIELDS.share, '50');
    await eventually(() => tabB.fieldValue(FIELDS.share), '50', "tab B takes over A's other field");
    assert.equal(await tabB.fieldValue(FIELDS.dealSize), '12,', 'the half-typed field stays');
    // …and A's deal size is not reverted in storage by B's later saves.
    await sleep(LONGER_THAN_DEBOUNCE_MS);
    const stored = JSON.parse((await tabA.storedEntries())[PLAN_KEY]);
    assert.equal(stored.inputs.deal_size.value, '250');
    assert.deepEqual(tabB.errors, []);
  },
));

test("a value saved in one tab is not undone by another tab's half-typed text", scenario(
  async (tabA) => {
    const tabB = await tabA.openAnotherTab();
    await tabB.fill(FIELDS.share, '5x');
    // A shows B's saved text, as a reload would; then A types a valid value over it.
    await eventually(() => tabA.fieldValue(FIELDS.share), '5x', "A shows B's saved text");
    await tabA.fill(FIELDS.share, '80');
    await sleep(3 * LONGER_THAN_DEBOUNCE_MS);
    assert.equal(await tabA.fieldValue(FIELDS.share), '80', "A's later edit stays on A's screen");
    assert.equal(await tabA.outputText(RESULTS.leads), '80');
    const stored = JSON.parse((await tabA.storedEntries())[PLAN_KEY]);
    assert.deepEqual(stored.inputs.marketing_share, { value: '80' }, 'and in storage');
    assert.equal(await tabB.fieldValue(FIELDS.share), '5x', 'B still shows what B is typing');
    await tabB.fill(FIELDS.share, '60');
    await eventually(() => tabA.fieldValue(FIELDS.share), '60', "B's next edit wins in turn");
  },
));

/** Site data blocked: reading `window.localStorage` throws, as with cookies blocked. */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** A full quota: writing the plan throws Chromium's QuotaExceededError. */
function fillQuota() {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === 'sla-planner/plan') {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return setItem.call(this, key, value);
  };
}

test('with storage blocked the planner still works and says nothing is saved', scenario(
  { init: blockStorage },
  async (planner) => {
    assert.equal(await planner.outputText(RESULTS.leads), '100');
    const [alert] = await planner.alerts();
    assert.match(alert, /not letting the planner save/);
    await planner.fill(FIELDS.goal, '12,500');
    await eventually(() => planner.outputText(RESULTS.leads), '250', 'leads after editing');
  },
));

test('a full quota keeps the edit in the tab and says it was not saved', scenario(
  { init: fillQuota },
  async (planner) => {
    await planner.fill(FIELDS.goal, '12,500');
    await eventually(() => planner.outputText(RESULTS.leads), '250', 'leads after editing');
    const alerts = await waitFor(
      () => planner.alerts(),
      (list) => list.some((a) => /storage is full/.test(a)),
      'a notice after the debounced save fails',
    );
    assert.equal(alerts.length, 1);
    assert.equal(await planner.fieldValue(FIELDS.goal), '12,500');
    assert.equal((await planner.storedEntries())[PLAN_KEY], undefined, 'nothing half-written');
  },
));

test('two tabs: a change saved in one is taken over by the other, never overwritten', scenario(
  async (tabA) => {
    const tabB = await tabA.openAnotherTab();
    await tabA.fill(FIELDS.goal, '300,000');
    // B shows A's plan without a reload…
    await eventually(() => tabB.fieldValue(FIELDS.goal), '300,000', 'tab B takes over the goal');
    await eventually(() => tabB.outputText(RESULTS.leads), '6,000', 'tab B recomputes');
    // …so B's next edit builds on it instead of writing its old goal back.
    await tabB.fill(FIELDS.dealSize, '20,000');
    const saved = await waitFor(
      () => tabA.storedEntries().then((entries) => entries[PLAN_KEY] ?? ''),
      (text) => text.includes('"deal_size":{"value":"20000"}'),
      'tab B saved its edit',
    );
    assert.equal(JSON.parse(saved).inputs.monthly_goal.value, '300000', "tab A's goal survives");
    await eventually(() => tabA.fieldValue(FIELDS.dealSize), '20,000', 'tab A takes over the deal size');
    assert.deepEqual(tabB.errors, []);
  },
));

test('an edit undone before the save is due writes nothing', scenario(async (planner) => {
  await planner.fill(FIELDS.goal, '6,000');
  await planner.fill(FIELDS.goal, '5,000');
  await eventually(() => planner.outputText(RESULTS.leads), '100', 'back to the example');
  await sleep(LONGER_THAN_DEBOUNCE_MS);
  assert.deepEqual(await planner.storedEntries(), {}, 'storage still holds what it held: nothing');
}));

test('an alert on screen is not announced again when another notice joins it', scenario(
  { storage: { [PLAN_KEY]: 'not json' } },
  async (planner) => {
    const first = planner.page.getByRole('alert').first();
    await first.waitFor();
    await first.evaluate((node) => { node.dataset.seen = 'yes'; });
    await planner.importJson('bad.json', 'not a plan either', { asks: false });
    await waitFor(() => planner.alerts(), (a) => a.length === 2, 'a second alert');
    assert.equal(await first.getAttribute('data-seen'), 'yes', 'the first alert is the same node, not rewritten');
  },
));
