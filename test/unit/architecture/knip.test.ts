import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// knip (configured in knip.json) finds files, exports and dependencies that nothing uses.
test('knip finds no unused file, export or dependency', () => {
  const run = spawnSync('npx', ['knip', '--no-progress', '--no-config-hints'], { encoding: 'utf8' });
  expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
  expect(run.status).toBe(0);
}, 300_000);
