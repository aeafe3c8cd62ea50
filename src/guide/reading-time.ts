/** Words a learner reads per minute in study material: slower than leisure reading. */
const STUDY_WORDS_PER_MINUTE = 200;

/** Counts the words of a text (Markdown or MDX source), ignoring markup, code and SVG. */
function countWords(source: string): number {
  const prose = source
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read, at least 1. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.round(countWords(source) / STUDY_WORDS_PER_MINUTE));
}
