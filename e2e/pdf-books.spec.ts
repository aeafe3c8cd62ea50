import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { openPdf, pageLinks, pageText, readOutline, readPdfLayout, type Pdf } from '../src/features/books/pdf/pdf-read.ts';

// The PDFs that `npm run build` wrote into dist/pdf/, read back with MuPDF.js and checked against the
// content files themselves, not against the engine that made them.
const PDF_DIR = 'dist/pdf';
const GUIDE = 'genai-study-guide.pdf';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Module { id: string; title: string; order: number }
interface Concept { slug: string; title: string; module: string; order: number; keyTerms: { term: string }[] }
interface Question { id: string; explanation: string; options: { text: string; correct?: boolean; explanation: string }[] }

const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);
const yamlFiles = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.yaml'));
const modules: Module[] = yamlFiles('content/modules')
  .map((file) => ({ id: basename(file, '.yaml'), ...parseYaml(readFileSync(join('content/modules', file), 'utf8')) }))
  .sort((a, b) => a.order - b.order);
const concepts: Concept[] = readdirSync('content/concepts', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) => readdirSync(join('content/concepts', folder.name)).map((file) => join('content/concepts', folder.name, file)))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ slug: basename(file, '.mdx'), ...frontmatter(file) }));
const conceptsOf = (moduleId: string) => concepts.filter((c) => c.module === moduleId).sort((a, b) => a.order - b.order);
const questionsOf = new Map<string, Question[]>(
  yamlFiles('content/questions').map((file) => {
    const data = parseYaml(readFileSync(join('content/questions', file), 'utf8'));
    return [data.concept, data.questions];
  }),
);

