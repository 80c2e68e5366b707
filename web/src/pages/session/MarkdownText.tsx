import Markdown from 'react-markdown';

/**
 * Markdown written by people of the network (minutes, notes, decisions), rendered safely: no raw
 * HTML. Headings inside start at level 4 so they stay under the page's own h1–h3.
 */
export function MarkdownText({ children }: { children: string }) {
  return (
    <div className="markdown">
      <Markdown
        components={{
          h1: 'h4',
          h2: 'h4',
          h3: 'h5',
          h4: 'h5',
        }}
      >
        {children}
      </Markdown>
    </div>
  );
}
