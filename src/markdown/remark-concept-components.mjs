// `<Quiz />` and `<KeyTerms />` in a concept page need to know their concept. Authors write them
// bare; this gives each a `concept` attribute from the file name at compile time, so a page can be
// rendered anywhere (its own URL, or side by side with others in a printed book).
import { basename } from 'node:path';

const COMPONENTS = new Set(['Quiz', 'KeyTerms']);

export function remarkConceptComponents() {
  /** @param {any} node @param {string} slug */
  const visit = (node, slug) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && COMPONENTS.has(node.name)) {
      if (!node.attributes.some((/** @type {any} */ a) => a.name === 'concept')) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'concept', value: slug });
      }
    }
    if (Array.isArray(node.children)) node.children.forEach((/** @type {any} */ child) => visit(child, slug));
  };
  return (/** @type {any} */ tree, /** @type {any} */ file) => {
    if (file.path?.endsWith('.mdx')) visit(tree, basename(file.path, '.mdx'));
  };
}
