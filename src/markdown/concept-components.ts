// `<Quiz />` and `<KeyTerms />` in a concept page need to know their concept. Authors write them
// bare; this gives each a `concept` attribute from the file name at compile time, so a page can be
// rendered anywhere (its own URL, or side by side with others in a printed book).
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';

const COMPONENTS = ['Quiz', 'KeyTerms'];

function addConcept(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
  if (!path.endsWith('.mdx')) return;
  if (node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'concept')) return;
  ctx.setProperty(node, 'concept', basename(path, '.mdx'));
}

export const conceptComponents = defineHastPlugin({
  name: 'guide-concept-components',
  mdxJsxFlowElement: { filter: COMPONENTS, visit: addConcept },
  mdxJsxTextElement: { filter: COMPONENTS, visit: addConcept },
});
