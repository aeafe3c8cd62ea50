// What a test-wise learner notices about an option without knowing the subject: where it sits, how
// long it is beside the others, its wording (absolute, hedged, negated, sensible-sounding, extreme),
// whether it repeats the stem, and whether it is the odd one out or the one most like the rest.
import type { Question } from '../../schemas/question.ts';
import { distinctiveTerms, HEDGING_WORDS, textWords, usesAbsoluteWord, usesAnyWord, usesNegation } from '../surface-text.ts';

/** The part of a question the solver may look at: never an explanation. */
export type SurfaceQuestion = Pick<Question, 'id' | 'kind' | 'prompt' | 'options'>;

/** Words that make an option sound wise without saying anything checkable. */
const SENSIBLE_WORDS = [
  'balanced', 'balance', 'careful', 'carefully', 'appropriate', 'appropriately', 'responsible', 'responsibly', 'context',
  'depends', 'tradeoff', 'review', 'reviewed', 'verify', 'check', 'human', 'judgement', 'judgment', 'nuanced',
];
/** Words of over-promise or caricature, the mark of a throw-away distractor. */
const EXTREME_WORDS = [
  'perfect', 'perfectly', 'instantly', 'instant', 'magically', 'magic', 'effortlessly', 'flawless', 'flawlessly',
  'infallible', 'automatically', 'forever', 'sentient', 'conscious', 'feelings',
];
/** Words that tie a clause to a reason or condition: qualified options read as careful ones. */
const QUALIFIERS = ['because', 'so', 'when', 'while', 'unless', 'which', 'although', 'whereas', 'if', 'but', 'instead', 'rather'];

/** Names of the features of one option of a single- or multi-select question, in vector order. */
export const OPTION_FEATURES = [
  'position 1', 'position 2', 'position 3', 'position 4', 'position 5+', 'last position',
  'length rank', 'shortest', 'longest', 'length vs mean',
  'absolute word', 'absolute vs others', 'hedging word', 'hedging vs others', 'negation',
  'sensible-sounding word', 'extreme word',
  'stem terms repeated (vs others)', 'alone in repeating a stem term',
  'likeness to other options (vs others)', 'odd one out', 'most like the others', 'has a near twin',
  'number', 'technical words (vs others)', 'qualifying clauses (vs others)', 'options in question',
] as const;

/** Names of the features of a true-false statement, in vector order. */
export const STATEMENT_FEATURES = [
  'absolute word', 'hedging word', 'negation', 'sensible-sounding word', 'extreme word',
  'length (log characters)', 'number', 'technical words', 'qualifying clauses',
] as const;

const bit = (value: boolean) => (value ? 1 : 0);
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);

/** Acronyms, code, digits and long words: the marks of a specific, technical option. */
function technicalWords(text: string): number {
  const acronyms = text.match(/\b[A-Z]{2,}s?\b/g)?.length ?? 0;
  const code = text.match(/`[^`]+`/g)?.length ?? 0;
  const long = textWords(text).filter((word) => word.length >= 10).length;
  return acronyms + code + long;
}

function qualifiers(text: string): number {
  return textWords(text).filter((word) => QUALIFIERS.includes(word)).length + (text.match(/[,;:(]/g)?.length ?? 0);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : [...a].filter((term) => b.has(term)).length / union;
}

/** One feature vector (OPTION_FEATURES) per option; every feature is measured against the question's other options. */
export function optionFeatures(question: SurfaceQuestion): number[][] {
  const { options } = question;
  const count = options.length;
  const lengths = options.map((o) => o.text.length);
  const meanLength = mean(lengths);
  const absolute = options.map((o) => bit(usesAbsoluteWord(o.text)));
  const hedging = options.map((o) => bit(usesAnyWord(o.text, HEDGING_WORDS)));
  const stem = distinctiveTerms(question.prompt);
  const terms = options.map((o) => new Set(distinctiveTerms(o.text).keys()));
  const stemHits = terms.map((set) => [...set].filter((term) => stem.has(term)));
  const echoes = stemHits.map((hits, i) => hits.reduce((n, term) => n + bit(stemHits.every((other, j) => j === i || !other.includes(term))), 0));
  const likeness = terms.map((set, i) => terms.map((other, j) => (i === j ? -1 : jaccard(set, other))).filter((v) => v >= 0));
  const meanLikeness = likeness.map(mean);
  const technical = options.map((o) => technicalWords(o.text));
  const clauses = options.map((o) => qualifiers(o.text));
  const stemCounts = stemHits.map((hits) => hits.length);

  return options.map((option, i) => {
    const rank = lengths.filter((length) => length < lengths[i]!).length / Math.max(count - 1, 1);
    return [
      bit(i === 0), bit(i === 1), bit(i === 2), bit(i === 3), bit(i >= 4), bit(i === count - 1),
      rank, bit(lengths[i] === Math.min(...lengths)), bit(lengths[i] === Math.max(...lengths)), lengths[i]! / Math.max(meanLength, 1) - 1,
      absolute[i]!, absolute[i]! - mean(absolute), hedging[i]!, hedging[i]! - mean(hedging), bit(usesNegation(option.text)),
      bit(usesAnyWord(option.text, SENSIBLE_WORDS)), bit(usesAnyWord(option.text, EXTREME_WORDS)),
      stemCounts[i]! - mean(stemCounts), bit(echoes[i]! > 0),
      meanLikeness[i]! - mean(meanLikeness), bit(meanLikeness[i] === Math.min(...meanLikeness)), bit(meanLikeness[i] === Math.max(...meanLikeness)), Math.max(0, ...likeness[i]!),
      bit(/\d/.test(option.text)), technical[i]! - mean(technical), clauses[i]! - mean(clauses), 1 / count,
    ];
  });
}

/** The feature vector (STATEMENT_FEATURES) of a true-false question's statement. */
export function statementFeatures(question: SurfaceQuestion): number[] {
  const text = question.prompt;
  return [
    bit(usesAbsoluteWord(text)), bit(usesAnyWord(text, HEDGING_WORDS)), bit(usesNegation(text)),
    bit(usesAnyWord(text, SENSIBLE_WORDS)), bit(usesAnyWord(text, EXTREME_WORDS)),
    Math.log(1 + text.length), bit(/\d/.test(text)), technicalWords(text), qualifiers(text),
  ];
}
