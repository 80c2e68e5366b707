import type { UndirectedGraph } from 'graphology';

/**
 * graphology-shortest-path (2.1.0, used by graphology-metrics' betweenness) counts shortest paths in
 * a Uint32Array, so more than 2^32 − 1 shortest paths between two partners would wrap around and
 * give wrong betweenness without a warning. Refuse such a graph rather than report wrong numbers.
 *
 * Every shortest s–t path visits exactly one node at each distance 1 … d − 1 from s, so there are at
 * most Π |layer| of them, with Σ |layer| ≤ c − 2 in a component of c nodes. The largest product of
 * positive integers summing to at most 60 is 3^20 = 3,486,784,401 < 2^32 (for 61 it is 4·3^19 > 2^32),
 * so components of up to 62 partners are safe without looking; larger ones are checked with a cheap
 * bound first (provablySafe) and counted exactly only when that bound cannot rule an overflow out.
 */
const PATH_COUNT_LIMIT = 2 ** 32;
const ALWAYS_SAFE_COMPONENT_ORDER = 62;

/**
 * A cheap proof that a component is safe: on a shortest path each node's path count is the sum of
 * its predecessors' counts, so at distance d there are at most Δ^(d−1) shortest paths (Δ the largest
 * degree), and no distance exceeds twice the eccentricity of any one node. One breadth-first search
 * from the best-connected partner settles it for the compact networks care collaborations form.
 */
function provablySafe(graph: UndirectedGraph, component: readonly string[]): boolean {
  let maxDegree = 0;
  let hub = component[0]!;
  for (const partnerId of component) {
    const degree = graph.degree(partnerId);
    if (degree > maxDegree) [maxDegree, hub] = [degree, partnerId];
  }
  const distance = new Map<string, number>([[hub, 0]]);
  const queue = [hub];
  let eccentricity = 0;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const next = distance.get(v)! + 1;
    graph.forEachNeighbor(v, (w) => {
      if (distance.has(w)) return;
      distance.set(w, next);
      eccentricity = next;
      queue.push(w);
    });
  }
  return (2 * eccentricity - 1) * Math.log2(Math.max(maxDegree, 1)) < Math.log2(PATH_COUNT_LIMIT) - 1e-9;
}

export function assertShortestPathCountsFit(graph: UndirectedGraph, components: readonly string[][]): void {
  const large = components.filter((component) => component.length > ALWAYS_SAFE_COMPONENT_ORDER && !provablySafe(graph, component));
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
