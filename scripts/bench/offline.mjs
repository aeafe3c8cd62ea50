// The offline app: what the service worker saves on a learner's first visit (the precache), in files
// and bytes, and the service worker's own size. Usage, after a build: node scripts/bench/offline.mjs [dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measurePrecache } from '../../src/features/offline/service-worker.ts';
import { SERVICE_WORKER_FILE } from '../../src/features/offline/offline-names.ts';

const DIST = process.argv[2] ?? 'dist';
const worker = join(DIST, SERVICE_WORKER_FILE);
if (!existsSync(worker)) {
  console.log(`No ${worker}: this build has no offline app (GUIDE_OFFLINE=0?).`);
  process.exit(0);
}
const { count, size } = await measurePrecache(DIST);
console.log(`precache: ${count} entries, ${(size / 1024 / 1024).toFixed(2)} MB (${size} B, uncompressed: what Cache Storage holds)`);
console.log(`service worker: ${statSync(worker).size} B, ${gzipSync(readFileSync(worker), { level: 9 }).length} B gzipped`);
