/**
 * What the router shows while the first page's code and data arrive: the header exactly as
 * index.html paints it before the app has loaded. Without it the router renders nothing at first,
 * so the screen went blank between the first paint and the page (and react-router warned, at a
 * cost on a slow phone, that it had no fallback).
 */
export function StartupHeader() {
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <span className="product-name">Ketenregie</span>
      </div>
    </header>
  );
}