const pdf = (file: string) => join(PDF_DIR, file);
const opened = new Map<string, Pdf>();
/** The book, opened once per test file. */
const bookOf = (file: string): Pdf => opened.get(file) ?? opened.set(file, openPdf(readFileSync(pdf(file)))).get(file)!;
/** Text of a page range (all pages by default), lines joined: a word hyphenated at a line end is put back together. */
const text = (file: string, first?: number, last?: number) => squeeze(rawText(file, first, last));
/** Text in the order it was drawn: the answer key's two columns one after the other. */
const rawText = (file: string, first?: number, last?: number) => pageText(bookOf(file), first, last ?? first);
const squeeze = (value: string) => value.replace(/-\n\s*/g, '-').replace(/\s+/g, ' ').trim();
/** Inline Markdown as the book prints it in plain text. */
const plain = (markdown: string) =>
  squeeze(markdown.replace(/`([^`]+)`/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'));
/** Letters and digits only: for long passages, whatever the text extraction does with hyphens and columns. */
const letters = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** Named destination → page. */
const destinations = (file: string) => readPdfLayout(bookOf(file)).destinations;
/** The bookmark outline, depth first. */
const outline = (file: string) => readOutline(bookOf(file));
const manifest = () => JSON.parse(readFileSync(pdf('manifest.json'), 'utf8')) as { books: { file: string; title: string; pages: number; bytes: number; seconds: number }[] };
const bookList = () => [{ file: GUIDE, title: 'GenAI Study Guide', modules }, ...modules.map((m) => ({ file: `${m.id}.pdf`, title: `Module ${m.order}: ${m.title} · GenAI Study Guide`, modules: [m] }))];

test.describe('the PDF books', () => {
  // Render time is a speed target: `npm run bench` prints it; a timed assertion would fail on a busy machine.
  test('the build printed the whole guide and one book per module, within the size budget', () => {
    const { books: printed } = manifest();
    expect(printed.map((book) => book.file)).toEqual(bookList().map((book) => book.file));
    for (const book of printed) expect(statSync(pdf(book.file)).size, book.file).toBe(book.bytes);
    const guide = printed[0]!;
    expect(guide.bytes, 'whole guide under 5 MB').toBeLessThan(5_000_000);
  });

  for (const book of bookList()) {
    test(`${book.file}: tagged, titled, in English, with nothing broken in its text`, () => {
      const printed = bookOf(book.file);
      const root = printed.getTrailer().get('Root');
      expect(root.get('MarkInfo').get('Marked').asBoolean(), 'tagged').toBe(true);
      expect(root.get('StructTreeRoot').get('K').isNull(), 'structure tree').toBe(false);
      expect(printed.getMetaData('info:Title')).toBe(book.title);
      expect(printed.countPages()).toBe(manifest().books.find((b) => b.file === book.file)!.pages);
      expect(root.get('Lang').asString()).toBe('en');
      const all = text(book.file);
      for (const junk of ['undefined', 'NaN', '[object Object]']) expect(all, junk).not.toContain(junk);
      for (const { id } of book.modules) for (const concept of conceptsOf(id)) expect(all).toContain(squeeze(concept.title));
    });

    test(`${book.file}: the bookmarks hold every module and concept, in order`, () => {
      const items = outline(book.file);
      for (const module of book.modules) {
        const at = items.findIndex((item) => item.depth === 1 && item.title === `Module ${module.order}: ${module.title}`);
        expect(at, `bookmark for module ${module.id}`).toBeGreaterThanOrEqual(0);
        const next = items.findIndex((item, index) => index > at && item.depth === 1);
        const children = items.slice(at + 1, next < 0 ? undefined : next).filter((item) => item.depth === 2).map((item) => item.title);
        // Exactly the titles: Chromium joins a wrapped heading's lines without a space; the build repairs that.
        expect(children).toEqual(conceptsOf(module.id).map((concept) => concept.title));
      }
      expect(items.filter((item) => item.depth === 1).map((item) => item.title)).toEqual(
        expect.arrayContaining(['Contents', 'Answer key', 'Glossary']),
      );
    });

    test(`${book.file}: every contents entry names the page that holds its heading, and links to it`, () => {
      const dests = destinations(book.file);
      const contentsPage = outline(book.file).find((item) => item.depth === 1 && item.title === 'Contents')!.page;
      const firstModulePage = dests.get(`module-${book.modules[0]!.id}`)!;
      // Each contents entry is a link whose box holds its number, title and page: "1.2 Title 10".
      const toc = new Map<string, { page: number; destination: string }>();
      for (let page = contentsPage; page < firstModulePage; page += 1) {
        for (const link of pageLinks(bookOf(book.file), page)) {
          const match = /^(?:\d+(?:\.\d+)?\s+)?(\S[\s\S]*?)\s+(\d+)$/.exec(squeeze(link.text));
          if (match) toc.set(squeeze(match[1]!), { page: Number(match[2]), destination: link.destination });
        }
      }
      const entries = [
        ...book.modules.flatMap((module) => [
          { title: module.title, anchor: `module-${module.id}`, heading: `Module ${module.order}` },
          ...conceptsOf(module.id).map((concept) => ({ title: concept.title, anchor: `concept-${concept.slug}`, heading: concept.title })),
        ]),
        { title: 'Answer key', anchor: 'answer-key', heading: 'Answer key' },
        { title: 'Glossary', anchor: 'glossary', heading: 'Glossary' },
      ];
      for (const entry of entries) {
        const listed = toc.get(squeeze(entry.title));
        expect(listed, `contents entry for "${entry.title}"`).toBeDefined();
        // Clickable: the entry is a link to its heading's destination.
        expect(listed!.destination, `link of "${entry.title}"`).toBe(entry.anchor);
        const page = listed!.page;
        expect(dests.get(entry.anchor), `page of #${entry.anchor}`).toBe(page);
        // Letters only: a word split at a line end may lose its hyphen ("retrieval-augmented").
        const onPage = letters(text(book.file, page));
        expect(onPage, `page ${page} holds "${entry.title}"`).toContain(letters(entry.title));
        expect(onPage).toContain(letters(entry.heading));
      }
    });

    test(`${book.file}: the answer key holds every question, its right answer and every explanation`, () => {
      const dests = destinations(book.file);
      // Drawing order reads the two columns one after the other.
      const raw = rawText(book.file, dests.get('answer-key'), dests.get('glossary')! - 1);
      const key = squeeze(raw);
      const keyLetters = letters(raw);
      for (const { id } of book.modules) {
        for (const concept of conceptsOf(id)) {
          for (const question of questionsOf.get(concept.slug) ?? []) {
            expect(key).toContain(`[${question.id}]`);
            const answer = question.options.flatMap((option, index) => (option.correct ? [`${String.fromCharCode(65 + index)}. ${plain(option.text)}`] : []));
            expect(keyLetters, `${question.id} answer`).toContain(letters(`Answer: ${answer.join('; ')} [${question.id}]`));
            question.options.forEach((option, index) => {
              const letter = String.fromCharCode(65 + index);
              expect(keyLetters, `${question.id} option ${letter}`).toContain(letters(`${letter}. ${option.correct ? 'correct' : 'not correct'}: ${plain(option.explanation)}`));
            });
            expect(keyLetters, `${question.id} lesson`).toContain(letters(plain(question.explanation)));
          }
        }
      }
    });
  }

  test('the whole guide ends with the glossary: every key term, after the answer key', () => {
    const dests = destinations(GUIDE);
    const glossary = letters(rawText(GUIDE, dests.get('glossary'), bookOf(GUIDE).countPages()));
    for (const concept of concepts) for (const { term } of concept.keyTerms) expect(glossary, term).toContain(letters(term));
    expect(dests.get('glossary')!).toBeGreaterThan(dests.get('answer-key')!);
  });

  test('the cover gives the title, the edition and what is inside', () => {
    const cover = text(GUIDE, 1, 1);
    const questionCount = [...questionsOf.values()].reduce((sum, list) => sum + list.length, 0);
    const edition = new Date(Math.max(...concepts.map((c) => new Date(frontmatter(`content/concepts/${c.module}/${c.slug}.mdx`).lastReviewed).getTime())));
    expect(cover).toContain('GenAI Study Guide');
    expect(cover).toContain(`Edition of ${edition.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`);
    for (const count of [`${modules.length} modules`, `${concepts.length} concepts`, `${questionCount} practice questions`]) expect(cover).toContain(count);
  });
});

