// The surface of a question's text as a test-wise learner reads it: its words, the absolute and
// hedging words that hint at right or wrong, and the distinctive terms a stem may echo. Shared by the
// bank-balance rules and the test-wise solver, so both read text the same way.
import { stemmer } from 'stemmer';

/**
 * Words that state something without exception. Test-wise learners treat them as the mark of a wrong
 * option, so they must appear about as often in right answers as in wrong ones.
 */
export const ABSOLUTE_WORDS: readonly string[] = [
  'always', 'never', 'only', 'completely', 'entirely', 'totally', 'guarantee', 'guarantees', 'guaranteed',
  'eliminate', 'eliminates', 'eliminated', 'all', 'none', 'every', 'everything', 'nothing', 'impossible',
  'cannot', "can't", 'must', 'any',
];

/** Words that soften a claim; test-wise learners treat them as the mark of a right option. */
export const HEDGING_WORDS: readonly string[] = [
  'may', 'might', 'can', 'could', 'often', 'usually', 'typically', 'generally', 'sometimes', 'some', 'likely',
  'tends', 'tend', 'mostly', 'depends', 'depending', 'partly', 'probably', 'possibly', 'rarely', 'seldom',
];

/** Words that turn a statement round. */
const NEGATION_WORDS: readonly string[] = ['not', 'no', 'cannot', 'without', 'neither', 'nor', 'never'];

// A short list of our own rather than a general stop-word package: it must also drop the words that
// frame a question ("which", "statement", "best", "true", the "apply" of "Choose all that apply"), and it must stay stable, because the
// answer-term rule reports against it. The last line holds everyday verbs and adjectives (make, use,
// need, ask, new, time, different) that any sentence may carry in another sense: "the images it makes"
// in a stem and "which changes make an image look real" in an option point at nothing.
const STOP_WORDS = new Set(
  `a about above after again against also am an and are as at be because been before being below between both but by
  did do does doing done down during each few for from further had has have having he her here hers him his how if in
  into is it its itself just me more most my of off on once or other our out over own same she should so than that the
  their them then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours one two three four five well much many such like way get gets
  got via per etc not nor can could may might must shall all any some only every
  statement statements best describe describes described following true false correct incorrect right wrong option
  options answer answers choose select pick apply question example likely least
  make makes made making use uses used using need needs needed ask asks asked asking new time times different differently`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of a text, lower-case, with inline Markdown (code marks, emphasis, link targets) dropped. */
export function textWords(text: string): string[] {
  const plain = text.replace(/\]\([^)]*\)/g, ' ').replace(/[`*_[\]]/g, ' ');
  return (plain.toLowerCase().match(WORD) ?? []).map((word) => word.replace('’', "'"));
}

/** Whether a text uses any word of `list` (whole words, any case). */
export function usesAnyWord(text: string, list: readonly string[]): boolean {
  return textWords(text).some((word) => list.includes(word));
}

/** Whether a text says "not" in any form ("not", "no", "isn't" …). */
export const usesNegation = (text: string) => usesAnyWord(text, NEGATION_WORDS) || textWords(text).some((word) => word.endsWith("n't"));

/** Whether a text uses an absolute word (see ABSOLUTE_WORDS). */
export const usesAbsoluteWord = (text: string) => usesAnyWord(text, ABSOLUTE_WORDS);

/**
 * The distinctive terms of a text, each as its stem ("models" and "model" are one term) mapped to the
 * first form it was written in: words of three or more characters that are not stop words.
 */
export function distinctiveTerms(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const word of textWords(text)) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    const stem = stemmer(word.replace(/'s$/, ''));
    if (!terms.has(stem)) terms.set(stem, word);
  }
  return terms;
}
