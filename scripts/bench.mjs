// `npm run bench`: prints the guide's speed and size figures. Builds first when dist/ is missing,
// then runs every scripts/bench/*.mjs in turn. Figures are printed, never asserted: targets live in
// the issues and the README, and a person reads the numbers.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('dist/index.html')) {
  console.log('dist/ is missing: building first (npm run build)…');
  if (spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
let failed = false;
for (const file of readdirSync('scripts/bench').filter((name) => name.endsWith('.mjs')).sort()) {
  console.log(`\n=== ${file.replace(/\.mjs$/, '')} ===`);
  const result = spawnSync('node', [`scripts/bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