test.describe('links to the PDFs', () => {
  const sizeOf = (file: string) => statSync(pdf(file)).size;
  const shown = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

  test('the home page offers the whole guide, with its pages and size', async ({ page, request }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: `Download the whole guide (PDF, ${manifest().books[0]!.pages} pages, ${shown(sizeOf(GUIDE))})` });
    await expect(link).toBeVisible();
    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a module page offers its own book and the whole guide', async ({ page }) => {
    const module = modules[1]!;
    await page.goto(`/modules/${module.id}/`);
    const downloads = page.getByRole('region', { name: 'Study offline' });
    await expect(downloads.getByRole('link', { name: new RegExp(`^Download module ${module.order}, .*\\(PDF, \\d+ pages, ${shown(sizeOf(`${module.id}.pdf`))}\\)$`) })).toHaveAttribute('href', `/pdf/${module.id}.pdf`);
    await expect(downloads.getByRole('link', { name: /^Download the whole guide \(PDF/ })).toHaveAttribute('href', `/pdf/${GUIDE}`);
  });

  test('a concept page links to its module PDF in its meta line, and the link does not print', async ({ page, request }) => {
    await page.goto('/concepts/fine-tuning/');
    const link = page.getByRole('link', { name: /^Download PDF \(\d+(\.\d)? (KB|MB)\) for module \d+, Generative AI fundamentals$/ });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/pdf\/[a-z0-9-]+\.pdf$/);
    expect(await link.textContent()).toContain(shown(sizeOf(basename(href))));
    expect((await request.get(href)).status()).toBe(200);
    await page.emulateMedia({ media: 'print' });
    await expect(link).toBeHidden();
  });

  test('the PDF facts sit where search does not index them, so the index is built while the books print', async ({ page }) => {
    // src/integrations/guide-integration.ts runs the search step beside the PDF step, which writes these
    // facts into pages at its end: inside data-pagefind-ignore they cannot change the index.
    for (const path of ['/', `/modules/${modules[0]!.id}/`, '/concepts/fine-tuning/']) {
      await page.goto(path);
      const placed = await page.locator('[data-pdf-facts], [data-pdf-size]').evaluateAll((nodes) => nodes.map((node) => ({ text: node.textContent, ignored: node.closest('[data-pagefind-ignore]') !== null })));
      expect(placed.length, path).toBeGreaterThan(0);
      expect(placed.filter(({ text }) => /\d+(\.\d)? (KB|MB)/.test(text ?? '')), path).toHaveLength(placed.length);
      expect(placed.filter(({ ignored }) => !ignored), path).toEqual([]);
    }
  });

  // The print pages are long (the whole guide is one page): axe checks a whole module book, and the
  // parts of the whole guide that differ from it, in both colour schemes; ids are checked page-wide.
  const smallestModule = () => modules.reduce((a, b) => (conceptsOf(a.id).length <= conceptsOf(b.id).length ? a : b));
  for (const scheme of ['light', 'dark'] as const) {
    test(`a module's print page is accessible (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/print/modules/${smallestModule().id}/`);
      await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test(`the whole guide's print page is accessible: cover, contents, a module, answers, glossary (${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/print/guide/');
      const duplicates = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        return ids.filter((id, index) => ids.indexOf(id) !== index);
      });
      expect(duplicates).toEqual([]);
      const results = await new AxeBuilder({ page })
        .include('.book-cover')
        .include('.book-toc')
        .include(`.book-module[data-module="${smallestModule().id}"]`)
        .include('.answers-module:last-of-type')
        .include('.book-glossary')
        .withTags(TAGS)
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  // Chromium's printing visits every paint layer on every page: layers that come with each question or
  // option (a transformed or positioned box) made printing time grow with pages × layers. The book may
  // have a few (footnote labels are visually hidden), never one per question.
  test('printed books give questions and options no paint layer of their own', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`/print/modules/${modules[0]!.id}/`);
    const { layered, options } = await page.evaluate(() => {
      const makesLayer = (element: Element) => {
        const style = getComputedStyle(element);
        return style.transform !== 'none' || style.position !== 'static' || style.opacity !== '1' || style.filter !== 'none' || style.willChange !== 'auto';
      };
      return {
        layered: [...document.querySelectorAll('.book *')].filter(makesLayer).map((element) => element.className),
        options: document.querySelectorAll('.worksheet-options li').length,
      };
    });
    expect(options).toBeGreaterThan(20);
    expect(layered.filter((name) => /worksheet|answer|option/.test(name))).toEqual([]);
    expect(layered.length).toBeLessThan(conceptsOf(modules[0]!.id).length * 2);
  });

  test('print pages stay out of the sitemap', () => {
    const sitemaps = readdirSync('dist').filter((file) => /^sitemap-\d+\.xml$/.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) {
      const xml = readFileSync(join('dist', file), 'utf8');
      expect(xml).toContain('/concepts/');
      expect(xml).not.toContain('/print/');
    }
    expect(existsSync('dist/print/guide/index.html')).toBe(true);
  });
});
