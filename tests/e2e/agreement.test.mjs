// The agreement around the numbers: assumptions with their sources, who signs, what sales
// commits to and the glossary, saved with the plan and printed as an agreement to sign.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { ARTIFACTS_DIR, eventually, plannerSuite } from './harness.mjs';
import { FIELDS } from './planner.page.mjs';

const scenario = plannerSuite();

/** Fill in the agreement: both signatories, the obligations, and the lead score's definition. */
async function agree(planner) {
  await planner.fill('Signs for marketing', 'Ada <b>Lovelace</b>, VP Marketing');
  await planner.fill('Signs for sales', 'Grace Hopper, Head of Sales');
  await planner.fill('Sales commits to', 'Every SQL called within 1 business day.\nThree connect attempts.');
  await planner.page.locator('summary', { hasText: 'Terms both teams agree on' }).click();
  await planner.fill('Lead score', 'Sixty points or more: <script>alert(1)</script>');
}

test('the agreement is saved with the plan, its assumptions say where each came from', scenario(async (planner) => {
  const assumptions = planner.page.getByRole('heading', { name: 'Assumptions', exact: true }).locator('xpath=following-sibling::ul[1]');
  assert.match(await assumptions.innerText(), /Win rate: 50\s%, as entered/);
  await planner.fill(FIELDS.winRate, '40');
  await eventually(async () => /Win rate: 40\s%, as entered/.test(await assumptions.innerText()), true, 'assumptions follow the plan');

  assert.match(await planner.fieldValue('Lead score'), /^Points a lead earns/, 'the planner’s definition to start from');
  await agree(planner);
  // The planner's own definitions are there to edit.
  assert.match(await planner.fieldValue('Marketing qualified lead (MQL)'), /agreed lead score/);
  await planner.reload();
  assert.equal(await planner.fieldValue('Signs for marketing'), 'Ada <b>Lovelace</b>, VP Marketing');
  assert.equal(await planner.fieldValue('Sales commits to'), 'Every SQL called within 1 business day.\nThree connect attempts.');
  assert.equal(await planner.fieldValue('Lead score'), 'Sixty points or more: <script>alert(1)</script>');
  const stored = Object.values(await planner.storedEntries()).find((r) => r.includes('"agreement"'));
  assert.ok(stored, 'the plan record holds the agreement');
  const record = JSON.parse(stored);
  assert.equal(record.schema, 3);
  assert.deepEqual(record.agreement.terms.map((t) => t.term), ['lead-score'], 'only rewritten definitions are stored');
}));

test('printed, the agreement names the parties, their obligations, the glossary and the signatures (PDF kept)', scenario(async (planner) => {
  const { page } = planner;
  await agree(planner);
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('body').innerText();
  assert.match(text, /Marketing–sales service level agreement/);
  assert.match(text, /represented by Ada <b>Lovelace<\/b>, VP Marketing, and sales, represented by Grace Hopper/);
  assert.match(text, /Every SQL called within 1 business day\.\nThree connect attempts\./, 'obligations as typed, lines kept');
  assert.match(text, /Lead score\s+Sixty points or more: <script>alert\(1\)<\/script>/, 'markup printed as text');
  assert.match(text, /Subscriber\s+Someone who asked to hear from us/);
  assert.match(text, /For marketing: Ada <b>Lovelace<\/b>, VP Marketing\s+Signature _+/);
  assert.match(text, /Win rate: 50\s%, as entered/);
  const buttons = await page.getByRole('button').evaluateAll((all) => all.filter((e) => e.checkVisibility()).length);
  assert.equal(buttons, 0, 'no button is printed');
  for (const field of ['Signs for marketing', 'Sales commits to', 'Lead score']) {
    assert.equal(await planner.field(field).isVisible(), false, `the ${field} field gives way to its text`);
  }
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page.pdf({ path: path.join(ARTIFACTS_DIR, 'agreement-a4.pdf'), format: 'A4' });
  await page.pdf({ path: path.join(ARTIFACTS_DIR, 'agreement-letter.pdf'), format: 'Letter' });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'agreement-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 900 });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'agreement-360.png'), fullPage: true });
}));
