// Trunk post-build hook, run last by the same hook as the others (see Trunk.toml), when every
// file of the build is final: writes the offline service worker, `sw.js` (see
// scripts/service-worker.mjs). Release builds only.
import { dir } from './hook.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const { files, version } = await writeServiceWorker(dir);
console.log(`worker.mjs: sw.js keeps ${files} files (cache ${version})`);
