import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { collaborationGraphMetrics, type CollaborationGraphMetrics, type CollaborationLevel } from '../src/domain/graph.ts';
import { median, type BenchResult } from './report.ts';

const IGRAPH_SCRIPT = fileURLToPath(new URL('./graph-igraph.py', import.meta.url));
/** Issue 10: at 2,000 partners ours may take at most 1.5 times igraph's C implementation. */
const RATIO_TARGET = 1.5;

/** A round's collaboration levels and, for igraph, the same graph as index lists. */
interface BenchGraph {
  partners: number;
  ties: number;
  partnerIds: string[];
  levels: CollaborationLevel[];
  /** The working ties as index pairs: one direction at level 2 or more. */
  tieIndexes: [number, number][];
  /** The directed edges as index pairs: level 1 or more. */
  directedIndexes: [number, number][];
}

/** What igraph answers for one run (bench/graph-igraph.py). */
interface IgraphRun {
  ms: number;
  betweenness: number[];
  degree: number[];
  density: number;
  components: number;
  isolates: number;
  centralization: number;
  reciprocity: number | null;
}

/** A small deterministic random number generator (LCG), so every run draws the same network. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `partners` partners with exactly `ties` working ties between random pairs: one direction at a
 * mean level of 2 to 5, the other direction absent or anywhere from 0 to 4; and `ties / 4` more
 * pairs rated 1 or 1.5 one way only, directed edges that make no tie.
 */
