import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { conceptSlugs, moduleIds } from './helpers.ts';

// Every built content page, not a sample: axe clean, no script error, no third-party request,
// nothing broken on the page (CSP violations show up as console errors).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...moduleIds.map((id) => `/modules/${id}/`), ...conceptSlugs.map((slug) => `/concepts/${slug}/`)];

test('the built site has every content page', () => {
  expect(moduleIds.length).toBe(8);
  expect(conceptSlugs.length).toBeGreaterThanOrEqual(45);
});

test('every module teaches with at least one accessible diagram (titled and described SVG)', async ({ page }) => {
  const modulesWithDiagram = new Set<string>();
  for (const slug of conceptSlugs) {
    await page.goto(`/concepts/${slug}/`);
    const diagrams = page.locator('figure.diagram svg[role="img"]');
    for (const svg of await diagrams.all()) {
      // The accessible name and description come from the SVG's own <title> and <desc>.
      const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(ids).toHaveLength(2);
      await expect(svg.locator(':scope > title')).toHaveAttribute('id', ids[0]!);
      await expect(svg.locator(':scope > desc')).toHaveAttribute('id', ids[1]!);
      await expect(svg).toHaveAccessibleName(/\w{3,}/);
    }
    if ((await diagrams.count()) > 0) modulesWithDiagram.add((await page.locator('main').getAttribute('data-module'))!);
  }
  expect([...modulesWithDiagram].sort()).toEqual([...moduleIds].sort());
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
