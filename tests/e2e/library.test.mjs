// The scenario library: plans saved under a name, opened, renamed, duplicated, deleted and
// restored, never losing the plan on the page; names shown as text; two tabs saving the same
// scenario; storage that is full or holds one unreadable scenario among many.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { ARTIFACTS_DIR, eventually, plannerSuite, sleep, waitFor } from './harness.mjs';
import { FIELDS } from './planner.page.mjs';

const scenario = plannerSuite();
const SCENARIO_PREFIX = 'sla-planner/scenario-';

/** The stored scenario records, by key. */
async function storedScenarios(planner) {
  const entries = await planner.storedEntries();
  return Object.fromEntries(Object.entries(entries).filter(([key]) => key.startsWith(SCENARIO_PREFIX)));
}

test('scenarios are saved, listed newest first, and opened without losing the plan on the page', scenario(
  async (planner) => {
    assert.deepEqual(await planner.scenarioNames(), []);
    assert.match(await planner.scenarioList().innerText(), /No saved scenarios yet/);

    await planner.fill(FIELDS.winRate, '18');
    await planner.saveScenario('Win rate 18 %');
    await eventually(() => planner.scenarioNames(), ['Win rate 18 %'], 'the first scenario');
    await planner.fill(FIELDS.winRate, '25');
    await planner.fill('Scenario name', 'Win rate 25 %');
    await planner.press('Save scenario');
    await eventually(() => planner.scenarioNames(), ['Win rate 25 %', 'Win rate 18 %'], 'newest first');
    const open = planner.scenarioList().getByRole('button', { name: 'Win rate 25 %', exact: true });
    assert.equal(await open.getAttribute('aria-current'), 'true', 'the scenario just saved is open');
    assert.equal(Object.keys(await storedScenarios(planner)).length, 2, 'one key per scenario');

    // An edit not saved as a scenario is kept when another is opened.
    await planner.fill(FIELDS.goal, '12345');
    await planner.openScenario('Win rate 18 %');
    const said = planner.page.getByRole('status').filter({ hasText: 'Opened “Win rate 18 %”.' });
    assert.match(
      await said.innerText(),
      /The plan that was on the page is kept as “Win rate 25 % \(unsaved changes\)”\. Opened/,
      'what was kept, and what was opened, is said',
    );
    assert.equal(await planner.fieldValue(FIELDS.winRate), '18');
    assert.equal(await planner.fieldValue('Scenario name'), 'Win rate 18 %');
    await eventually(
      () => planner.scenarioNames(),
      ['Win rate 25 % (unsaved changes)', 'Win rate 25 %', 'Win rate 18 %'],
      'the unsaved edit kept as a scenario',
    );
    await planner.openScenario('Win rate 25 % (unsaved changes)');
    assert.equal(await planner.fieldValue(FIELDS.goal), '12,345');
    assert.equal(await planner.fieldValue(FIELDS.winRate), '25');
    // Opening a scenario that holds the plan on the page keeps nothing more.
    await planner.openScenario('Win rate 25 %');
    assert.equal((await planner.scenarioNames()).length, 3);

    // After a reload the library is there, and the page counts as opened from the scenario it shows.
    await planner.reload();
    assert.equal((await planner.scenarioNames()).length, 3);
    assert.equal(await planner.fieldValue('Scenario name'), 'Win rate 25 %');
    await planner.screenshot(path.join(ARTIFACTS_DIR, 'library-1440.png'));
    await planner.page.setViewportSize({ width: 360, height: 900 });
    await planner.screenshot(path.join(ARTIFACTS_DIR, 'library-360.png'));
  },
));

