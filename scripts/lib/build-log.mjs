// What counts as a warning in a build log: Astro's and Vite's "[WARN]" lines and lines that start with
// "warn"/"warning". Page routes that merely contain the word (…/deepfake-warning-sign/) do not count.

/** The warning lines of a build log. */
export function buildWarnings(log) {
  return log.split('\n').filter((line) => /\[warn\]/i.test(line) || /(^|\s)(⚠|warn(ing)?[:\s])/i.test(line.replace(/^\d\d:\d\d:\d\d\s+/, '')));
}
