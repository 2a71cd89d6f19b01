// Static hosting under a sub-path: the same dist/ works below any folder, not only at "/".

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { plannerSuite } from './harness.mjs';

const scenario = plannerSuite({ base: '/tools/sla-planner/' });

test('the release build works when served under a sub-path', scenario(async (planner) => {
  assert.match(planner.page.url(), /\/tools\/sla-planner\/$/);
  assert.equal(await planner.outputText('Qualified leads per month'), '100');
}));
