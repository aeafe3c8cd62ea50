// Authors write root-absolute links (`/concepts/fine-tuning/`); this prefixes the base path so
// the same content works at `/` and under a sub-path such as `/guide/`.

/** @param {{ base?: string }} options */
export function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  /** @param {any} node */
  const visit = (node) => {
    if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.href;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        node.properties.href = `${prefix}${href}`;
      }
    }
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  return (/** @type {any} */ tree) => {
    if (prefix) visit(tree);
  };
}
