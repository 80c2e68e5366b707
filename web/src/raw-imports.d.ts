/** Vite's `?raw` imports: the file's text (docs/measurement.md on the measurement page). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
