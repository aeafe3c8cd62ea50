// Tables in content, made safe and usable:
// - GFM column alignment arrives as `align` (or `style="text-align: …"`); the content security
//   policy forbids inline styles, so it becomes a class (`align-center`) styled in prose.css.
// - Wide tables scroll sideways inside a focusable, labelled region, so keyboard users can scroll them.
import { defineHastPlugin } from 'satteri';

/** A fresh plugin per document: the regions are numbered "Table 1", "Table 2" … within each page. */
export function tables() {
  let count = 0;
  return defineHastPlugin({
    name: 'guide-tables',
    element: [
      {
        filter: ['table'],
        visit(node, ctx) {
          count += 1;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table ${count}` },
            children: [],
          });
        },
      },
      {
        filter: ['td', 'th'],
        visit(node, ctx) {
          const align = node.properties?.align ?? /text-align:\s*(\w+)/.exec(String(node.properties?.style ?? ''))?.[1];
          if (typeof align !== 'string') return;
          ctx.setProperty(node, 'align', null);
          ctx.setProperty(node, 'style', null);
          ctx.setProperty(node, 'className', [...asClassList(node.properties?.className), `align-${align}`]);
        },
      },
    ],
  });
}

const asClassList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []);
