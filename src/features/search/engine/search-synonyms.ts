// Other ways of saying what a learner typed. Pagefind has no synonyms, so the search runs a few
// rewrites of the query alongside the original and keeps each page's best score. Concept pages also
// list their own aliases (frontmatter `aliases`), indexed with a high weight; this map covers what is
// general to the field rather than to one page, and British/American spelling.
import { wordBase } from './search-query.ts';
import { queryWords } from './search-text.ts';

/**
 * Groups of phrases that mean the same, written as Pagefind reads a query (lower-case, hyphens
 * dropped: "fine-tuning" is "finetuning"). Any member found in a query can stand for any other.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ai', 'artificial intelligence'],
  ['ml', 'machine learning'],
  ['dl', 'deep learning'],
  ['nn', 'neural network'],
  ['nlp', 'natural language processing'],
  ['genai', 'gen ai', 'generative ai'],
  ['llm', 'large language model'],
  ['slm', 'small language model'],
  ['vlm', 'vision language model'],
  ['gpt', 'generative pretrained transformer'],
  ['rag', 'retrieval augmented generation'],
  ['gan', 'generative adversarial network'],
  ['vae', 'variational autoencoder'],
  ['cnn', 'convolutional neural network'],
  ['rnn', 'recurrent neural network'],
  ['rl', 'reinforcement learning'],
  ['rlhf', 'reinforcement learning from human feedback'],
  ['sft', 'supervised finetuning'],
  ['cot', 'chain of thought'],
  ['lora', 'low rank adaptation'],
  ['peft', 'parameter efficient finetuning'],
  ['moe', 'mixture of experts'],
  ['agi', 'artificial general intelligence', 'strong ai'],
  ['ani', 'artificial narrow intelligence', 'narrow ai', 'weak ai'],
  ['asi', 'artificial superintelligence', 'superintelligence'],
  ['xai', 'explainable ai'],
  ['knn', 'k nearest neighbours', 'k nearest neighbors', 'nearest neighbour'],
  ['svm', 'support vector machine'],
  ['rai', 'responsible ai'],
  ['m365', 'microsoft 365'],
  ['edp', 'enterprise data protection'],
  ['cdp', 'commercial data protection'],
  ['seo', 'search engine optimisation', 'search engine optimization'],
  ['mcp', 'model context protocol'],
  ['ttft', 'time to first token'],
  ['ocr', 'optical character recognition'],
  ['tts', 'text to speech'],
  ['finetune', 'fine tune', 'finetuning', 'fine tuning'],
  ['pretraining', 'pre training', 'pretrain'],
  ['cutoff', 'cut off'],
  ['tradeoff', 'trade off'],
  ['dataset', 'data set'],
  ['kmeans', 'k means'],
  ['dalle', 'dall e'],
  ['openai', 'open ai'],
  ['copilot', 'co pilot'],
  ['chatbot', 'chat bot'],
  ['bing ai', 'bing chat'],
  ['hallucination', 'made up', 'make things up', 'makes things up', 'making things up'],
  ['deepfake', 'deep fake'],
];

/** A rewrite of a query and why it was made. */
export interface QueryVariant {
  query: string;
  reason: 'synonym' | 'spelling';
}

const PHRASES: { words: string[]; group: readonly string[] }[] = SYNONYM_GROUPS.flatMap((group) =>
  group.map((phrase) => ({ words: phrase.split(' '), group })),
);

/**
 * Up to `limit` rewrites of a query: one synonym swapped in at a time, then British/American
 * spellings. The original query is not included.
 */
export function queryVariants(query: string, limit = 3): QueryVariant[] {
  const words = queryWords(query);
  const original = words.join(' ');
  const seen = new Set([original]);
  const variants: QueryVariant[] = [];
  const add = (candidate: string, reason: QueryVariant['reason']) => {
    if (!seen.has(candidate) && variants.length < limit) {
      seen.add(candidate);
      variants.push({ query: candidate, reason });
    }
  };
  // Longer phrases first, so "reinforcement learning from human feedback" wins over "reinforcement learning".
  const phrases = [...PHRASES].sort((a, b) => b.words.length - a.words.length);
  for (const { words: phrase, group } of phrases) {
    const at = indexOfPhrase(words, phrase);
    if (at === -1) continue;
    for (const other of group) {
      if (other === phrase.join(' ')) continue;
      add([...words.slice(0, at), other, ...words.slice(at + phrase.length)].join(' '), 'synonym');
    }
  }
  const respelt = words.map(otherSpelling);
  if (respelt.some((word, i) => word !== words[i])) add(respelt.join(' '), 'spelling');
  return variants;
}