test('rename, duplicate, and delete with undo', scenario(async (planner) => {
  await planner.saveScenario('Base');
  await eventually(() => planner.scenarioNames(), ['Base'], 'saved');
  await planner.fill('Scenario name', 'Base, agreed');
  await planner.press('Rename scenario');
  await eventually(() => planner.scenarioNames(), ['Base, agreed'], 'renamed');
  assert.match((await planner.page.getByRole('status').allTextContents()).join(' '), /Renamed to “Base, agreed”/);

  await planner.onScenario('Duplicate', 'Base, agreed');
  await eventually(() => planner.scenarioNames(), ['Base, agreed (copy)', 'Base, agreed'], 'duplicated');
  // A reload finds the page opened from the original, not from its copy.
  await planner.reload();
  assert.equal(await planner.fieldValue('Scenario name'), 'Base, agreed');
  // Renaming to another scenario's name is refused; renaming saves the page as it stands.
  await planner.fill('Scenario name', 'Base, agreed (copy)');
  await planner.press('Rename scenario');
  assert.match((await planner.fieldError('Scenario name')).message, /Another saved scenario has this name/);
  const typed = await planner.fieldValue(FIELDS.winRate);
  await planner.fill(FIELDS.winRate, '19');
  await planner.fill('Scenario name', 'Base, agreed');
  await planner.press('Rename scenario');
  await planner.openScenario('Base, agreed (copy)');
  assert.equal(await planner.fieldValue(FIELDS.winRate), typed, 'the copy is as it was');
  assert.equal((await planner.scenarioNames()).length, 2, 'the renamed one held the page: nothing kept');
  await planner.openScenario('Base, agreed');
  assert.equal(await planner.fieldValue(FIELDS.winRate), '19', 'the rename saved the page');

  const before = await storedScenarios(planner);
  await planner.onScenario('Delete', 'Base, agreed');
  await eventually(() => planner.scenarioNames(), ['Base, agreed (copy)'], 'deleted');
  const notice = planner.notice('“Base, agreed” was deleted.');
  assert.ok(await notice.isVisible());
  const focused = await planner.page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, 'library-notices', 'focus goes to the notice with its Undo');
  await notice.getByRole('button', { name: 'Undo', exact: true }).click();
  await eventually(() => planner.scenarioNames(), ['Base, agreed', 'Base, agreed (copy)'], 'restored, newest change first');
  assert.match((await planner.page.getByRole('status').allTextContents()).join(' '), /“Base, agreed” is back\./);
  assert.deepEqual(await storedScenarios(planner), before, 'the record is back as it was');

  // Deleting the open scenario, then opening another, keeps nothing of it (it was deleted on
  // purpose; Undo brings it back).
  await planner.openScenario('Base, agreed');
  await planner.onScenario('Delete', 'Base, agreed');
  await planner.openScenario('Base, agreed (copy)');
  await eventually(() => planner.scenarioNames(), ['Base, agreed (copy)'], 'nothing kept of the deleted one');
  await planner.page.getByRole('button', { name: 'Undo', exact: true }).click();
  await eventually(() => planner.scenarioNames().then((n) => n.length), 2, 'back');
  // Deleted while open and undone while still on the page: open again.
  await planner.onScenario('Delete', 'Base, agreed (copy)');
  await planner.page.getByRole('button', { name: 'Undo', exact: true }).click();
  const copy = planner.scenarioList().getByRole('button', { name: 'Base, agreed (copy)', exact: true });
  await eventually(() => copy.getAttribute('aria-current'), 'true', 'open again');

  // Renaming needs an open scenario; a name needs a character, and at most 80.
  await planner.press('New plan from the example');
  await planner.fill('Scenario name', 'Other');
  await planner.press('Rename scenario');
  assert.match((await planner.fieldError('Scenario name')).message, /Open a saved scenario first/);
  await planner.saveScenario('   ');
  assert.deepEqual(await planner.fieldError('Scenario name'), {
    invalid: true,
    message: 'Give the scenario a name. Save the plan on this page under a name, to come back to it later.',
  });
  await planner.saveScenario('x'.repeat(81));
  assert.match((await planner.fieldError('Scenario name')).message, /at most 80 characters/);
  assert.equal((await planner.scenarioNames()).length, 2, 'nothing saved');
}));

