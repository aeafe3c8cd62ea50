import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceFiles } from './source-files.ts';

// Small files with one job, folders a reader can take in at a glance, and one reader of the environment.
const MAX_FILES_PER_FOLDER = 15;
const MAX_LINES = 300;
/** Files allowed over the limit for now, each with the reason; an entry fails once it is no longer needed. */
const LONG_FILES_FOR_NOW: Record<string, string> = {};

describe('the shape of src/', () => {
  const files = sourceFiles();

  test(`no folder holds more than ${MAX_FILES_PER_FOLDER} source files`, () => {
    const perFolder = new Map<string, number>();
    for (const file of files) perFolder.set(dirname(file), (perFolder.get(dirname(file)) ?? 0) + 1);
    expect(perFolder.size).toBeGreaterThan(5);
    expect([...perFolder].filter(([, count]) => count > MAX_FILES_PER_FOLDER).map(([folder, count]) => `${folder}: ${count} files`)).toEqual([]);
  });

  test(`no source file is longer than ${MAX_LINES} lines`, () => {
    const long = files.map((file) => [file, readFileSync(file, 'utf8').split('\n').length] as const).filter(([, lines]) => lines > MAX_LINES);
    expect(long.filter(([file]) => !(file in LONG_FILES_FOR_NOW)).map(([file, lines]) => `${file}: ${lines} lines`)).toEqual([]);
    expect(Object.keys(LONG_FILES_FOR_NOW).filter((file) => !long.some(([other]) => other === file))).toEqual([]);
  });

  test('only src/config.ts reads process.env', () => {
    const readers = files.filter((file) => file !== 'src/config.ts' && /process\.env/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
    expect(readFileSync('src/config.ts', 'utf8')).toMatch(/process\.env/);
  });
});
