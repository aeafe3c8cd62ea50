// Authors write root-absolute links (`/concepts/fine-tuning/`); this prefixes the base path so
// the same content works at `/` and under a sub-path such as `/guide/`.
import { defineHastPlugin } from 'satteri';

export function baseLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'guide-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
          ctx.setProperty(node, 'href', `${prefix}${href}`);
        }
      },
    },
  });
}
