// What learners type into the search box, and the concept page each query must find.
// Two sets: the original one below (the guide's own terms; `top: 1` means the page must be the first
// result, `top: 3` among the first three), and the learner set of relevance-learner-set.mjs (questions,
// terms, misspellings and synonyms written from the syllabus, with a held-out "unseen" part).
// Used by e2e/search-relevance.spec.ts (the CI gate) and scripts/bench/search.mjs (the figures).
// Slugs are the file names of content/concepts/*/*.mdx.
import { LEARNER_SET } from './relevance-learner-set.mjs';

/** @typedef {{ query: string, slug: string, top: 1 | 3, kind: 'acronym' | 'term' | 'phrase' | 'question' | 'typo' }} RelevanceCase */
/** @typedef {{ query: string, slugs: string[], top: 1 | 3, class: 'question' | 'term' | 'variant', unseen: boolean, set: 'original' | 'learner' }} ScoredCase */

/** @type {RelevanceCase[]} */
const ORIGINAL_SET = [
  // Acronyms and abbreviations
  { query: 'RAG', slug: 'retrieval-augmented-generation', top: 1, kind: 'acronym' },
  { query: 'LoRA', slug: 'fine-tuning', top: 1, kind: 'acronym' },
  { query: 'PEFT', slug: 'fine-tuning', top: 1, kind: 'acronym' },
  { query: 'GAN', slug: 'generative-adversarial-networks', top: 1, kind: 'acronym' },
  { query: 'GANs', slug: 'generative-adversarial-networks', top: 1, kind: 'acronym' },
  { query: 'VAE', slug: 'variational-autoencoders', top: 1, kind: 'acronym' },
  { query: 'RLHF', slug: 'instruction-tuning-and-rlhf', top: 1, kind: 'acronym' },
  { query: 'CoT', slug: 'zero-few-shot-chain-of-thought', top: 1, kind: 'acronym' },
  { query: 'LLM', slug: 'large-language-models', top: 1, kind: 'acronym' },
  { query: 'AGI', slug: 'narrow-vs-general-ai', top: 1, kind: 'acronym' },
  { query: 'XAI', slug: 'transparency-and-explainability', top: 1, kind: 'acronym' },
  { query: 'KNN', slug: 'classic-ml-algorithms', top: 1, kind: 'acronym' },
  { query: 'MoE', slug: 'costs-and-limits', top: 1, kind: 'acronym' },
  { query: 'GOFAI', slug: 'symbolic-ai-vs-machine-learning', top: 1, kind: 'acronym' },
  { query: 'LISA', slug: 'building-trust-lisa', top: 1, kind: 'acronym' },
  { query: 'MCP', slug: 'ai-agents-and-tool-use', top: 1, kind: 'acronym' },
  { query: 'SEO', slug: 'how-search-engines-work', top: 1, kind: 'acronym' },
  { query: 'VLM', slug: 'multimodal-models', top: 1, kind: 'acronym' },
  { query: 'EDP', slug: 'enterprise-data-protection', top: 1, kind: 'acronym' },
  { query: 'M365 Copilot', slug: 'how-microsoft-365-copilot-works', top: 3, kind: 'acronym' },

  // Terms a learner met in the course or the exam
  { query: 'Chinese Room', slug: 'turing-test-and-chinese-room', top: 1, kind: 'term' },
  { query: 'Turing test', slug: 'turing-test-and-chinese-room', top: 1, kind: 'term' },
  { query: 'hallucination', slug: 'hallucinations-and-knowledge-cutoff', top: 1, kind: 'term' },
  { query: 'knowledge cutoff', slug: 'hallucinations-and-knowledge-cutoff', top: 1, kind: 'term' },
  { query: 'fine tune', slug: 'fine-tuning', top: 1, kind: 'term' },
  { query: 'finetuning', slug: 'fine-tuning', top: 1, kind: 'term' },
  { query: 'foundation model', slug: 'fine-tuning', top: 3, kind: 'term' },
  { query: 'retrieval augmented generation', slug: 'retrieval-augmented-generation', top: 1, kind: 'term' },
  { query: 'embeddings', slug: 'retrieval-augmented-generation', top: 3, kind: 'term' },
  { query: 'chain of thought', slug: 'zero-few-shot-chain-of-thought', top: 1, kind: 'term' },
  { query: 'few-shot prompting', slug: 'zero-few-shot-chain-of-thought', top: 1, kind: 'term' },
  { query: 'temperature', slug: 'temperature-and-sampling', top: 1, kind: 'term' },
  { query: 'top-p', slug: 'temperature-and-sampling', top: 1, kind: 'term' },
  { query: 'stable diffusion', slug: 'diffusion-models', top: 1, kind: 'term' },
  { query: 'overfitting', slug: 'bias-variance-overfitting', top: 1, kind: 'term' },
  { query: 'bias variance tradeoff', slug: 'bias-variance-overfitting', top: 1, kind: 'term' },
  { query: 'random forest', slug: 'ensemble-methods', top: 1, kind: 'term' },
  { query: 'boosting', slug: 'ensemble-methods', top: 1, kind: 'term' },
  { query: 'backpropagation', slug: 'neural-networks-deep-learning', top: 1, kind: 'term' },
  { query: 'deep learning', slug: 'neural-networks-deep-learning', top: 3, kind: 'term' },
  { query: 'supervised learning', slug: 'learning-paradigms', top: 1, kind: 'term' },
  { query: 'reinforcement learning', slug: 'learning-paradigms', top: 3, kind: 'term' },
  { query: 'validation set', slug: 'training-validation-test-data', top: 1, kind: 'term' },
  { query: 'expert system', slug: 'symbolic-ai-vs-machine-learning', top: 1, kind: 'term' },
  { query: 'discriminative model', slug: 'generative-vs-discriminative', top: 1, kind: 'term' },
  { query: 'theory of mind', slug: 'types-of-ai-by-capability', top: 1, kind: 'term' },
  { query: 'mode collapse', slug: 'generative-adversarial-networks', top: 1, kind: 'term' },
  { query: 'latent space', slug: 'variational-autoencoders', top: 3, kind: 'term' },
  { query: 'transformer', slug: 'large-language-models', top: 1, kind: 'term' },
  { query: 'self-attention', slug: 'large-language-models', top: 1, kind: 'term' },
  { query: 'context window', slug: 'large-language-models', top: 3, kind: 'term' },
  { query: 'prompt engineering', slug: 'prompt-engineering-fundamentals', top: 1, kind: 'term' },
  { query: 'system prompt', slug: 'prompt-engineering-fundamentals', top: 3, kind: 'term' },
  { query: 'iterative prompting', slug: 'iterative-prompting', top: 1, kind: 'term' },
  { query: 'PageRank', slug: 'how-search-engines-work', top: 1, kind: 'term' },
  { query: 'web crawler', slug: 'how-search-engines-work', top: 1, kind: 'term' },
  { query: 'reasoning engine', slug: 'reasoning-vs-search-engines', top: 1, kind: 'term' },
  { query: 'Bing Chat', slug: 'web-grounded-chat', top: 3, kind: 'term' },
  { query: 'precise mode', slug: 'conversation-styles', top: 1, kind: 'term' },
  { query: 'Edge sidebar', slug: 'copilot-in-edge', top: 1, kind: 'term' },
  { query: 'Image Creator', slug: 'image-generation', top: 1, kind: 'term' },
  { query: 'DALL-E', slug: 'image-generation', top: 3, kind: 'term' },
  { query: 'green shield', slug: 'enterprise-data-protection', top: 1, kind: 'term' },
  { query: 'Microsoft Graph', slug: 'how-microsoft-365-copilot-works', top: 1, kind: 'term' },
  { query: 'Copilot in Excel', slug: 'copilot-in-microsoft-365-apps', top: 1, kind: 'term' },
  { query: 'goal context expectations source', slug: 'prompting-microsoft-365-copilot', top: 1, kind: 'term' },
  { query: 'six principles', slug: 'six-responsible-ai-principles', top: 1, kind: 'term' },
  { query: 'identify measure mitigate operate', slug: 'responsible-generative-ai-process', top: 1, kind: 'term' },
  { query: 'metaprompt', slug: 'layered-mitigations', top: 1, kind: 'term' },
  { query: 'content filters', slug: 'layered-mitigations', top: 3, kind: 'term' },
  { query: 'deepfakes', slug: 'societal-risks', top: 1, kind: 'term' },
  { query: 'algorithmic bias', slug: 'bias-and-fairness', top: 1, kind: 'term' },
  { query: 'explainability', slug: 'transparency-and-explainability', top: 1, kind: 'term' },
  { query: 'AI ethics framework', slug: 'ethical-ai-framework', top: 3, kind: 'term' },
  { query: 'distillation', slug: 'costs-and-limits', top: 1, kind: 'term' },
  { query: 'LLM as a judge', slug: 'evaluating-generative-models', top: 1, kind: 'term' },
  { query: 'multimodal', slug: 'multimodal-models', top: 1, kind: 'term' },
  { query: 'function calling', slug: 'ai-agents-and-tool-use', top: 1, kind: 'term' },
  { query: 'weak AI', slug: 'narrow-vs-general-ai', top: 1, kind: 'term' },
  { query: 'generative AI', slug: 'generative-vs-discriminative', top: 3, kind: 'term' },

  // Phrased as a learner would ask
  { query: 'what is a GAN', slug: 'generative-adversarial-networks', top: 1, kind: 'question' },
  { query: 'how do diffusion models work', slug: 'diffusion-models', top: 1, kind: 'question' },
  { query: 'why do chatbots make things up', slug: 'hallucinations-and-knowledge-cutoff', top: 3, kind: 'question' },
  { query: 'difference between generative and discriminative', slug: 'generative-vs-discriminative', top: 1, kind: 'question' },
  { query: 'train test split', slug: 'training-validation-test-data', top: 1, kind: 'question' },

  // Typos and spelling variants
  { query: 'halucination', slug: 'hallucinations-and-knowledge-cutoff', top: 1, kind: 'typo' },
  { query: 'retreival augmented generation', slug: 'retrieval-augmented-generation', top: 1, kind: 'typo' },
  { query: 'transfomer', slug: 'large-language-models', top: 1, kind: 'typo' },
  { query: 'chinese rom', slug: 'turing-test-and-chinese-room', top: 1, kind: 'typo' },
  { query: 'reinforcment learning from human feedback', slug: 'instruction-tuning-and-rlhf', top: 1, kind: 'typo' },
  { query: 'varational autoencoder', slug: 'variational-autoencoders', top: 1, kind: 'typo' },
  { query: 'regularization', slug: 'bias-variance-overfitting', top: 1, kind: 'typo' },
  { query: 'fine tunning', slug: 'fine-tuning', top: 1, kind: 'typo' },
];

