import { expect, test } from '@playwright/test';

// Runs against the build made with BASE_PATH=/guide/ (dist-subpath/), served under /guide/
// (this file name matches the sub-path project in playwright.config.ts).
test('under a sub-path the search loads its index from /guide/ and its results stay under /guide/', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => failed.push(`script error: ${error.message}`));
  await page.goto(`${baseURL}concepts/fine-tuning/`);
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the guide' });
  await box.fill('chinese room');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results).toHaveAttribute('data-query', 'chinese room');
  const hrefs = await results.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(3);
  expect(hrefs.filter((href) => !href.startsWith('/guide/'))).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide\/concepts\/turing-test-and-chinese-room\/$/);

  // The search page under the sub-path, from a link.
  await page.goto(`${baseURL}search/?q=lora`);
  await expect(page.getByRole('region', { name: 'Pages' }).getByRole('link').first()).toHaveAttribute('href', '/guide/concepts/fine-tuning/');
  expect(failed).toEqual([]);
});
