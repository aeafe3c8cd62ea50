import { readFileSync } from 'node:fs';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, test } from 'vitest';
import { sourceFiles } from './source-files.ts';

// Data flows one way (CONTRIBUTING.md): content → guide model → pages → features' client elements, and
// scripts/ are entry points that import src/, never the reverse. dependency-cruiser reads the .ts/.mjs
// import graph; it does not parse .astro files, so their imports are read here with a regular expression.

const RULES = {
  forbidden: [
    { name: 'no-src-to-scripts-or-e2e', severity: 'error', from: { path: '^src/' }, to: { path: '^(scripts|e2e)/' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'features-do-not-import-pages', severity: 'error', from: { path: '^src/(features|guide|components|layouts|integrations|markdown)/' }, to: { path: '^src/pages/' } },
  ],
} as const;

describe('the import graph', () => {
  test('src/ imports nothing from scripts/ or e2e/, nothing imports a page, and no import is circular', async () => {
    const { output } = await cruise(['src', 'scripts', 'astro.config.mjs'], {
      ruleSet: RULES as never,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '^(node_modules|dist)' },
      validate: true,
    });
    const result = output as ICruiseResult;
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((step) => step.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
  });

  test('.astro components import nothing from scripts/, e2e/ or pages (except pages themselves)', () => {
    const bad = sourceFiles()
      .filter((file) => file.endsWith('.astro'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)]
          .map((match) => match[1]!)
          .filter((target) => /(^|\/)(scripts|e2e)\//.test(target) || (!file.startsWith('src/pages/') && /(^|\/)pages\//.test(target)))
          .map((target) => `${file} imports ${target}`),
      );
    expect(bad).toEqual([]);
  });
});