function roundGraph(partners: number, ties: number, seed: number): BenchGraph {
  const next = random(seed);
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join('');
  const partnerIds = Array.from({ length: partners }, () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`);
  const levels: CollaborationLevel[] = [];
  const tieIndexes: [number, number][] = [];
  const directedIndexes: [number, number][] = [];
  const seen = new Set<number>();
  const pair = () => {
    for (;;) {
      const a = Math.floor(next() * partners);
      const b = Math.floor(next() * partners);
      const key = Math.min(a, b) * partners + Math.max(a, b);
      if (a !== b && !seen.has(key)) {
        seen.add(key);
        return [a, b] as const;
      }
    }
  };
  const rate = (from: number, to: number, level: number) => {
    levels.push({ from: partnerIds[from]!, to: partnerIds[to]!, level });
    if (level >= 1) directedIndexes.push([from, to]);
  };
  for (let i = 0; i < ties; i++) {
    const [a, b] = pair();
    rate(a, b, 2 + Math.floor(next() * 7) / 2);
    if (next() < 0.7) rate(b, a, Math.floor(next() * 9) / 2);
    tieIndexes.push([a, b]);
  }
  for (let i = 0; i < ties / 4; i++) {
    const [a, b] = pair();
    rate(a, b, next() < 0.5 ? 1 : 1.5);
  }
  return { partners, ties, partnerIds, levels, tieIndexes, directedIndexes };
}


/** A Python with igraph: BENCH_PYTHON, else Debian's /usr/bin/python3, else python3 on the PATH. */
function igraphPython(): string | null {
  for (const candidate of [process.env.BENCH_PYTHON, '/usr/bin/python3', 'python3']) {
    if (candidate && spawnSync(candidate, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return null;
}

/** A Python process that measures one graph per request, so that its runs interleave with ours. */
async function igraphServer(python: string, graphsFile: string) {
  const child = spawn(python, [IGRAPH_SCRIPT, graphsFile, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const answer = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('bench/graph-igraph.py stopped');
    return JSON.parse(value as string);
  };
  const { ready } = (await answer()) as { ready: string };
  return {
    version: ready,
    run: (index: number): Promise<IgraphRun> => {
      child.stdin!.write(`${index}\n`);
      return answer();
    },
    close: async () => {
      child.stdin!.end();
      await exited;
    },
  };
}

/** Throws unless ours and igraph measured the same graph alike (to 1e-9). */
function assertAgree(graph: BenchGraph, ours: CollaborationGraphMetrics, theirs: IgraphRun) {
  const differ = (what: string, a: number | null, b: number | null) => {
    if (a === null || b === null ? a !== b : Math.abs(a - b) > 1e-9) throw new Error(`${graph.partners} partners: ${what} is ${a}, igraph says ${b}`);
  };
  ours.nodes.forEach((node, i) => {
    differ(`degree of node ${i}`, node.degree, theirs.degree[i]!);
    differ(`betweenness of node ${i}`, node.betweenness, theirs.betweenness[i]!);
  });
  differ('density', ours.density, theirs.density);
  differ('components', ours.components, theirs.components);
  differ('isolates', ours.isolates.length, theirs.isolates);
  differ('centralisation', ours.centralization, theirs.centralization);
  differ('reciprocity', ours.reciprocity, theirs.reciprocity);
}

/**
 * Issue 10's target: the graph measures of a round (DESIGN §5.4: working ties from the levels,
 * density, degree, betweenness, isolates, components, centralisation and reciprocity) at 300
 * partners / 1,200 ties and 2,000 partners / 8,400 ties, against igraph's C implementation on the
 * same graphs in the same run where python3-igraph is installed. Our runs and igraph's alternate,
 * so a change in the machine's load hits both alike; igraph is timed inside its Python process,
 * and separately as a whole process that starts Python, imports igraph and measures once.
 */
export async function benchGraph(): Promise<BenchResult[]> {
  const graphs = [roundGraph(300, 1_200, 11), roundGraph(2_000, 8_400, 12)];
  const repetitions = [41, 21];
  const python = igraphPython();
  if (!python) console.warn('No Python with igraph (Debian: apt-get install python3-igraph): only our own times are measured.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-graph-'));
  const graphsFile = path.join(dir, 'graphs.json');
  fs.writeFileSync(graphsFile, JSON.stringify({ graphs: graphs.map((g) => ({ order: g.partners, ties: g.tieIndexes, directed: g.directedIndexes })) }));
  const server = python ? await igraphServer(python, graphsFile) : null;
  const results: BenchResult[] = [];
  try {
    for (const [index, graph] of graphs.entries()) {
      const label = `${graph.partners.toLocaleString('en')} / ${graph.ties.toLocaleString('en')}`;
      const ours = () => {
        const started = performance.now();
        const metrics = collaborationGraphMetrics(graph.partnerIds, graph.levels);
        return { ms: performance.now() - started, metrics };
      };
      // Warm up both: the JIT compiles our loops, igraph's pages come into memory.
      const first = ours();
      if (server) assertAgree(graph, first.metrics, await server.run(index));
      for (let i = 0; i < 3; i++) {
        ours();
        await server?.run(index);
      }
      const ourTimes: number[] = [];
      const igraphTimes: number[] = [];
      for (let i = 0; i < repetitions[index]!; i++) {
        ourTimes.push(ours().ms);
        if (server) igraphTimes.push((await server.run(index)).ms);
      }
      const oursMs = median(ourTimes);
      results.push({ name: `${label}: ours (median of ${ourTimes.length})`, value: oursMs, unit: 'ms' });
      if (!server) continue;
      const igraphMs = median(igraphTimes);
      const withStartUp = median(
        Array.from({ length: 3 }, () => {
          const started = performance.now();
          const run = spawnSync(python!, [IGRAPH_SCRIPT, graphsFile, 'once', String(index)], { encoding: 'utf8' });
          if (run.status !== 0) throw new Error(`bench/graph-igraph.py failed: ${run.stderr}`);
          return performance.now() - started;
        }),
      );
      results.push(
        { name: `${label}: igraph ${server.version}, in Python (median of ${igraphTimes.length})`, value: igraphMs, unit: 'ms' },
        { name: `${label}: ours ÷ igraph`, value: oursMs / igraphMs, unit: '×', ...(graph.partners === 2_000 ? { target: RATIO_TARGET } : {}) },
        { name: `${label}: igraph with Python start-up (median of 3)`, value: withStartUp, unit: 'ms' },
        { name: `${label}: ours ÷ igraph with Python start-up`, value: oursMs / withStartUp, unit: '×' },
      );
    }
  } finally {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
