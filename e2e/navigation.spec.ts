import { expect, test, type Locator } from '@playwright/test';
import { moduleIds } from './helpers.ts';

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

// The sidebar lists every module, but only the current module's concepts: its size does not grow with the course.
const hrefsIn = (nav: Locator) => nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
// Module links are named by their number and title ("3 From search engines …"); concept links have no number.
const moduleLinksIn = (nav: Locator) => nav.getByRole('link', { name: /^\d+ / });

test("on a concept page the sidebar lists its module's concepts, and every other module only as a link to its page", async ({ page }) => {
  await page.goto('/concepts/fine-tuning/');
  const moduleId = (await page.locator('main').getAttribute('data-module'))!;
  const conceptName = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.goto(`/modules/${moduleId}/`);
  const moduleConcepts = await page.getByRole('region', { name: 'Concepts in this module' }).getByRole('link').allTextContents();
  expect(moduleConcepts.length).toBeGreaterThan(1);

  await page.goto('/concepts/fine-tuning/');
  const nav = page.getByRole('navigation', { name: 'Syllabus' });
  const current = nav.getByRole('link', { name: conceptName, exact: true });
  await expect(current).toHaveAttribute('aria-current', 'page');
  // The current module's item holds its concepts as a nested list, in the module page's order.
  const currentModule = nav.getByRole('listitem').filter({ has: page.getByRole('link', { name: conceptName, exact: true }) }).first();
  await expect(currentModule.getByRole('link').first()).toHaveAttribute('href', new RegExp(`/modules/${moduleId}/$`));
  expect((await currentModule.getByRole('list').getByRole('link').allTextContents()).map((name) => name.trim())).toEqual(moduleConcepts.map((name) => name.trim()));
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);

  // Every module is a link to its module page; no other module's concepts are in the page at all.
  await expect(moduleLinksIn(nav)).toHaveCount(moduleIds.length);
  const moduleHrefs = await moduleLinksIn(nav).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(moduleHrefs.map((href) => href!.match(/\/modules\/([^/]+)\/$/)?.[1]).sort()).toEqual([...moduleIds].sort());
  expect((await hrefsIn(nav)).filter((href) => href.includes('/concepts/'))).toHaveLength(moduleConcepts.length);
  // Three lists: the site links, the modules, and the current module's concepts; nothing hidden in a <details>.
  await expect(nav.getByRole('list')).toHaveCount(3);
  await expect(nav.locator('details')).toHaveCount(0);
});

test('on the glossary page the sidebar lists the modules and no concept', async ({ page }) => {
  await page.goto('/glossary/');
  const nav = page.getByRole('navigation', { name: 'Syllabus' });
  await expect(moduleLinksIn(nav)).toHaveCount(moduleIds.length);
  expect((await hrefsIn(nav)).filter((href) => href.includes('/concepts/'))).toEqual([]);
  await expect(nav.getByRole('list')).toHaveCount(2);
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
});

test('by keyboard, a module link in the sidebar then its first concept reaches the concept', async ({ page }) => {
  await page.goto('/glossary/');
  const nav = page.getByRole('navigation', { name: 'Syllabus' });
  const moduleLink = moduleLinksIn(nav).nth(2);
  const moduleTitle = (await moduleLink.textContent())!.replace(/^\s*\d+\s*/, '').trim();
  await moduleLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'module');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(moduleTitle);

  // On the module page its link is the current page, and its concepts follow it in the tab order.
  const currentModule = moduleLinksIn(nav).and(page.locator('[aria-current="page"]'));
  await expect(currentModule).toContainText(moduleTitle);
  const firstConcept = (await page.getByRole('region', { name: 'Concepts in this module' }).getByRole('link').first().textContent())!.trim();
  await currentModule.focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: firstConcept, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'concept');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstConcept);
  await expect(nav.getByRole('link', { name: firstConcept, exact: true })).toHaveAttribute('aria-current', 'page');
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
