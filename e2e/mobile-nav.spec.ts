import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 375, height: 740 } });

test('on a phone the syllabus navigation opens and closes by keyboard', async ({ page }) => {
  await page.goto('/concepts/fine-tuning/');
  const nav = page.getByRole('navigation', { name: 'Syllabus' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  // Focus moves into the navigation, onto the current page.
  await expect(nav.getByRole('link', { name: 'Fine-tuning', exact: false }).and(page.locator('[aria-current="page"]'))).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  await page.keyboard.press('Space');
  await expect(nav).toBeVisible();
  await menu.focus();
  await page.keyboard.press('Space');
  await expect(nav).toBeHidden();
});

test('on a phone the open navigation stays below the header and scrolls to its last module', async ({ page }) => {
  await page.goto('/concepts/fine-tuning/');
  const nav = page.getByRole('navigation', { name: 'Syllabus' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(nav).toBeVisible();
  // The Menu button is not covered by the open panel: a click on it closes it.
  await menu.click();
  await expect(nav).toBeHidden();

  await menu.click();
  // The last module sits below the fold of a 740 px screen: the panel scrolls to it.
  const lastModule = nav.getByRole('link', { name: /^\d+ / }).last();
  const title = (await lastModule.textContent())!.replace(/^\s*\d+\s*/, '').trim();
  await lastModule.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
