import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// CONTRIBUTING.md's feature map is how a newcomer finds a feature; it must name exactly the folders
// that exist in src/features/.
test('the feature map in CONTRIBUTING.md names every folder of src/features/, and only those', () => {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  const section = text.slice(text.indexOf('## Feature map'), text.indexOf('\n## ', text.indexOf('## Feature map') + 1));
  const named = [...section.matchAll(/`src\/features\/([a-z-]+)\/`/g)].map((match) => match[1]!).sort();
  const folders = readdirSync('src/features', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  expect(folders.length).toBeGreaterThan(0);
  expect(named).toEqual(folders);
});
