import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Resolves after the browser has painted what it has (the header of index.html). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// The first paint does not wait for the app: the header of index.html shows as soon as the
// stylesheet is there, then the app's code (already downloading: index.html preloads it) is
// evaluated and renders (web/src/start.tsx).
void afterPaint()
  .then(() => import('./start.tsx'))
  .then(({ startApp }) => startApp(root));
