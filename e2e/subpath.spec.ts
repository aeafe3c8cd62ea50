import { expect, test } from '@playwright/test';

// Runs against the build made with BASE_PATH=/guide/ (dist-subpath/), served under /guide/.
test('under a sub-path every link, asset and script works', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => failed.push(`script error: ${error.message}`));

  await page.goto(baseURL!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const firstModule = page.getByRole('heading', { name: 'The syllabus' }).locator('..').getByRole('link').first();
  await firstModule.click();
  await expect(page).toHaveURL(/\/guide\/modules\/[^/]+\/$/);
  await page.getByRole('region', { name: 'Concepts in this module' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/guide\/concepts\/[^/]+\/$/);

  // The theme script and stylesheet loaded from under the base.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Every link on a concept page that points into the site stays under /guide/.
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith('/guide/'))).toEqual([]);
  for (const href of [...new Set(hrefs.map((h) => h.split('#')[0]!))].slice(0, 25)) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  expect(failed).toEqual([]);
});
