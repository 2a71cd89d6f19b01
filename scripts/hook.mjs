// What every Trunk post-build hook of this project shares: the staging directory (release
// builds only; any other build ends the hook here), integrity hashes, index.html, and the edits
// they make to it.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

/** A subresource-integrity hash of `bytes`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
export const htmlPath = join(dir, 'index.html');

/** `html` with `before` replaced by `after`; fails, naming `what`, unless `before` is there once. */
export function replaceOnce(html, what, before, after) {
  const found = html.split(before).length - 1;
  if (found !== 1) throw new Error(`index.html: expected one ${what}, found ${found}`);
  return html.replace(before, () => after);
}

/** The inline scripts of `html` (those without `src`): each match is the whole element, then
 * its text. */
export const inlineScripts = (html) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
