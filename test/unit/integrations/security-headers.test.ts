import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT } from '../../../src/components/theme-init-script.ts';
import { headerPolicy, headersFile, metaPolicy, themeScriptHash } from '../../../src/integrations/security-headers.ts';
import { parseHeadersFile } from '../../../src/local-site/headers-file.ts';

describe('security headers', () => {
  it('hashes exactly the inline theme script', () => {
    expect(themeScriptHash()).toBe(`sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`);
  });

  it("reads a page's meta policy and adds what only a header can carry", () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self'  'sha256-abc='; style-src 'self';">`;
    const page = metaPolicy(html)!;
    expect(headerPolicy(page)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'");
    expect(metaPolicy('<p>no policy</p>')).toBeUndefined();
  });

  it('writes a _headers file that the preview server reads back to the same headers', () => {
    const text = headersFile("default-src 'self'; frame-ancestors 'none'");
    const [rule, ...more] = parseHeadersFile(text);
    expect(more).toEqual([]);
    expect(rule!.pattern.test('/')).toBe(true);
    expect(rule!.pattern.test('/concepts/fine-tuning/')).toBe(true);
    expect(Object.fromEntries(rule!.headers)).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });

  it('matches Netlify-style paths: * is a wildcard, other characters are literal', () => {
    const rules = parseHeadersFile('# comment\n/pdf/*.pdf\n  Cache-Control: max-age=60\n/exact.html\n  X-A: 1\n');
    expect(rules.map((rule) => [rule.pattern.test('/pdf/guide.pdf'), rule.pattern.test('/pdfxguide.pdf'), rule.pattern.test('/exact.html'), rule.pattern.test('/exactxhtml')])).toEqual([
      [true, false, false, false],
      [false, false, true, false],
    ]);
  });
});
