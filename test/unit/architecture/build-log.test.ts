import { describe, expect, test } from 'vitest';
import { buildWarnings } from '../../../scripts/lib/build-log.mjs';

describe('buildWarnings', () => {
  test('finds Astro and Vite warnings, whatever their colour codes', () => {
    const log = [
      '12:25:34 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive may not be preserved when bundling.',
      'Warning: something is deprecated',
      '12:25:44 [build] Complete!',
    ].join('\n');
    expect(buildWarnings(log)).toHaveLength(2);
  });

  test('ignores page routes and text that only contain the word', () => {
    const log = ['12:25:39   ├─ /questions/societal-risks-deepfake-warning-sign/index.html (+4ms)', '12:25:44 [build] 464 page(s) built in 25.14s'].join('\n');
    expect(buildWarnings(log)).toEqual([]);
  });
});
