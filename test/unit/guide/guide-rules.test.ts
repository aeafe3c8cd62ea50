import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/guide/rules/content-problem.ts';
import { checkGuide } from '../../../src/guide/rules/guide-rules.ts';
import { conceptEntry, moduleEntry, question, questionSet, sixQuestions } from '../fixtures.ts';

const modules = [moduleEntry('basics', 1), moduleEntry('advanced', 2)];
const valid = {
  modules,
  concepts: [conceptEntry('first', 'basics', 1), conceptEntry('second', 'basics', 2)],
  questionSets: [questionSet('first', sixQuestions('first')), questionSet('second', sixQuestions('second'))],
};

const report = (input: Parameters<typeof checkGuide>[0]) => formatProblems(checkGuide(input));

describe('checkGuide: problems that span files', () => {
  it('accepts a consistent guide', () => {
    expect(checkGuide(valid)).toEqual([]);
  });

  it('unknown module', () => {
    const concepts = [conceptEntry('first', 'basics', 1), { ...conceptEntry('second', 'basics', 2), data: { ...conceptEntry('second', 'basics', 2).data, module: 'basic' } }];
    expect(report({ ...valid, concepts })).toMatchInlineSnapshot(`
      "The content has 1 problem:

      content/concepts/basics/second.mdx › module: unknown module "basic"
        Fix: use one of "basics", "advanced", or add content/modules/basic.yaml."
    `);
  });

  it('a page whose folder disagrees with its module', () => {
    const concepts = [conceptEntry('first', 'basics', 1), { ...conceptEntry('second', 'advanced', 1), folder: 'basics', file: 'content/concepts/basics/second.mdx' }];
    expect(report({ ...valid, concepts })).toMatchInlineSnapshot(`
      "The content has 1 problem:

      content/concepts/basics/second.mdx › module: the page says module "advanced" but sits in the folder "basics"
        Fix: move the file to content/concepts/advanced/, or set \`module: basics\`."
    `);
  });

  it('duplicate order inside a module, and duplicate module order', () => {
    const concepts = [conceptEntry('first', 'basics', 1), conceptEntry('second', 'basics', 1)];
    expect(report({ ...valid, modules: [moduleEntry('basics', 1), moduleEntry('advanced', 1)], concepts })).toMatchInlineSnapshot(`
      "The content has 2 problems:

      content/modules/advanced.yaml › order: order 1 is already used by module "basics" (content/modules/basics.yaml)
        Fix: give every module its own position in the syllabus (1, 2, 3 ...).

      content/concepts/basics/second.mdx › order: order 1 in module "basics" is already used by content/concepts/basics/first.mdx
        Fix: give every concept of a module its own position (1, 2, 3 ...)."
    `);
  });

  it('duplicate slug in two folders', () => {
    const concepts = [...valid.concepts, { ...conceptEntry('first', 'advanced', 1) }];
    expect(report({ ...valid, concepts })).toMatchInlineSnapshot(`
      "The content has 1 problem:

      content/concepts/advanced/first.mdx › file name: the slug "first" is already used by content/concepts/basics/first.mdx
        Fix: rename one of the files: a slug names one page across the whole guide."
    `);
  });

  it('question file for an unknown concept, named differently from its concept', () => {
    const stray = { ...questionSet('thrid', sixQuestions('thrid')), fileSlug: 'third', file: 'content/questions/third.yaml' };
    expect(report({ ...valid, questionSets: [...valid.questionSets, stray] })).toMatchInlineSnapshot(`
      "The content has 2 problems:

      content/questions/third.yaml › concept: the file is named "third.yaml" but says \`concept: thrid\`
        Fix: name the file after the concept it tests (content/questions/thrid.yaml), or correct \`concept\`.

      content/questions/third.yaml › concept: no concept page has the slug "thrid"
        Fix: use the file name (without .mdx) of a page in content/concepts/, or write that page first."
    `);
  });

  it('duplicate question id across the bank, too few questions, a section that is not on the page', () => {
    const first = sixQuestions('first');
    const second = [...sixQuestions('second').slice(0, 5), question('first-q0', { prompt: 'A different prompt?', section: 'nowhere' })];
    expect(report({ ...valid, questionSets: [questionSet('first', first.slice(0, 5)), questionSet('second', second)] })).toMatchInlineSnapshot(`
      "The content has 3 problems:

      content/questions/second.yaml › question "first-q0" › id: the id "first-q0" is already used in content/questions/first.yaml
        Fix: give every question in the bank its own id (start it with the concept slug).

      content/questions/second.yaml › question "first-q0" › section: the page content/concepts/basics/second.mdx has no heading with the id "nowhere"
        Fix: use one of: how-it-works; or leave \`section\` out.

      content/concepts/basics/first.mdx › questions: the concept has 5 questions, fewer than the 6 every concept needs
        Fix: add questions to content/questions/first.yaml until it has at least 6."
    `);
  });
});
