import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// knip (configured in knip.jsonc) finds files, exports and dependencies that nothing uses. Its report
// is a heading per kind of finding ("Unused files (2)") with the findings under it.
test('knip finds no unused file, export or dependency', () => {
  const run = spawnSync('npx', ['knip', '--no-progress', '--no-config-hints'], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  expect(output.split('\n').filter((line) => /^(Unused|Unlisted|Unresolved|Duplicate)\b/.test(line))).toEqual([]);
  expect(run.status, output).toBe(0);
}, 300_000);
