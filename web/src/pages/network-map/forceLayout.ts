import { UndirectedGraph } from 'graphology';
import fa2 from 'graphology-layout-forceatlas2';

// The package is CommonJS: TypeScript (NodeNext) sees its `module.exports` under `default`, the
// bundler hands over `module.exports` itself.
export const forceAtlas2 = ('default' in fa2 ? fa2.default : fa2) as typeof fa2.default;

/**
 * The network map's layout: ForceAtlas2 from a circular start, for a fixed number of iterations,
 * so the same network always gets the same picture.
 */

/** Nodes are numbered 0 … order − 1; `edges` holds pairs of node numbers. */
export interface LayoutInput {
  order: number;
  edges: Uint32Array;
  iterations: number;
}

export const LAYOUT_ITERATIONS = 100;
export function startGraph(input: LayoutInput): UndirectedGraph {
  const graph = new UndirectedGraph();
  const radius = Math.max(10, Math.sqrt(input.order) * 10);
  for (let i = 0; i < input.order; i++) {
    const angle = (2 * Math.PI * i) / Math.max(1, input.order);
    graph.addNode(i, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  }
  for (let j = 0; j + 1 < input.edges.length; j += 2) {
    const a = input.edges[j]!;
    const b = input.edges[j + 1]!;
    if (a !== b) graph.mergeEdge(a, b);
  }
  return graph;
}

export function positionsOf(graph: UndirectedGraph, order: number): Float32Array {
  const positions = new Float32Array(order * 2);
  graph.forEachNode((node, attributes) => {
    const i = Number(node);
    positions[2 * i] = attributes.x as number;
    positions[2 * i + 1] = attributes.y as number;
  });
  return positions;
}

/** ForceAtlas2's own settings for the graph, with the Barnes–Hut approximation from 500 nodes on (it starts at 2,000). */
export function layoutSettings(graph: UndirectedGraph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
}

/** The whole layout at once, as x, y per node: for the worker, or for a small graph. */
export function computeLayout(input: LayoutInput): Float32Array {
  const graph = startGraph(input);
  if (input.order > 1) forceAtlas2.assign(graph, { iterations: input.iterations, settings: layoutSettings(graph) });
  return positionsOf(graph, input.order);
}

