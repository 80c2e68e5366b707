/**
 * The undirected tie graph of DESIGN §5.4 as compressed sparse rows (an Int32Array adjacency),
 * and the measures that walk it: degrees, connected components and Brandes' betweenness.
 *
 * graphology's neighbourhood index (behind graphology-metrics' betweenness) keeps its row offsets
 * in the smallest typed array that holds 2E − 1, so at exactly 128 or 32,768 ties the closing
 * offset 2E wraps to 0 and the last node loses its neighbours; and graphology-shortest-path counts
 * shortest paths in a Uint32Array. Here offsets are Int32 and path counts doubles, exact far
 * beyond any network of partners.
 */

/**
 * Nodes `0 … order − 1` with the neighbours of node `v` at `neighbours[starts[v]] … neighbours[starts[v + 1] − 1]`.
 * Every tie appears in both rows; no tie appears twice and no node is its own neighbour.
 */
export interface TieAdjacency {
  order: number;
  /** Length `order + 1`; `starts[order]` is twice the number of ties. */
  starts: Int32Array;
  neighbours: Int32Array;
}

/**
 * The adjacency of `order` nodes joined by the index pairs `ends[2i]`–`ends[2i + 1]`. A pair given
 * twice or in both orders counts once; a pair of a node with itself is ignored.
 *
 * @example tieAdjacency(3, [0, 1, 2, 1, 1, 0]) // starts [0, 1, 3, 4], neighbours [1, 0, 2, 1]
 */
export function tieAdjacency(order: number, ends: ArrayLike<number>): TieAdjacency {
  // Each tie as one number lo·order + hi (exact in a double for any order below 2^26), sorted
  // so that duplicates sit together.
  const codes = new Float64Array(ends.length >> 1);
  let count = 0;
  for (let i = 0; i + 1 < ends.length; i += 2) {
    const x = ends[i]!;
    const y = ends[i + 1]!;
    if (x === y) continue;
    codes[count++] = x < y ? x * order + y : y * order + x;
  }
  const sorted = codes.subarray(0, count).sort();
  const degree = new Int32Array(order + 1);
  let unique = 0;
  for (let i = 0; i < count; i++) {
    const code = sorted[i]!;
    if (unique > 0 && code === sorted[unique - 1]) continue;
    sorted[unique++] = code;
    const lo = Math.floor(code / order);
    degree[lo]! += 1;
    degree[code - lo * order]! += 1;
  }
  const starts = new Int32Array(order + 1);
  for (let v = 0; v < order; v++) starts[v + 1] = starts[v]! + degree[v]!;
  const next = starts.slice(0, order);
  const neighbours = new Int32Array(starts[order]!);
  for (let i = 0; i < unique; i++) {
    const code = sorted[i]!;
    const lo = Math.floor(code / order);
    const hi = code - lo * order;
    neighbours[next[lo]!++] = hi;
    neighbours[next[hi]!++] = lo;
  }
  return { order, starts, neighbours };
}

/** The number of ties of each node. */
export function degrees({ order, starts }: TieAdjacency): Int32Array {
  const degree = new Int32Array(order);
  for (let v = 0; v < order; v++) degree[v] = starts[v + 1]! - starts[v]!;
  return degree;
}

/**
 * The connected component of each node, numbered 0, 1, … in the order of their first node, and
 * how many there are. An isolate is a component of its own.
 *
 * @example connectedComponentLabels(tieAdjacency(4, [2, 3])) // { labels: [0, 1, 2, 2], count: 3 }
 */
export function connectedComponentLabels({ order, starts, neighbours }: TieAdjacency): { labels: Int32Array; count: number } {
  const labels = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  let count = 0;
  for (let root = 0; root < order; root++) {
    if (labels[root] !== -1) continue;
    labels[root] = count;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (labels[w] === -1) {
          labels[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count += 1;
  }
  return { labels, count };
}

/**
 * Betweenness centrality of every node by Brandes' algorithm (2001) for unweighted graphs,
 * normalised as NetworkX's `betweenness_centrality(G)` by default: the shortest paths through a
 * node, summed over pairs of other nodes, divided by the `(n − 1)(n − 2) / 2` such pairs; all 0
 * when n ≤ 2. Shortest paths are counted in doubles, exact up to 2^53.
 *
 * @example betweenness(tieAdjacency(3, [0, 1, 1, 2])) // [0, 1, 0]
 */
export function betweenness({ order, starts, neighbours }: TieAdjacency): Float64Array {
  const centrality = new Float64Array(order);
  if (order <= 2) return centrality;
  const distance = new Int32Array(order).fill(-1);
  const paths = new Float64Array(order);
  const dependency = new Float64Array(order);
  // Nodes in the order the search reaches them, which is by distance: read backwards, every node
  // comes before its predecessors.
  const queue = new Int32Array(order);
  // The predecessors of w on shortest paths from the source, at the start of w's own row (a node
  // has no more predecessors than neighbours), so the way back reads only those.
  const predecessors = new Int32Array(neighbours.length);
  const predecessorCount = new Int32Array(order);

  for (let source = 0; source < order; source++) {
    // An isolate reaches nobody: as a source it adds nothing.
    if (starts[source + 1] === starts[source]) continue;
    distance[source] = 0;
    paths[source] = 1;
    queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const next = distance[v]! + 1;
      const pathsToV = paths[v]!;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        const d = distance[w]!;
        if (d === -1) {
          distance[w] = next;
          paths[w] = pathsToV;
          queue[tail++] = w;
          predecessors[starts[w]!] = v;
          predecessorCount[w] = 1;
        } else if (d === next) {
          paths[w] = paths[w]! + pathsToV;
          predecessors[starts[w]! + predecessorCount[w]!++] = v;
        }
      }
    }
    // Accumulate dependencies from the farthest nodes back.
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i]!;
      const share = (1 + dependency[w]!) / paths[w]!;
      for (let j = starts[w]!, end = j + predecessorCount[w]!; j < end; j++) {
        const v = predecessors[j]!;
        dependency[v] = dependency[v]! + paths[v]! * share;
      }
      centrality[w] = centrality[w]! + dependency[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      distance[v] = -1;
      dependency[v] = 0;
    }
  }
  // Every pair was counted from both of its ends.
  const scale = 1 / ((order - 1) * (order - 2));
  for (let v = 0; v < order; v++) centrality[v] = centrality[v]! * scale;
  return centrality;
}