test('a name with markup is shown as text everywhere', scenario(async (planner) => {
  const name = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
  planner.page.on('dialog', (dialog) => dialog.dismiss());
  await planner.saveScenario(name);
  await eventually(() => planner.scenarioNames(), [name], 'listed as typed');
  await planner.onScenario('Delete', name);
  const notice = planner.page.getByRole('status').filter({ hasText: 'was deleted' });
  assert.equal(await notice.textContent(), `“${name}” was deleted.`);
  assert.equal(await planner.page.locator('.library img, .notices img').count(), 0);
  assert.equal(await planner.page.evaluate(() => window.pwned), undefined);
}));

test('saving over a scenario another tab has saved since asks which to keep', scenario(async (planner) => {
  await planner.saveScenario('Shared goal');
  await eventually(() => planner.scenarioNames(), ['Shared goal'], 'saved');
  const other = await planner.openAnotherTab();
  await other.openScenario('Shared goal');

  await other.fill(FIELDS.goal, '6000');
  await other.press('Save scenario');
  await planner.fill(FIELDS.goal, '7000');
  await planner.press('Save scenario');
  const alert = planner.notice('was saved in another tab');
  assert.equal(await planner.page.getByRole('alert').filter({ hasText: 'was saved in another tab' }).count(), 1);
  await alert.waitFor();
  const stored = Object.values(await storedScenarios(planner));
  assert.equal(stored.length, 1);
  assert.match(stored[0], /"monthly_goal":\{"value":"6000"/, 'theirs is not written over');

  await alert.getByRole('button', { name: 'Keep mine as a copy', exact: true }).click();
  await eventually(() => planner.scenarioNames(), ['Shared goal (copy)', 'Shared goal'], 'mine kept as a copy');
  assert.equal(await planner.fieldValue(FIELDS.goal), '7,000', 'mine stays on the page (written in the number format once left)');

  // Again, settled the other way: keep theirs, which then is what this tab saves over. (The
  // other tab's save is written directly: edits on the page reach every tab through the plan
  // they share, so a conflict needs two saves of the scenario that cross.)
  await planner.openScenario('Shared goal');
  await other.page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => {
      const record = k.startsWith(prefix) && JSON.parse(localStorage.getItem(k));
      return record && record.scenario.name === 'Shared goal';
    });
    const record = JSON.parse(localStorage.getItem(key));
    record.revision += 1;
    record.inputs.monthly_goal.value = '6500';
    localStorage.setItem(key, JSON.stringify(record));
  }, SCENARIO_PREFIX);
  await planner.fill(FIELDS.goal, '7500');
  await planner.press('Save scenario');
  await alert.waitFor();
  await alert.getByRole('button', { name: 'Keep theirs', exact: true }).click();
  await eventually(() => planner.fieldValue(FIELDS.goal), '6,500', 'theirs shown');
  await planner.fill(FIELDS.goal, '7600');
  await planner.press('Save scenario');
  await waitFor(
    () => storedScenarios(planner),
    (all) => Object.values(all).some((r) => /"Shared goal"/.test(r) && /"value":"7600"/.test(r)),
    'saved over theirs once they were seen',
  );
  assert.equal(await alert.count(), 0);
  assert.deepEqual(other.errors, []);
  await other.page.close();
}));

