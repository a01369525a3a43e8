import type { Nodes, Parents, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { Visitors } from '../types.js';

type Handler = (node: Nodes, ancestors: readonly Parents[]) => void;
type Guard = (index: number, run: () => void) => void;

/**
 * Walks the tree once, giving each node to the handlers of every visitor set that asked for its
 * type, in the order the sets are given; then calls each set's `root:exit`. `guard` wraps every
 * call (the engine uses it to turn a throwing rule into a diagnostic and silence that rule).
 */
export function walk(tree: Root, sets: readonly Visitors[], guard: Guard = (_i, run) => run()): void {
  const byType = new Map<string, Array<{ index: number; handler: Handler }>>();
  sets.forEach((visitors, index) => {
    for (const [type, handler] of Object.entries(visitors)) {
      if (type === 'root:exit' || typeof handler !== 'function') continue;
      let list = byType.get(type);
      if (!list) byType.set(type, (list = []));
      list.push({ index, handler: handler as Handler });
    }
  });
  if (byType.size > 0) {
    visitParents(tree, (node, ancestors) => {
      const handlers = byType.get(node.type);
      if (!handlers) return;
      for (const { index, handler } of handlers) {
        guard(index, () => handler(node as Nodes, ancestors as Parents[]));
      }
    });
  }
  sets.forEach((visitors, index) => {
    const exit = visitors['root:exit'];
    if (exit) guard(index, exit);
  });
}
