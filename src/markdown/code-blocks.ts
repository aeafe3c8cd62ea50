// Code blocks can be wider than a phone: make each one a focusable region so keyboard users can
// scroll it (axe: scrollable-region-focusable).
import { defineHastPlugin } from 'satteri';

export const codeBlocks = defineHastPlugin({
  name: 'guide-code-blocks',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
});
