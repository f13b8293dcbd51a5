import type { OutlineNode } from '@thidua/core';

export interface OutlineEntry {
  node: OutlineNode;
  depth: number;
  parents: OutlineNode[];
}

/** Depth-first, in print order. */
export function* walkOutline(nodes: readonly OutlineNode[], depth = 0, parents: OutlineNode[] = []): Generator<OutlineEntry> {
  for (const node of nodes) {
    yield { node, depth, parents };
    if (node.children?.length) yield* walkOutline(node.children, depth + 1, [...parents, node]);
  }
}
