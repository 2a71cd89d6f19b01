// Accessibility to WCAG 2.2 AA, state by state: axe-core on each state the planner reaches,
// the keyboard alone, reflow at 320 px and at 200 % zoom, forced colours and reduced motion.
// (The harness also runs axe-core when every other test opens the page and when it ends.)

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { plannerSuite, waitFor } from './harness.mjs';
import { FIELDS, RESULTS } from './planner.page.mjs';

const scenario = plannerSuite();

/** No violation in the state `what`. */
async function accessible(planner, what) {
  assert.deepEqual(await planner.accessibilityViolations(), [], what);
}

test('every state reached meets WCAG 2.2 AA as axe-core checks it', scenario(async (planner) => {
  const { page } = planner;
  await planner.fill(FIELDS.winRate, '12,5,');
  await waitFor(() => planner.fieldError(FIELDS.winRate), (e) => e.invalid, 'the error shown');
  await accessible(planner, 'a field in error, results out of date');
  await planner.fill(FIELDS.winRate, '50');
  await page.getByText('Show the math', { exact: true }).click();
  await accessible(planner, 'the math open');
  await planner.pacingTableRows();
  await accessible(planner, 'the pacing table open');
  await planner.chooseSettingValue('Currency', 'EUR');
  await planner.chooseSetting('Number format', '1.234,56');
  await accessible(planner, 'settings changed');
  await planner.saveScenario('First');
  await planner.fill(FIELDS.goal, '7.000');
  await planner.saveScenario('Second');
  await planner.tickToCompare('First');
  await planner.tickToCompare('Second');
  await planner.comparisonTable().waitFor();
  await accessible(planner, 'two scenarios compared');
  await page.emulateMedia({ media: 'print' });
  await accessible(planner, 'the printed agreement');
  await page.emulateMedia({ media: 'screen' });
}));

test('at 360 px every state checked is accessible too', scenario({ context: { viewport: { width: 360, height: 780 } } }, async (planner) => {
  await planner.fill(FIELDS.dealSize, 'abc');
  await waitFor(() => planner.fieldError(FIELDS.dealSize), (e) => e.invalid, 'the error shown');
  await accessible(planner, 'a field in error at 360 px');
}));

for (const [what, viewport] of [
  ['320 px wide', { width: 320, height: 640 }],
  ['200 % zoom of a 1280 px window', { width: 640, height: 400 }],
]) {
  test(`at ${what} nothing scrolls sideways`, scenario({ context: { viewport } }, async (planner) => {
    // The longest quota the planner allows, in the widest output.
    await planner.fill(FIELDS.goal, '1000000000000');
    await planner.fill(FIELDS.share, '100');
    await planner.fill(FIELDS.dealSize, '0.01');
    await planner.fill(FIELDS.winRate, '0.01');
    await planner.fill(FIELDS.salesCycle, '0');
    await waitFor(() => planner.outputText(RESULTS.leads), (v) => v.length > 20, 'a very long quota');
    const { scrollWidth, viewportWidth } = await planner.documentWidth();
    assert.ok(scrollWidth <= viewportWidth, `the page is ${scrollWidth} px wide in ${viewportWidth} px`);
    // The quota stays whole: it never wraps in the middle of the number.
    const lines = await planner.output(RESULTS.leads).evaluate((o) => {
      const range = document.createRange();
      range.selectNodeContents(o);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    assert.equal(lines, 1, 'the quota is on one line');
  }));
}

test('the keyboard alone reaches every control in order, with a visible focus', scenario(async (planner) => {
  const { page } = planner;
  const seen = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el.closest('.file-button') ?? el);
      const rect = el.getBoundingClientRect();
      return {
        name: el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent.trim() ?? el.textContent.trim(),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        top: rect.top + window.scrollY,
        size: Math.min(rect.width, rect.height),
      };
    });
    if (!focus) break;
    seen.push(focus);
  }
  const names = seen.map((f) => f.name);
  for (const name of [FIELDS.goal, `${FIELDS.goal} slider`, FIELDS.winRate, 'Plan month', 'Currency', 'Save scenario']) {
    assert.ok(names.includes(name), `Tab reaches "${name}" (reached: ${names.join(' | ')})`);
  }
  // The form's fields come in reading order.
  const at = (name) => names.indexOf(name);
  assert.ok(at(FIELDS.goal) < at(FIELDS.share) && at(FIELDS.share) < at(FIELDS.dealSize));
  assert.ok(at(FIELDS.dealSize) < at(FIELDS.winRate) && at(FIELDS.winRate) < at(FIELDS.salesCycle));
  const unseen = seen.filter((f) => !f.outline).map((f) => f.name);
  assert.deepEqual(unseen, [], 'every focused control shows a focus outline of 2 px or more');
}));

test('sliders step by arrow keys from the value onto their grid, and End makes room', scenario(async (planner) => {
  await planner.fill(FIELDS.dealSize, '0.01');
  await planner.pressOnSlider(FIELDS.dealSize, 'ArrowRight');
  const value = await planner.fieldValue(FIELDS.dealSize);
  assert.equal(Number(value.replace(/,/g, '')) % 5, 0, `on the 5-step grid: ${value}`);
  // The worked example's goal, 5,000: End goes to the top, and the range grows past it.
  await planner.fill(FIELDS.goal, '20,000');
  const slider = planner.slider(FIELDS.goal);
  assert.equal(await slider.getAttribute('max'), '50000', 'room above 20,000');
  await planner.pressOnSlider(FIELDS.goal, 'End');
  await waitFor(() => planner.fieldValue(FIELDS.goal), (v) => v === '50,000.00' || v === '50,000', 'End');
  await waitFor(() => slider.getAttribute('max'), (m) => Number(m) > 50000, 'the range grown');
  // Home goes to the bottom, and the range comes back to its usual size and steps.
  await planner.pressOnSlider(FIELDS.goal, 'Home');
  await waitFor(() => slider.getAttribute('max'), (m) => m === '20000', 'the range back');
  // A percentage slider never starts below 1 %, where the field would warn of a fraction.
  assert.equal(await planner.slider(FIELDS.winRate).getAttribute('min'), '1');
}));

test('Escape closes the disclosure that holds the focus', scenario(async (planner) => {
  const { page } = planner;
  const summary = page.getByText('Show the math', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const details = page.locator('details.math');
  await waitFor(() => details.evaluate((d) => d.open), (open) => open, 'opened by Enter');
  await page.keyboard.press('Escape');
  await waitFor(() => details.evaluate((d) => d.open), (open) => !open, 'closed by Escape');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Show the math');
}));

test('forced colours and reduced motion keep the page usable', scenario(async (planner) => {
  const { page } = planner;
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await accessible(planner, 'forced colours');
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none';
  }).length);
  assert.equal(moving, 0, 'nothing animates when motion is reduced');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus still shows in forced colours');
  await planner.fill(FIELDS.goal, '7000');
  await waitFor(() => planner.outputText(RESULTS.leads), (v) => v === '140', 'still computing');
}));