/** The British or American spelling of a word (regularisation ↔ regularization), or the word itself. */
export function otherSpelling(word: string): string {
  const rules: [RegExp, string][] = [
    [/^(.{4,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
    [/^(.{4,})iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2'],
    [/^(.{2,})yse(s|d)?$/, '$1yze$2'],
    [/^(.{2,})yze(s|d)?$/, '$1yse$2'],
    [/^(behavi|col|fav|neighb|hon|lab)our(s|ed|ing|ite|ites|hood)?$/, '$1or$2'],
    [/^(behavi|col|fav|neighb|hon|lab)or(s|ed|ing|ite|ites|hood)?$/, '$1our$2'],
    [/^(model|label|travel|cancel)l(ing|ed|er|ers)$/, '$1$2'],
    [/^(model|label|travel|cancel)(ing|ed|er|ers)$/, '$1l$2'],
    [/^(defen|licen|offen)ce(s)?$/, '$1se$2'],
    [/^(defen|offen)se(s)?$/, '$1ce$2'],
    [/^(catalog|dialog|analog)ue(s)?$/, '$1$2'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((word, j) => words[i + j] === word)) return i;
  }
  return -1;
}

/**
 * Words with two meanings in the guide. Pagefind cannot tell them apart, so the other words of the
 * query decide: when one of a sense's context words (or a word starting with one) is in the query,
 * its hint word is searched alongside and lifts the pages of that sense.
 */
const WORD_SENSES: readonly { word: string; senses: readonly { hint: string; context: readonly string[] }[] }[] = [
  {
    // Unfairness (bias and fairness in data) or the statistical bias of the bias–variance trade-off.
    word: 'bias',
    senses: [
      {
        hint: 'fairness',
        context: ['ai', 'fair', 'unfair', 'discriminat', 'hiring', 'people', 'stop', 'prevent', 'avoid', 'reduc', 'ethic', 'harm', 'algorithm', 'gender', 'race', 'racis', 'sexis', 'prejudice', 'society'],
      },
      {
        hint: 'variance',
        context: ['variance', 'tradeoff', 'trade', 'overfit', 'underfit', 'simple', 'complex', 'error', 'high', 'regulari', 'statistic'],
      },
    ],
  },
];

/** Hint words for the two-meaning words of a query, chosen by its other words (see WORD_SENSES). */
export function senseHints(words: readonly string[]): string[] {
  const hints: string[] = [];
  for (const { word, senses } of WORD_SENSES) {
    const at = words.findIndex((candidate) => wordBase(candidate) === word);
    if (at === -1) continue;
    const others = words.filter((_, i) => i !== at);
    const chosen = senses.filter(({ context }) => others.some((other) => context.some((start) => other.startsWith(start))));
    // Context for both senses, or none, decides nothing.
    if (chosen.length === 1 && !words.includes(chosen[0]!.hint)) hints.push(chosen[0]!.hint);
  }
  return hints;
}

/**
 * Single words a learner uses for what the guide calls by another word. When the query's words are
 * searched one by one, each also finds the pages of its alternatives.
 */
const WORD_ALTERNATIVES: Readonly<Record<string, readonly string[]>> = {
  expensive: ['cost'],
  costly: ['cost'],
  cheap: ['cost'],
  cheaper: ['cost'],
  price: ['cost'],
  compression: ['distillation', 'quantization'],
  compress: ['distillation', 'quantization'],
  smaller: ['distillation'],
};

/** The word and its alternatives (see WORD_ALTERNATIVES). */
export function wordAlternatives(word: string): string[] {
  return [word, ...(WORD_ALTERNATIVES[word] ?? [])];
}
