// The planner page, as a person uses it: controls found by their accessible label or role,
// outputs read as text. Tests and the benchmark talk to the app only through this file, so
// a change of markup is a change here.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { chromium } from 'playwright-core';

/** axe-core's source, run in the page by {@link PlannerPage#accessibilityViolations}. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Flags for Debian's Chromium in a headless container (see shared/toolchain.md beside the repo). */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]);

/** Start headless Chromium: `$CHROMIUM`, else Debian's /usr/bin/chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
}

/** The localStorage keys of the plan and the settings, and the prefix of the plan's quarantined copies. */
export const PLAN_KEY = 'sla-planner/plan';
export const SETTINGS_KEY = 'sla-planner/settings';
export const UNREADABLE_PREFIX = `${PLAN_KEY}.unreadable-`;

/** The five numeric inputs, by label. */
export const FIELDS = Object.freeze({
  goal: 'Monthly revenue goal',
  share: 'Marketing share (%)',
  dealSize: 'Average deal size',
  winRate: 'Win rate (%)',
  salesCycle: 'Sales cycle (months)',
});
export const PLAN_MONTH = 'Plan month';
export const PLAN_LENGTH = 'Plan length (months)';

/** The result outputs, by label. */
export const RESULTS = Object.freeze({
  leads: 'Qualified leads per month',
  customers: 'Customers needed',
  leadValue: 'Lead value',
  deliveryMonth: 'Delivery month',
});

const exact = { exact: true };

export class PlannerPage {
  /** Console errors and uncaught page errors seen so far, as text. */
  errors = [];

