import { UndirectedGraph } from 'graphology';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type { MapData } from '../../api.ts';
import { LAYOUT_ITERATIONS } from './forceLayout.ts';
import { runLayout } from './runLayout.ts';
import { SECTOR_COLOURS, TIE_COLOUR } from './sectorColours.ts';

type CanvasState = 'layout' | 'ready' | 'no-webgl' | 'failed';

/** Whether this browser can draw with WebGL, which sigma.js needs. */
function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Resolves in a later task, after the browser has had a chance to paint and handle input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Node sizes by betweenness, or by degree when nobody lies between others. */
function nodeSizes(map: MapData): number[] {
  const maxBetweenness = Math.max(0, ...map.nodes.map((n) => n.betweenness));
  const maxDegree = Math.max(0, ...map.nodes.map((n) => n.degree));
  const small = map.nodes.length > 500 ? 2 : 5;
  const range = map.nodes.length > 500 ? 10 : 14;
  return map.nodes.map((n) => {
    if (maxBetweenness > 0) return small + range * Math.sqrt(n.betweenness / maxBetweenness);
    if (maxDegree > 0) return small + range * Math.sqrt(n.degree / maxDegree);
    return small + range / 2;
  });
}

/** Every tie of both kinds as pairs of node numbers, with the number of history entries behind it. */
function tieList(map: MapData) {
  const index = new Map(map.nodes.map((n, i) => [n.id, i]));
  const weights = new Map<string, number>();
  for (const tie of map.ties.history) weights.set(`${tie.a}|${tie.b}`, tie.weight);
  for (const tie of map.ties.working) if (!weights.has(`${tie.a}|${tie.b}`)) weights.set(`${tie.a}|${tie.b}`, 1);
  const edges = new Uint32Array(weights.size * 2);
  const edgeWeights: number[] = [];
  let j = 0;
  for (const [key, weight] of weights) {
    const [a, b] = key.split('|');
    edges[j++] = index.get(a!)!;
    edges[j++] = index.get(b!)!;
    edgeWeights.push(weight);
  }
  return { edges, edgeWeights };
}

/**
 * The network map drawn with sigma.js: partners coloured by sector and sized by centrality, ties of
 * shared history (and working ties) between them. The picture is an image with a name and a
 * description for screen readers; it takes no keyboard focus, and the table beside it holds the same data.
 */
export function MapCanvas({ map, describedBy }: { map: MapData; describedBy: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<CanvasState>(() => (webglAvailable() ? 'layout' : 'no-webgl'));

  useEffect(() => {
    if (state === 'no-webgl' || !container.current) return;
    const element = container.current;
    const abort = new AbortController();
    let renderer: Sigma | null = null;
    const { edges, edgeWeights } = tieList(map);
    const edgeCopy = edges.slice(); // the worker takes the buffer it is given
    const draw = async () => {
      const positions = await runLayout({ order: map.nodes.length, edges, iterations: LAYOUT_ITERATIONS }, abort.signal);
      if (abort.signal.aborted) return;
      const graph = new UndirectedGraph();
      const sizes = nodeSizes(map);
      map.nodes.forEach((node, i) => {
        graph.addNode(node.id, { x: positions[2 * i], y: positions[2 * i + 1], size: sizes[i], color: SECTOR_COLOURS[node.sector], label: node.name });
      });
      for (let k = 0; k < edgeWeights.length; k++) {
        const a = map.nodes[edgeCopy[2 * k]!]!.id;
        const b = map.nodes[edgeCopy[2 * k + 1]!]!.id;
        graph.mergeEdge(a, b, { size: Math.min(6, 0.5 + Math.log2(edgeWeights[k]!)), color: TIE_COLOUR });
      }
      // Let the browser breathe between building the graph and handing it to sigma: two shorter tasks, not one long one.
      await nextTask();
      if (abort.signal.aborted) return;
      renderer = new Sigma(graph, element, {
        labelRenderedSizeThreshold: map.nodes.length > 500 ? 10 : 4,
        labelFont: 'system-ui, sans-serif',
        stagePadding: 60,
        labelColor: { color: '#1c1c1c' },
        hideEdgesOnMove: map.ties.history.length > 5000,
        // Between leaving the page and the effect's clean-up, a frame may find the container detached.
        allowInvalidContainer: true,
      });
      setState('ready');
    };
    draw().catch((err: unknown) => {
      if (!abort.signal.aborted) {
        console.warn('The network map could not be drawn', err);
        setState('failed');
      }
    });
    return () => {
      abort.abort();
      renderer?.kill();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `state` only switches drawing off
  }, [map]);

  if (state === 'no-webgl' || state === 'failed') {
    return <p className="notice notice-info">{state === 'no-webgl' ? t('map.noWebgl') : t('map.drawFailed')}</p>;
  }
  return (
    <div className="map-canvas-frame" data-map-state={state}>
      <div
        ref={container}
        className="map-canvas"
        role="img"
        aria-label={t('map.canvasLabel', { partners: map.nodes.length, ties: map.ties.history.length + map.ties.working.length })}
        aria-describedby={describedBy}
      />
      {state === 'layout' ? (
        <p role="status" className="map-canvas-status">
          {t('map.layingOut')}
        </p>
      ) : null}
    </div>
  );
}
