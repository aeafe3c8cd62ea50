// Tables in content, made safe and usable:
// - GFM column alignment arrives as `style="text-align: …"`/`align`; the content security policy
//   forbids inline styles, so it becomes a class (`align-center`) styled in prose.css.
// - Wide tables scroll sideways inside a focusable, labelled region, so keyboard users can scroll them.

export function rehypeTables() {
  let count = 0;
  /** @param {any} node */
  const visit = (node) => {
    if (!Array.isArray(node.children)) return;
    node.children = node.children.map((/** @type {any} */ child) => {
      if (child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th')) alignToClass(child);
      visit(child);
      if (child.type === 'element' && child.tagName === 'table') {
        count += 1;
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table ${count}` },
          children: [child],
        };
      }
      return child;
    });
  };
  return (/** @type {any} */ tree) => {
    count = 0;
    visit(tree);
  };
}

/** @param {any} cell */
function alignToClass(cell) {
  const align = cell.properties?.align ?? /text-align:\s*(\w+)/.exec(String(cell.properties?.style ?? ''))?.[1];
  if (!align) return;
  delete cell.properties.align;
  delete cell.properties.style;
  cell.properties.className = [...(cell.properties.className ?? []), `align-${align}`];
}
