import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { onePagePerKind } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const [kind, path] of Object.entries(onePagePerKind)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation on the ${kind} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violation on a phone with the navigation open', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/concepts/fine-tuning/');
  await page.getByRole('button', { name: 'Menu' }).click();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