test('full storage: the edit stays, an export is offered, the last saved copy is untouched', scenario(
  async (planner) => {
    await planner.saveScenario('Before');
    await eventually(() => planner.scenarioNames(), ['Before'], 'saved');
    const before = await planner.storedEntries();
    await planner.page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await planner.fill(FIELDS.goal, '8100');
    await planner.press('Save scenario');
    assert.ok((await planner.alerts()).some((t) => /storage is full/.test(t)));
    const alert = planner.notice('storage is full').first();
    await alert.waitFor();
    const offer = alert.getByRole('button', { name: 'Download this plan (JSON)', exact: true });
    const { name, text } = await planner.downloadBy(offer);
    assert.match(name, /\.json$/);
    assert.match(text, /"monthly_goal":\{"value":"8100"/);
    assert.equal(await planner.fieldValue(FIELDS.goal), '8,100', 'the edit is kept on the page (written in the number format once left)');
    await sleep(500); // past the autosave debounce
    assert.deepEqual(await planner.storedEntries(), before, 'nothing stored changed');
  },
));

test('one unreadable scenario among twenty: nineteen load, the bad one is kept aside and listed', scenario(
  async (planner) => {
    await planner.saveScenario('Seed');
    const [record] = Object.values(await waitFor(() => storedScenarios(planner), (s) => Object.keys(s).length === 1, 'seed'));
    await planner.page.evaluate(({ record, prefix }) => {
      for (let i = 1; i <= 19; i += 1) {
        const named = JSON.parse(record);
        named.scenario.name = `Variant ${i}`;
        named.scenario.changed = 1_700_000_000_000 + i;
        localStorage.setItem(`${prefix}${i}`, JSON.stringify(named));
      }
      localStorage.setItem(`${prefix}20`, '{"schema":2,"scenario":{"name":"Bad"'); // cut off
    }, { record, prefix: SCENARIO_PREFIX });
    await planner.press('New plan from the example'); // keeps nothing: "Seed" holds the plan
    await planner.reload();
    const names = await planner.scenarioNames();
    assert.equal(names.length, 20, 'nineteen variants and the seed');
    assert.deepEqual(names.slice(1, 4), ['Variant 19', 'Variant 18', 'Variant 17']);
    const kept = planner.page.getByRole('alert').filter({ hasText: 'could not be read' });
    assert.equal(await kept.count(), 1);
    const entries = await planner.storedEntries();
    assert.equal(entries[`${SCENARIO_PREFIX}20`], undefined, 'moved aside');
    const aside = Object.entries(entries).filter(([key]) => key.startsWith(`${SCENARIO_PREFIX}20.unreadable-`));
    assert.deepEqual(aside.map(([, text]) => text), ['{"schema":2,"scenario":{"name":"Bad"']);
    const seed = Object.keys(entries).filter((key) => /^sla-planner\/scenario-\d{13}$/.test(key));
    assert.equal(entries[seed[0]], record, 'the others are untouched');
  },
));

test('two to four scenarios compared side by side, with their differences and one chart', scenario(
  async (planner) => {
    const compare = planner.comparisonTable();
    await planner.saveScenario('Base');
    await planner.fill(FIELDS.winRate, '40');
    await planner.saveScenario('Win rate <b>40</b>');
    await planner.fill(FIELDS.winRate, '50');
    await planner.fill(FIELDS.goal, '6000');
    await planner.saveScenario('Bigger goal');
    await eventually(async () => (await planner.scenarioNames()).length, 3, 'three saved');
    assert.match(await planner.compareStatus(), /Tick “Compare” on two to four/);
    assert.equal(await compare.count(), 0, 'no table before two are ticked');

    await planner.tickToCompare('Base');
    await planner.tickToCompare('Win rate <b>40</b>');
    await eventually(() => compare.count(), 1, 'the table, once two are ticked');
    const { headers, rows, changed } = await planner.comparison();
    assert.deepEqual(headers, ['Base', 'Win rate <b>40</b>'], 'names as text, in the order ticked');
    const row = (label) => rows.find((r) => r[0] === label);
    assert.deepEqual(row('Win rate (%)'), ['Win rate (%)', '50 %', '40 %−10 pp']);
    // 5,000 ÷ 100 = 50 customers: 100 leads at 50 %, 125 at 40 %.
    assert.deepEqual(row('Qualified leads per month'), ['Qualified leads per month', '100', '125+25']);
    assert.deepEqual(row('Monthly revenue goal'), ['Monthly revenue goal', '$5,000.00', '$5,000.00']);
    assert.ok(changed.includes('Win rate (%)') && !changed.includes('Monthly revenue goal'), 'differences highlighted');
    const canvas = planner.page.getByRole('img', { name: /one|a colour per scenario/ });
    assert.match(await canvas.getAttribute('aria-label'), /Base: 100 in .*; Win rate <b>40<\/b>: 125 in/);
    await planner.page.waitForFunction(() => Number(document.getElementById('compare-canvas')?.dataset.draws) > 0);

    // A third column; a fifth tick is refused with a message, and unticking goes back.
    await planner.tickToCompare('Bigger goal');
    await eventually(async () => (await planner.comparison()).headers.length, 3, 'three columns');
    assert.match(
      (await planner.comparison()).rows.find((r) => r[0] === 'Monthly revenue goal')[3],
      /\$6,000\.00\+\$1,000\.00/,
    );
    await planner.screenshot(path.join(ARTIFACTS_DIR, 'compare-1440.png'));
    await planner.page.setViewportSize({ width: 360, height: 900 });
    await planner.screenshot(path.join(ARTIFACTS_DIR, 'compare-360.png'));
    await planner.tickToCompare('Base', false);
    await planner.tickToCompare('Win rate <b>40</b>', false);
    await eventually(() => compare.count(), 0, 'hidden again below two');
  },
));

test('no more than four scenarios are compared at once', scenario(async (planner) => {
  for (const name of ['A', 'B', 'C', 'D', 'E']) await planner.saveScenario(name);
  await eventually(async () => (await planner.scenarioNames()).length, 5, 'five saved');
  for (const name of ['A', 'B', 'C', 'D']) await planner.tickToCompare(name);
  const fifth = planner.scenarioList().getByRole('checkbox', { name: 'Compare E', exact: true });
  await fifth.click();
  assert.equal(await fifth.isChecked(), false, 'the fifth tick is refused');
  await eventually(
    async () => /Up to four scenarios/.test((await planner.page.getByRole('status').allTextContents()).join(' ')),
    true,
    'the refusal said beside the list',
  );
  assert.equal((await planner.comparison()).headers.length, 4);
  // Deleting a compared scenario takes its column away and makes room.
  await planner.onScenario('Delete', 'A');
  await eventually(async () => (await planner.comparison()).headers, ['B', 'C', 'D'], 'A gone');
  await fifth.click();
  await eventually(async () => (await planner.comparison()).headers, ['B', 'C', 'D', 'E'], 'E added');
}));

test('the whole library exported as JSON imports back, asking before replacing a scenario of the same name', scenario(
  async (planner) => {
    await planner.fill(FIELDS.winRate, '40');
    await planner.saveScenario('Base');
    await planner.fill(FIELDS.winRate, '30');
    await planner.saveScenario('Low <i>win</i> rate');
    await eventually(async () => (await planner.scenarioNames()).length, 2, 'two saved');
    const file = await planner.downloadBy('Export library (JSON)');
    assert.equal(file.name, 'sla-scenarios.json');
    const parsed = JSON.parse(file.text);
    assert.equal(parsed.library, 1);
    assert.deepEqual(parsed.scenarios.map((s) => s.scenario.name), ['Low <i>win</i> rate', 'Base']);

    // Into a library that lost "Base" and changed the other since: it asks about the other
    // first, and "Cancel" imports nothing at all.
    await planner.fill(FIELDS.winRate, '35');
    await planner.saveScenario('Low <i>win</i> rate');
    await planner.onScenario('Delete', 'Base');
    await eventually(() => planner.scenarioNames(), ['Low <i>win</i> rate'], 'deleted');
    const answer = (accept) => new Promise((resolve) => planner.page.once('dialog', (dialog) => {
      resolve(dialog.message());
      return accept ? dialog.accept() : dialog.dismiss();
    }));
    const winRateOf = async (name) => {
      await planner.openScenario(name);
      return planner.fieldValue(FIELDS.winRate);
    };
    let asked = answer(false);
    // The library's own picker, beside "Export library (JSON)", takes the same files.
    await planner.page.getByLabel('Import scenarios (JSON)', { exact: true }).setInputFiles({
      name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text),
    });
    assert.match(await asked, /already has scenarios named “Low <i>win<\/i> rate”.*Cancel imports nothing/);
    await sleep(300);
    assert.deepEqual(await planner.scenarioNames(), ['Low <i>win</i> rate'], 'nothing imported');
    assert.equal(await winRateOf('Low <i>win</i> rate'), '35', 'kept as it was');

    // "OK": "Base" comes back as it was exported, the other is replaced by the file's.
    asked = answer(true);
    await planner.importJson(file.name, file.text, { asks: false });
    await asked;
    await eventually(async () => [...(await planner.scenarioNames())].sort(), ['Base', 'Low <i>win</i> rate'], 'imported');
    assert.match((await planner.page.getByRole('status').allTextContents()).join(' '), /2 scenarios were imported/);
    assert.equal(await winRateOf('Base'), '40', 'imported as exported');
    assert.equal(await winRateOf('Low <i>win</i> rate'), '30', 'replaced by the file’s');
    // The page still showed the version replaced: leaving it kept it, as any plan is kept.
    assert.equal(await winRateOf('Plan in progress'), '35', 'the replaced version, still on the page, kept');

    // A name the file repeats replaces the saved scenario once, and comes in as a copy after.
    parsed.scenarios[1].scenario.name = 'Low <i>win</i> rate';
    asked = answer(true);
    await planner.importJson(file.name, JSON.stringify(parsed), { asks: false });
    assert.match(await asked, /already has scenarios named/);
    await eventually(
      async () => [...(await planner.scenarioNames())].sort(),
      ['Base', 'Low <i>win</i> rate', 'Low <i>win</i> rate (copy)', 'Plan in progress'],
      'one replaced, the repeat added as a copy',
    );
    assert.equal(await winRateOf('Low <i>win</i> rate (copy)'), '40', 'the repeat holds its own plan');

    // One damaged scenario: nothing is imported, and the alert says which.
    const damaged = file.text.replace('"name":"Base"', '"name":"   "');
    await planner.importJson(file.name, damaged, { asks: false });
    await waitFor(() => planner.alerts(), (a) => a.some((t) => /Nothing was imported: in this file, scenario 2 \(Scenario name\) cannot be read/.test(t)), 'alert');
    assert.equal((await planner.scenarioNames()).length, 4);
  },
));

