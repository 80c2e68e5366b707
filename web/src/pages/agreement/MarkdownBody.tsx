import Markdown from 'react-markdown';

/**
 * The text of an agreement in Markdown, rendered safely (react-markdown renders no raw HTML).
 * Its headings start at level 3, under the page's h1 and the section's h2.
 */
export function MarkdownBody({ children }: { children: string }) {
  return (
    <div className="markdown agreement-text">
      <Markdown components={{ h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5' }}>{children}</Markdown>
    </div>
  );
}
