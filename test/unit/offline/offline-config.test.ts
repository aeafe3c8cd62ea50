import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config.ts';

describe('GUIDE_OFFLINE', () => {
  it('keeps the offline app unless it is 0', () => {
    expect(readConfig({}).offline).toBe(true);
    expect(readConfig({ GUIDE_OFFLINE: '' }).offline).toBe(true);
    expect(readConfig({ GUIDE_OFFLINE: '1' }).offline).toBe(true);
    expect(readConfig({ GUIDE_OFFLINE: '0' }).offline).toBe(false);
  });

  it('says what to write when the value is neither', () => {
    expect(() => readConfig({ GUIDE_OFFLINE: 'no' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid environment variable (fix or unset it):
        GUIDE_OFFLINE: must be 0 (no offline app) or 1 (keep it); leave it unset to keep it.]
    `);
  });
});