test('a scenario saved with a field left invalid is compared as not valid, with nothing planned', scenario(async (planner) => {
  await planner.saveScenario('Base');
  await planner.fill(FIELDS.winRate, '0');
  await planner.saveScenario('Zero win');
  await eventually(async () => (await planner.scenarioNames()).length, 2, 'two saved');
  await planner.tickToCompare('Base');
  await planner.tickToCompare('Zero win');
  await eventually(async () => (await planner.comparison()).headers, ['Base', 'Zero win (a field is not valid)'], 'marked');
  const { rows } = await planner.comparison();
  assert.deepEqual(rows.find((r) => r[0] === 'Qualified leads per month'), ['Qualified leads per month', '100', 'Cannot be planned']);
}));

test('a scenario exported as JSON keeps its name, ready to save again when imported', scenario(async (planner) => {
  await planner.fill(FIELDS.winRate, '40');
  await planner.saveScenario('Agreed <b>Q3</b>');
  await eventually(() => planner.scenarioNames(), ['Agreed <b>Q3</b>'], 'saved');
  const exported = await planner.exportJson();
  const record = JSON.parse(exported.text);
  assert.equal(record.scenario.name, 'Agreed <b>Q3</b>');
  assert.equal(record.currency, 'USD');
  await planner.press('New plan from the example');
  assert.equal(await planner.fieldValue('Scenario name'), '');
  await planner.importJson(exported.name, exported.text);
  await eventually(() => planner.fieldValue(FIELDS.winRate), '40', 'imported');
  assert.equal(await planner.fieldValue('Scenario name'), 'Agreed <b>Q3</b>');
}));
