// Code blocks can be wider than a phone: make each one a focusable region so keyboard users can
// scroll it (axe: scrollable-region-focusable).

export function rehypeCodeBlocks() {
  /** @param {any} node */
  const visit = (node) => {
    if (node.type === 'element' && node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  return (/** @type {any} */ tree) => visit(tree);
}
