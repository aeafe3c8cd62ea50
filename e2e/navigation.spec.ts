import { expect, test } from '@playwright/test';

test('home → module → concept through the navigation, then back with previous/next', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'home');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const firstModule = page.getByRole('heading', { level: 2, name: 'The syllabus' }).locator('..').getByRole('link').first();
  const moduleName = (await firstModule.textContent())!.trim();
  await firstModule.click();
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'module');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(moduleName);

  const conceptList = page.getByRole('region', { name: 'Concepts in this module' });
  const firstConcept = conceptList.getByRole('link').first();
  const conceptName = (await firstConcept.textContent())!.trim();
  await firstConcept.click();
  const main = page.locator('main');
  await expect(main).toHaveAttribute('data-page-kind', 'concept');
  await expect(main).toHaveAttribute('data-concept', /.+/);
  await expect(main).toHaveAttribute('data-module', /.+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(conceptName);

  // The sidebar marks the current page.
  const nav = page.getByRole('navigation', { name: 'Syllabus' });
  await expect(nav.getByRole('link', { name: conceptName, exact: true })).toHaveAttribute('aria-current', 'page');
  // Breadcrumbs lead back to the module.
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: new RegExp(moduleName) })).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'Previous and next' });
  const nextLink = pager.getByRole('link', { name: /^Next/ });
  const nextName = (await nextLink.locator('.prev-next-label').textContent())!.trim();
  await nextLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextName);
  await page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /^Previous/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(conceptName);
});

test('a concept page has its table of contents, reading time and review date', async ({ page }) => {
  await page.goto('/concepts/fine-tuning/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'How it works' })).toBeVisible();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByText(/Last reviewed/)).toBeVisible();
  await toc.getByRole('link', { name: 'How it works' }).click();
  await expect(page).toHaveURL(/#how-it-works$/);
});

test('GFM renders: tables and footnotes are styled markup', async ({ page }) => {
  await page.goto('/concepts/fine-tuning/');
  await expect(page.locator('.prose table').first()).toBeVisible();
  await expect(page.locator('.prose table th').first()).toBeVisible();
  await expect(page.locator('.prose .footnotes, .prose section[data-footnotes]').first()).toBeAttached();
});

test('the 404 page answers unknown URLs with links back into the guide', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: /home page/i })).toBeVisible();
});

test('every page carries a description, canonical URL and Open Graph tags; a sitemap lists pages', async ({ page, request }) => {
  for (const path of ['/', '/concepts/fine-tuning/', '/glossary/']) {
    await page.goto(path);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\w/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /^https?:\/\//);
  }
  const sitemap = await request.get('/sitemap-0.xml');
  expect(sitemap.ok()).toBe(true);
  expect(await sitemap.text()).toContain('/concepts/fine-tuning/');
});