  /** Wrap a Playwright page; {@link PlannerPage#goto} then opens the planner at `url`. */
  constructor(page, url) {
    this.page = page;
    this.url = url;
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url: source = '' } = message.location();
      this.errors.push(`console.error: ${message.text()}${source ? ` (${source})` : ''}`);
    });
  }

  /** The planner opened again in a second tab of the same browser profile. */
  async openAnotherTab() {
    const other = new PlannerPage(await this.page.context().newPage(), this.url);
    await other.goto();
    return other;
  }

  async goto() {
    // Any Content-Security-Policy violation fails the test, as a console error does.
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    await this.page.goto(this.url);
    await this.waitUntilReady();
  }

  /** Reload as a person would (the page is hidden first, so pending saves flush). */
  async reload() {
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** The app has started: the leads output shows a figure. */
  async waitUntilReady({ timeout = 15_000 } = {}) {
    try {
      await this.output(RESULTS.leads).filter({ hasText: /\S/ }).waitFor({ timeout });
    } catch (cause) {
      throw new Error(
        `the planner at ${this.url} showed no "${RESULTS.leads}" within ${timeout} ms ` +
          '(is dist/ a working build?)',
        { cause },
      );
    }
  }

  /** `error`, with the console errors and page errors seen so far added to its message. */
  explain(error) {
    if (this.errors.length === 0 || !(error instanceof Error)) return error;
    error.message += `\n\nThe page logged:\n  ${this.errors.join('\n  ')}`;
    return error;
  }

  // ---- inputs -------------------------------------------------------------------------

  /** The text input labelled `label` (not its slider). */
  field(label) {
    return this.page.getByLabel(label, exact);
  }

  /** The range input of the field labelled `label`. */
  slider(label) {
    return this.page.getByRole('slider', { name: `${label} slider`, exact: true });
  }

  /** Replace a field's text as if typed (one `input` event). */
  async fill(label, text) {
    await this.field(label).fill(text);
  }

  async fieldValue(label) {
    return this.field(label).inputValue();
  }

  /** Whether a field is marked invalid, and the text of what its `aria-describedby` names. */
  async fieldError(label) {
    return this.field(label).evaluate((input) => {
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const message = ids
        .map((id) => document.getElementById(id)?.textContent.trim() ?? '')
        .filter(Boolean)
        .join(' ');
      return { invalid: input.getAttribute('aria-invalid') === 'true', message };
    });
  }

  /** Drag a slider's thumb with the mouse to `fraction` (0…1) of its width. */
  async dragSlider(label, fraction) {
    const slider = this.slider(label);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error(`slider "${label}" is not visible`);
    const y = box.y + box.height / 2;
    const x = (f) => box.x + box.width * Math.min(Math.max(f, 0), 1);
    await this.page.mouse.move(x(0.5), y);
    await this.page.mouse.down();
    await this.page.mouse.move(x(fraction), y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Focus a slider and press `key` (e.g. `ArrowRight`, `End`) `times` times. */
  async pressOnSlider(label, key, times = 1) {
    const slider = this.slider(label);
    await slider.focus();
    for (let i = 0; i < times; i += 1) {
      await slider.press(key);
    }
  }

  /** Choose an option of a settings `<select>` by its visible label. */
  async chooseSetting(label, optionLabel) {
    await this.page.getByLabel(label, exact).selectOption({ label: optionLabel });
  }

  /** Choose an option of a settings `<select>` by its value (e.g. a currency code). */
  async chooseSettingValue(label, value) {
    await this.page.getByLabel(label, exact).selectOption({ value });
  }

  // ---- outputs ------------------------------------------------------------------------

  output(label) {
    return this.page.getByLabel(label, exact);
  }

  /** An output's text, with no-break and narrow no-break spaces written as plain spaces. */
  async outputText(label) {
    return normaliseSpaces((await this.output(label).textContent()) ?? '');
  }

  /** Every result, keyed as in {@link RESULTS}. */
  async results() {
    const entries = await Promise.all(
      Object.entries(RESULTS).map(async ([key, label]) => [key, await this.outputText(label)]),
    );
    return Object.fromEntries(entries);
  }

  /** The text of the visible "results are out of date" notice, or '' when there is none. */
  async staleNotice() {
    const notice = this.page.getByText(/out of date/i);
    if ((await notice.count()) === 0) return '';
    return (await notice.first().isVisible()) ? normaliseSpaces(await notice.first().innerText()) : '';
  }

  /** The texts of every alert that says something (empty live regions are skipped). */
  /** The notice (its message and buttons) whose text includes `text`. */
  notice(text) {
    return this.page.locator('.notice').filter({ hasText: text });
  }

  async alerts() {
    const texts = await this.page.getByRole('alert').allTextContents();
    return texts.map(normaliseSpaces).filter((text) => text !== '');
  }

  // ---- pacing chart -------------------------------------------------------------------

  chart() {
    return this.page.getByRole('img', { name: /^Pacing chart/ });
  }

  /** Completed redraws of the chart, from its `data-draws` attribute (0 if none yet). */
  async drawCount() {
    return Number((await this.chart().getAttribute('data-draws')) ?? 0);
  }

  async waitForDrawsAbove(count, { timeout = 5_000 } = {}) {
    await this.chart().evaluate(
      (canvas, { count, timeout }) =>
        new Promise((resolve, reject) => {
          const done = () => Number(canvas.getAttribute('data-draws') ?? 0) > count;
          if (done()) return resolve();
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`data-draws stayed at ${canvas.getAttribute('data-draws')}`));
          }, timeout);
          const observer = new MutationObserver(() => {
            if (done()) {
              clearTimeout(timer);
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(canvas, { attributes: true, attributeFilter: ['data-draws'] });
        }),
      { count, timeout },
    );
  }

  /** The canvas's backing-store size, its laid-out CSS size and the device pixel ratio. */
  async canvasSize() {
    return this.chart().evaluate((canvas) => {
      const rect = canvas.getBoundingClientRect();
      return {
        width: canvas.width,
        height: canvas.height,
        cssWidth: rect.width,
        cssHeight: rect.height,
        devicePixelRatio: window.devicePixelRatio,
      };
    });
  }

  /** The pacing table's rows as arrays of cell texts, opening its disclosure if closed. */
  async pacingTableRows() {
    const toggle = this.page.locator('details').filter({
      has: this.page.locator('summary', { hasText: 'Pacing table' }),
    });
    if ((await toggle.count()) > 0 && !(await toggle.first().evaluate((d) => d.open))) {
      await toggle.first().locator('summary').click();
    }
    const table = this.page.getByRole('table', { name: /Pacing/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    return (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent))))
      .map((cells) => cells.map(normaliseSpaces));
  }

  /** The goal field of a revenue month, by the month as the app writes it ("March 2027"). */
  monthGoal(monthText) {
    return this.page.getByLabel(`Revenue goal, ${monthText}`, exact);
  }

  /** The plan-by-month table: body rows and the totals row, as arrays of cell texts. */
  async planTable() {
    const table = this.page.getByRole('table', { name: /rounded up month by month/ });
    await table.waitFor();
    const read = (rows) => rows.evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    const clean = (rows) => rows.map((cells) => cells.map(normaliseSpaces));
    return {
      rows: clean(await read(table.locator('tbody tr'))),
      total: clean(await read(table.locator('tfoot tr')))[0] ?? [],
    };
  }

  /** Click "Export plan table (CSV)": the downloaded file's name and text. */
  exportPlanCsv() {
    return this.downloadBy('Export plan table (CSV)');
  }

  /** Click "Export JSON": the downloaded file's name and text. */
  exportJson() {
    return this.downloadBy('Export JSON');
  }

  /**
   * Choose a file with "Import JSON". A readable plan asks "Replace…?" first, and `answer` is
   * what the person says; pass `asks: false` for a file that cannot be read (nothing asks).
   */
  async importJson(name, text, { answer = true, asks = true } = {}) {
    if (asks) this.page.once('dialog', (dialog) => (answer ? dialog.accept() : dialog.dismiss()));
    await this.page.getByLabel('Import JSON', exact).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** Click the button named `name` (or the button `name` locates) and read the file it
   * downloads. */
  async downloadBy(name) {
    const button = typeof name === 'string' ? this.page.getByRole('button', { name, exact: true }) : name;
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  // ---- scenario library ---------------------------------------------------------------

  /** The "Saved scenarios" list. */
  scenarioList() {
    return this.page.getByRole('list', { name: 'Saved scenarios', exact: true });
  }

  /** The names of the saved scenarios, as the list shows them (newest change first). */
  async scenarioNames() {
    const items = this.scenarioList().getByRole('listitem');
    return (await items.evaluateAll((lis) => lis.map((li) => li.querySelector('button')?.textContent ?? '')))
      .filter(Boolean);
  }

  /** Type `name` as the scenario name and click "Save scenario". */
  async saveScenario(name) {
    await this.fill('Scenario name', name);
    await this.page.getByRole('button', { name: 'Save scenario', exact: true }).click();
  }

  /** Open the saved scenario named `name` from the list. */
  async openScenario(name) {
    await this.scenarioList().getByRole('button', { name, exact: true }).click();
  }

  /** Click a saved scenario's `action` ("Duplicate", "Delete") button. */
  async onScenario(action, name) {
    await this.scenarioList().getByRole('button', { name: `${action} ${name}`, exact: true }).click();
  }

  /** Tick (or untick) a saved scenario's "Compare" box. */
  async tickToCompare(name, on = true) {
    await this.scenarioList().getByRole('checkbox', { name: `Compare ${name}`, exact: true }).setChecked(on);
  }

  /** The comparison table, once two scenarios are ticked (found by its caption). */
  comparisonTable() {
    return this.page.getByRole('table', { name: /^Inputs and results of each scenario/ });
  }

  /** The "Compare scenarios" table: its column headers, and its rows as [label, ...cells] of text. */
  async comparison() {
    return this.comparisonTable().evaluate((t) => ({
      headers: [...t.tHead.rows[0].cells].slice(1).map((c) => c.textContent),
      rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.replace(/[\u00a0\u202f]/g, ' '))),
      changed: [...t.tBodies[0].rows].flatMap((r) =>
        [...r.cells].filter((c) => c.classList.contains('changed')).map(() => r.cells[0].textContent)),
    }));
  }

  /** The "Compare scenarios" section's status line (the hint, or the limit). */
  async compareStatus() {
    return this.page.locator('#compare-status').innerText();
  }

  /** Click a button by its exact accessible name. */
  async press(name) {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  // ---- storage and layout -------------------------------------------------------------

  /** Every localStorage entry of the app (keys starting `sla-planner/`). */
  async storedEntries() {
    return this.page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((key) => key.startsWith('sla-planner/'))
          .map((key) => [key, localStorage.getItem(key)]),
      ),
    );
  }

  /** `YYYY-MM` of the month `months` after today by the browser's clock. */
  async calendarMonthFromNow(months) {
    return this.page.evaluate((months) => {
      const now = new Date();
      const then = new Date(now.getFullYear(), now.getMonth() + months, 1);
      return `${then.getFullYear()}-${String(then.getMonth() + 1).padStart(2, '0')}`;
    }, months);
  }

  /** How wide the document is against the viewport, to spot horizontal scrolling. */
  async documentWidth() {
    return this.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    }));
  }

  // ---- accessibility ---------------------------------------------------------------------

  /**
   * What axe-core finds wrong with the page as it is now, one line per rule and element
   * (empty when nothing is). Evaluated through the DevTools protocol, so the page's
   * Content-Security-Policy (which refuses injected scripts) does not stop it.
   */
  async accessibilityViolations() {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(AXE_SOURCE);
    const violations = await this.page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
      AXE_TAGS,
    );
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')}`));
  }

  async screenshot(path) {
    await this.page.screenshot({ path, fullPage: true });
  }
}

function normaliseSpaces(text) {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
