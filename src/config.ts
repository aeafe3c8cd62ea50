// The only reader of environment variables: the build config, the build steps and the scripts take
// their settings from here, each checked once with its one default. Client code never imports this
// module (it would bundle zod); it gets the base path from src/paths.ts.
import { z } from 'astro/zod';

/** `1` skips a build step; unset, empty or `0` keeps it. */
const skipFlag = () =>
  z
    .enum(['0', '1'], { error: 'must be 1 (skip) or 0 (keep); leave it unset to keep the step.' })
    .optional()
    .transform((value) => value === '1');

/** "/", "guide", "/guide" and "/guide/" all mean the same base path: give it one spelling, "/guide/". */
const withSlashes = (path: string) => `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const EnvSchema = z.object({
  /** Serves the site under a sub-path, e.g. /guide/. */
  BASE_PATH: z
    .string()
    .regex(/^[\w./-]*$/, 'must be a URL path such as /guide/ (letters, digits, - _ . /).')
    .default('/')
    .transform(withSlashes),
  /** The public origin, for canonical URLs, Open Graph, the sitemap and links printed in the PDFs. */
  SITE_URL: z.url({ error: 'must be an absolute URL such as https://example.org' }).default('https://genai-study-guide.example'),
  GUIDE_SKIP_PDF: skipFlag(),
  GUIDE_SKIP_SEARCH: skipFlag(),
  /** `0` leaves out the offline app (service worker, web app manifest, update notice); unset or `1` keeps it. */
  GUIDE_OFFLINE: z
    .enum(['0', '1'], { error: 'must be 0 (no offline app) or 1 (keep it); leave it unset to keep it.' })
    .optional()
    .transform((value) => value !== '0'),
  /** Where the content lives; tests build deliberately broken copies without touching the real content. */
  GUIDE_CONTENT_DIR: z.string().default('content'),
  /** Astro's cache; tests that build throwaway content point it elsewhere so they never disturb the real one. */
  GUIDE_CACHE_DIR: z.string().optional(),
  /** Where PDFs are kept between builds so unchanged books are not printed again (CI may keep this folder). */
  GUIDE_PDF_CACHE_DIR: z.string().optional(),
  /** A Chromium or Chrome binary for the PDF step, the browser tests and the benchmarks. */
  CHROMIUM_PATH: z.string().optional(),
  /** `bundled` uses only the Chromium that `npm install` brought (see src/local-site/browser.ts). */
  GUIDE_BROWSER: z.enum(['auto', 'bundled'], { error: 'must be auto (the first Chromium found) or bundled (the one npm installs).' }).default('auto'),
});

/** The guide's settings, read from the environment. */
export interface GuideConfig {
  /** The base path with a slash at each end: "/" or "/guide/". */
  basePath: string;
  siteUrl: string;
  skipPdf: boolean;
  skipSearch: boolean;
  /** Whether the build adds the installable offline app (GUIDE_OFFLINE=0 leaves it out). */
  offline: boolean;
  contentDir: string;
  cacheDir: string | undefined;
  /** The PDF cache: GUIDE_PDF_CACHE_DIR, else pdf-books/ in GUIDE_CACHE_DIR, else node_modules/.cache/genai-guide/pdf-books. */
  pdfCacheDir: string;
  chromiumPath: string | undefined;
  browser: 'auto' | 'bundled';
}

/** Reads and checks the settings; an empty variable counts as unset (as `VAR= npm run build` means). */
export function readConfig(env: Record<string, string | undefined>): GuideConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(set);
  if (!result.success) {
    throw new Error(`Invalid environment variable (fix or unset it):\n  ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n  ')}`);
  }
  const data = result.data;
  return {
    basePath: data.BASE_PATH,
    siteUrl: data.SITE_URL,
    skipPdf: data.GUIDE_SKIP_PDF,
    skipSearch: data.GUIDE_SKIP_SEARCH,
    offline: data.GUIDE_OFFLINE,
    contentDir: data.GUIDE_CONTENT_DIR,
    cacheDir: data.GUIDE_CACHE_DIR,
    pdfCacheDir: data.GUIDE_PDF_CACHE_DIR ?? (data.GUIDE_CACHE_DIR ? `${data.GUIDE_CACHE_DIR}/pdf-books` : 'node_modules/.cache/genai-guide/pdf-books'),
    chromiumPath: data.CHROMIUM_PATH,
    browser: data.GUIDE_BROWSER,
  };
}

/** The settings of this process. */
export const config: GuideConfig = readConfig(process.env);
