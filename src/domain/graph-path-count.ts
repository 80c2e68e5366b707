import type { UndirectedGraph } from 'graphology';

/**
 * graphology-shortest-path (2.1.0, used by graphology-metrics' betweenness) counts shortest paths in
 * a Uint32Array, so more than 2^32 − 1 shortest paths between two partners would wrap around and
 * give wrong betweenness without a warning. Refuse such a graph rather than report wrong numbers.
 *
 * Every shortest s–t path visits exactly one node at each distance 1 … d − 1 from s, so there are at
 * most Π |layer| of them, with Σ |layer| ≤ c − 2 in a component of c nodes. The largest product of
 * positive integers summing to at most 60 is 3^20 = 3,486,784,401 < 2^32 (for 61 it is 4·3^19 > 2^32),
 * so components of up to 62 partners are safe without looking; in larger ones the paths are counted
 * exactly from the partners that could end a pair with too many (sourcesToCount).
 */
const PATH_COUNT_LIMIT = 2 ** 32;
const ALWAYS_SAFE_COMPONENT_ORDER = 62;

/**
 * The partners from which a breadth-first count must run, found with one search from the
 * best-connected partner (the hub). On a shortest path each node's path count is the sum of its
 * predecessors' counts, so a pair at distance d has at most Δ^(d−1) shortest paths (Δ the largest
 * degree): only pairs at distance ≥ dMin = 1 + ⌈32 / log2 Δ⌉ can reach 2^32. Such a pair s–t has
 * d(s,t) ≤ d(s,hub) + d(hub,t) ≤ d(s,hub) + ecc(hub), so s lies at least dMin − ecc(hub) from the hub.
 * In the compact networks care collaborations form that leaves few partners, often none.
 */
function sourcesToCount(graph: UndirectedGraph, component: readonly string[]): string[] {
  let maxDegree = 0;
  let hub = component[0]!;
  for (const partnerId of component) {
    const degree = graph.degree(partnerId);
    if (degree > maxDegree) [maxDegree, hub] = [degree, partnerId];
  }
  if (maxDegree <= 1) return [];
  const distance = new Map<string, number>([[hub, 0]]);
  const queue = [hub];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const next = distance.get(v)! + 1;
    graph.forEachNeighbor(v, (w) => {
      if (!distance.has(w)) {
        distance.set(w, next);
        queue.push(w);
      }
    });
  }
  const eccentricity = distance.get(queue[queue.length - 1]!)!;
  const minimumRiskyDistance = 1 + Math.ceil(Math.log2(PATH_COUNT_LIMIT) / Math.log2(maxDegree) - 1e-12);
  return component.filter((partnerId) => distance.get(partnerId)! >= minimumRiskyDistance - eccentricity);
}

export function assertShortestPathCountsFit(graph: UndirectedGraph, components: readonly string[][]): void {
  const large = components.filter((component) => component.length > ALWAYS_SAFE_COMPONENT_ORDER);
  const sources = large.flatMap((component) => sourcesToCount(graph, component));
  if (sources.length === 0) return;

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

  // Breadth-first from every source that could end a risky pair, counting shortest paths in doubles
  // (exact far beyond 2^32).
  const distance = new Int32Array(order);
  const paths = new Float64Array(order);
  const queue = new Int32Array(order);
  for (const source of sources.map((partnerId) => indexOf.get(partnerId)!)) {
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
