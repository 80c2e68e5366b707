import type { UndirectedGraph } from 'graphology';

/**
 * graphology-shortest-path (2.1.0, used by graphology-metrics' betweenness) counts shortest paths in
 * a Uint32Array, so more than 2^32 − 1 shortest paths between two partners would wrap around and
 * give wrong betweenness without a warning. Refuse such a graph rather than report wrong numbers.
 *
 * Every shortest s–t path visits exactly one node at each distance 1 … d − 1 from s, so there are at
 * most Π |layer| of them, with Σ |layer| ≤ c − 2 in a component of c nodes. The largest product of
 * positive integers summing to at most 60 is 3^20 = 3,486,784,401 < 2^32 (for 61 it is 4·3^19 > 2^32),
 * so components of up to 62 partners are safe without looking; larger ones are counted exactly.
 */
const PATH_COUNT_LIMIT = 2 ** 32;
const ALWAYS_SAFE_COMPONENT_ORDER = 62;

export function assertShortestPathCountsFit(graph: UndirectedGraph, components: readonly string[][]): void {
  const large = components.filter((component) => component.length > ALWAYS_SAFE_COMPONENT_ORDER);
  if (large.length === 0) return;

  // The neighbourhoods of the large components as index arrays (compressed sparse rows).
  const order = large.reduce((sum, component) => sum + component.length, 0);
  const indexOf = new Map<string, number>();
  for (const component of large) for (const partnerId of component) indexOf.set(partnerId, indexOf.size);
  let degreeSum = 0;
  for (const partnerId of indexOf.keys()) degreeSum += graph.degree(partnerId);
  const starts = new Int32Array(order + 1);
  const neighbours = new Int32Array(degreeSum);
  for (const [partnerId, index] of indexOf) {
    let next = starts[index]!;
    graph.forEachNeighbor(partnerId, (neighbour) => {
      neighbours[next++] = indexOf.get(neighbour)!;
    });
    starts[index + 1] = next;
  }

  // Breadth-first from every node, counting shortest paths in doubles (exact far beyond 2^32).
  const distance = new Int32Array(order);
  const paths = new Float64Array(order);
  const queue = new Int32Array(order);
  for (let source = 0; source < order; source++) {
    distance.fill(-1);
    distance[source] = 0;
    paths[source] = 1;
    queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const next = distance[v]! + 1;
      const pathsToV = paths[v]!;
      const end = starts[v + 1]!;
      for (let j = starts[v]!; j < end; j++) {
        const w = neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          paths[w] = pathsToV;
          queue[tail++] = w;
        } else if (distance[w] === next) {
          paths[w] = paths[w]! + pathsToV;
          if (paths[w]! >= PATH_COUNT_LIMIT) {
            throw new RangeError(
              '2^32 or more shortest paths run between two partners, more than the betweenness library counts exactly',
            );
          }
        }
      }
    }
  }
}
