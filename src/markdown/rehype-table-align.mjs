// GFM column alignment arrives as `style="text-align: …"`; the content security policy forbids
// inline styles, so the alignment becomes a class (`align-center`) styled in prose.css.

export function rehypeTableAlign() {
  /** @param {any} node */
  const visit = (node) => {
    if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
      const align = node.properties?.align ?? /text-align:\s*(\w+)/.exec(String(node.properties?.style ?? ''))?.[1];
      if (align) {
        delete node.properties.align;
        delete node.properties.style;
        node.properties.className = [...(node.properties.className ?? []), `align-${align}`];
      }
    }
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  return (/** @type {any} */ tree) => visit(tree);
}
