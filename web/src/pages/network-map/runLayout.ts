import { computeLayout, forceAtlas2, layoutSettings, positionsOf, startGraph, type LayoutInput } from './forceLayout.ts';

/** Up to this many nodes the whole layout may run at once without a worker (a few milliseconds). */
const SMALL_GRAPH = 300;
/** Iterations per slice of work on the main thread, so no slice blocks it for long. */
const ITERATIONS_PER_SLICE = 2;

/** The layout in small slices between which the browser can paint and handle input (no worker). */
async function computeLayoutInSlices(input: LayoutInput, signal: AbortSignal): Promise<Float32Array> {
  const graph = startGraph(input);
  const settings = layoutSettings(graph);
  for (let done = 0; done < input.iterations && input.order > 1; done += ITERATIONS_PER_SLICE) {
    if (signal.aborted) throw new DOMException('Layout cancelled', 'AbortError');
    forceAtlas2.assign(graph, { iterations: Math.min(ITERATIONS_PER_SLICE, input.iterations - done), settings });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return positionsOf(graph, input.order);
}

/**
 * Lays the graph out off the main thread in a web worker (a file of our own origin, as the CSP
 * allows no blob: workers), or, without workers, at once for a small graph and in slices for a
 * large one.
 */
export function runLayout(input: LayoutInput, signal: AbortSignal): Promise<Float32Array> {
  if (typeof Worker === 'undefined') {
    return input.order <= SMALL_GRAPH ? Promise.resolve(computeLayout(input)) : computeLayoutInSlices(input, signal);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Layout cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<Float32Array>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'The layout worker failed'));
    };
    worker.postMessage(input, [input.edges.buffer]);
  });
}
