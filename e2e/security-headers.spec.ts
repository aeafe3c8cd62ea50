import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HEADER_ONLY_DIRECTIVES, PLAIN_HEADERS, headerPolicy, metaPolicy } from '../src/integrations/security-headers.ts';

// The preview server sends dist/_headers, as Netlify and Cloudflare Pages would: these tests run the
// site with its content security policy as a real HTTP header and watch for any violation.

/** Records every CSP violation and console error from the first moment of each document. */
async function watchViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

test('every response carries the policy, frame-ancestors and the plain security headers, from dist/_headers', async ({ request }) => {
  const page = await request.get('/concepts/fine-tuning/');
  const html = await page.text();
  const policy = page.headers()['content-security-policy']!;
  expect(policy).toBe(headerPolicy(metaPolicy(html)!));
  for (const directive of HEADER_ONLY_DIRECTIVES) expect(policy).toContain(directive);
  expect(policy).toContain("frame-ancestors 'none'");
  for (const [name, value] of Object.entries(PLAIN_HEADERS)) expect(page.headers()[name.toLowerCase()]).toBe(value);
  // The same headers on assets and on the 404 page; the _headers file itself is not served.
  for (const path of ['/favicon.svg', '/no-such-page/']) expect((await request.get(path)).headers()['content-security-policy']).toBe(policy);
  expect((await request.get('/_headers')).status()).toBe(404);
  expect(readFileSync('dist/_headers', 'utf8')).toContain(`Content-Security-Policy: ${policy}`);
});

test('with the policy as a header, the theme script, quiz, search, practice and progress run without a violation', async ({ page }) => {
  const problems = await watchViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/concepts/fine-tuning/');
  // The inline theme script ran before first paint (it is hashed in the policy).
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  const question = page.locator('quiz-question').first();
  await question.locator('.option label').first().click();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).not.toBeEmpty();

  // Search loads Pagefind, which compiles WebAssembly.
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the guide' }).fill('fine-tuning');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/practice/');
  await page.getByRole('button', { name: /Start/ }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();

  for (const path of ['/progress/', '/review/', '/questions/', '/search/?q=prompt', '/glossary/']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
  }
  await page.waitForTimeout(300); // let late reports arrive
  expect(problems).toEqual([]);
});

test('the watcher itself sees a violation: an inline script the policy does not list is blocked and reported', async ({ page }) => {
  const problems = await watchViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__unlisted = true;';
    document.head.append(script);
    return (window as unknown as { __unlisted?: boolean }).__unlisted === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => problems.some((problem) => problem.includes('script-src'))).toBe(true);
});

test("frame-ancestors 'none': another page cannot frame the guide", async ({ page, baseURL }) => {
  const framedHeading = async (path: string) => {
    await page.goto('about:blank');
    await page.setContent(`<iframe src="${baseURL}${path}" title="framed guide"></iframe>`);
    const framed = page.frames().find((frame) => frame !== page.mainFrame())!;
    await framed.waitForLoadState();
    await page.waitForTimeout(500);
    return framed.getByRole('heading', { level: 1, name: 'Foundation models and fine-tuning' }).count();
  };
  expect(await framedHeading('concepts/fine-tuning/')).toBe(0);
  // Control: the same page with its policy header taken away does show in a frame.
  await page.route('**/concepts/fine-tuning/?unprotected', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  expect(await framedHeading('concepts/fine-tuning/?unprotected')).toBe(1);
});
