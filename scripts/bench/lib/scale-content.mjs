// Copies the guide's content N times into a folder, each copy after the first with its module ids,
// concept slugs and question ids renamed (`-x2`, `-x3` …) and its module orders moved past the
// originals, so the copy is a valid guide N times the size: for measuring how the build scales.
// Usage: node scripts/bench/lib/scale-content.mjs N OUT_DIR   (then GUIDE_CONTENT_DIR=OUT_DIR npm run build)
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ORDER_STEP = 100;

/** Writes `times` copies of the content in `from` into `to` (emptied first); returns the number of files written. */
export function scaleContent(from, to, times) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const modules = readdirSync(join(from, 'modules')).filter((file) => file.endsWith('.yaml')).map((file) => basename(file, '.yaml'));
  const conceptFolders = readdirSync(join(from, 'concepts'));
  const slugs = conceptFolders.flatMap((folder) => readdirSync(join(from, 'concepts', folder)).filter((file) => file.endsWith('.mdx')).map((file) => basename(file, '.mdx')));
  // Longest first, so "tokens-and-embeddings" is renamed before its prefix "tokens" could match.
  const names = [...new Set([...modules, ...slugs])].sort((a, b) => b.length - a.length);
  const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // An id where the content refers to one: a link path or a YAML key (question ids start with their concept's slug).
  const reference = new RegExp(`(?<=/concepts/|/modules/|module: |concept: |- id: )(${names.map(escape).join('|')})(?=[-/#"'\\s,\\]]|$)`, 'gm');
  let files = 0;
  for (let copy = 2; copy <= times; copy += 1) {
    const rename = (text) => text.replace(reference, (name) => `${name}-x${copy}`);
    const write = (path, text) => {
      writeFileSync(path, text);
      files += 1;
    };
    for (const id of modules) {
      const text = readFileSync(join(from, 'modules', `${id}.yaml`), 'utf8').replace(/^order: (\d+)/m, (_, order) => `order: ${Number(order) + (copy - 1) * ORDER_STEP}`);
      write(join(to, 'modules', `${id}-x${copy}.yaml`), rename(text));
    }
    for (const folder of conceptFolders) {
      mkdirSync(join(to, 'concepts', `${folder}-x${copy}`), { recursive: true });
      for (const file of readdirSync(join(from, 'concepts', folder)).filter((name) => name.endsWith('.mdx'))) {
        write(join(to, 'concepts', `${folder}-x${copy}`, `${basename(file, '.mdx')}-x${copy}.mdx`), rename(readFileSync(join(from, 'concepts', folder, file), 'utf8')));
      }
    }
    for (const file of readdirSync(join(from, 'questions')).filter((name) => name.endsWith('.yaml'))) {
      // Every prompt must differ from every other in the bank: prefix the copy's number, as "(x2)" (a
      // word such as "Copy" could echo an option and trip the answer-term-in-stem rule).
      const text = rename(readFileSync(join(from, 'questions', file), 'utf8')).replace(
        /^(\s*prompt:[ \t]*(?:[>|][-+]?[ \t]*\n\s*)?["']?)/gm,
        (start) => `${start}(x${copy}) `,
      );
      write(join(to, 'questions', `${basename(file, '.yaml')}-x${copy}.yaml`), text);
    }
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [times, out] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(times) || times < 1 || !out) {
    console.error('usage: node scripts/bench/lib/scale-content.mjs N OUT_DIR   (N ≥ 1 copies of content/)');
    process.exit(1);
  }
  const files = scaleContent(process.env.GUIDE_CONTENT_DIR || 'content', out, times);
  console.log(`${out}: content ×${times} (${files} files added)`);
}