/** The class each kind of the original set reports under. */
const CLASS_OF_KIND = { acronym: 'term', term: 'term', phrase: 'question', question: 'question', typo: 'variant' };

/** Every query of both sets in one shape: the pages that answer it, how high one must rank, its class. */
/** @type {ScoredCase[]} */
export const RELEVANCE_SET = [
  ...ORIGINAL_SET.map(({ query, slug, top, kind }) => ({ query, slugs: [slug], top, class: CLASS_OF_KIND[kind], unseen: false, set: 'original' })),
  ...LEARNER_SET.map(({ query, slugs, class: kind, unseen }) => ({ query, slugs, top: 3, class: kind, unseen: unseen === true, set: 'learner' })),
];

/** The parts of the set the figures are reported for. */
const RELEVANCE_PARTS = {
  'whole set': () => true,
  'unseen (held out)': (row) => row.unseen,
  'tuning part (not unseen)': (row) => !row.unseen,
  'natural-language questions': (row) => row.class === 'question',
  'terms and acronyms': (row) => row.class === 'term',
  'misspellings and synonyms': (row) => row.class === 'variant',
  'original set': (row) => row.set === 'original',
};

/**
 * Types `query` into the open search dialog (replacing what is there) and resolves to the result
 * pages in order: the page links only, not their sections.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 * @returns {Promise<string[]>}
 */
