import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { conceptSlugs, moduleIds } from './site-pages.ts';

// Every built content page, not a sample: axe clean, no script error, no third-party request,
// nothing broken on the page (CSP violations show up as console errors).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...moduleIds.map((id) => `/modules/${id}/`), ...conceptSlugs.map((slug) => `/concepts/${slug}/`)];

test('the built site has every content page', () => {
  expect(moduleIds.length).toBe(8);
  expect(conceptSlugs.length).toBeGreaterThanOrEqual(45);
});

for (const path of pages) {
  test(`${path} is accessible and self-contained`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`script: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`third-party request: ${url}`);
    });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    problems.push(...results.violations.map((v) => `axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    expect(problems).toEqual([]);
  });
}
