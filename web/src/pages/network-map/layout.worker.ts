// The network map's layout, computed in a web worker so the page stays responsive.
import { computeLayout, type LayoutInput } from './forceLayout.ts';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const positions = computeLayout(event.data);
  (self as unknown as Worker).postMessage(positions, [positions.buffer]);
};