export async function resultPages(page, query) {
  const box = page.getByRole('combobox', { name: 'Search the guide' });
  await box.fill(query);
  const results = page.locator('#search-dialog-results');
  await results.and(page.locator(`[data-query="${query.replaceAll('"', '\\"')}"]`)).waitFor({ state: 'attached' });
  return results.locator('[role="option"]:not(.search-hit--section, .search-hit--all)').evaluateAll((options) => options.map((option) => new URL(option.href).pathname));
}

/**
 * Scores result lists against the set: the rank of the best expected page (0 when none is found), the
 * share of queries with an expected page first (precision@1) and in the first three (recall@3).
 * @param {(ScoredCase & { pages: string[] })[]} rows
 * @param {string} base the site's base path, ending with a slash
 */
export function scoreRelevance(rows, base = '/') {
  const ranked = rows.map((row) => {
    const ranks = row.slugs.map((slug) => row.pages.indexOf(`${base}concepts/${slug}/`) + 1).filter((rank) => rank > 0);
    const rank = ranks.length > 0 ? Math.min(...ranks) : 0;
    return { ...row, rank, passed: rank >= 1 && rank <= row.top };
  });
  const share = (test) => (ranked.length === 0 ? 0 : ranked.filter(test).length / ranked.length);
  return {
    rows: ranked,
    precisionAt1: share((row) => row.rank === 1),
    recallAt3: share((row) => row.rank >= 1 && row.rank <= 3),
    failures: ranked.filter((row) => !row.passed),
    empty: ranked.filter((row) => row.pages.length === 0),
  };
}

/** The figures of each part of the set (see RELEVANCE_PARTS), from scored rows. */
export function scoreParts(rows, base = '/') {
  return Object.entries(RELEVANCE_PARTS).map(([name, test]) => {
    const part = rows.filter(test);
    return { name, queries: part.length, ...scoreRelevance(part, base) };
  });
}
