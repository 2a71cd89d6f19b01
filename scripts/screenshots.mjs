// Screenshots of the release dist/ at 360 and 1440 px wide, for a person to look at:
//   node scripts/screenshots.mjs [out-dir]
// Serves dist/ on a free loopback port and writes <state>-<width>.png per state.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { DIST_DIR, requireBuiltDist } from './dist-dir.mjs';
import { serve } from './static-server.mjs';
import { launchChromium } from '../tests/e2e/planner.page.mjs';

const out = process.argv[2] ?? 'screenshots';
await mkdir(out, { recursive: true });
await requireBuiltDist();
const server = await serve(DIST_DIR, { base: '/' });
const browser = await launchChromium();
try {
  for (const width of [360, 1440]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel('Qualified leads per month').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `first-visit-${width}.png`), fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
