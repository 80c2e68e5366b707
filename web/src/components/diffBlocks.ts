/** One piece of a word diff, as the API gives it. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A block of the rendered diff: a heading, a list item or a paragraph, with its changed words. */
export interface DiffBlock {
  type: 'heading' | 'item' | 'paragraph';
  parts: DiffPart[];
}

const MARKER = /^(#{1,6}[ \t]+|[ \t]*[-*+][ \t]+|[ \t]*\d+[.)][ \t]+)/;

function lineText(parts: DiffPart[], version: 'before' | 'after'): string {
  return parts
    .filter((p) => p.kind === 'same' || p.kind === (version === 'after' ? 'added' : 'removed'))
    .map((p) => p.text)
    .join('');
}

/** Removes the first `count` characters of one version's text from the parts of a line. */
function dropPrefix(parts: DiffPart[], count: number, version: 'before' | 'after'): DiffPart[] {
  const belongs = (p: DiffPart) => p.kind === 'same' || p.kind === (version === 'after' ? 'added' : 'removed');
  let left = count;
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (left > 0 && belongs(part)) {
      const cut = Math.min(left, part.text.length);
      left -= cut;
      if (part.text.length > cut) out.push({ kind: part.kind, text: part.text.slice(cut) });
    } else {
      out.push(part);
    }
  }
  return out;
}

/** The markers of the other version that are left at the start of a line (a "#" that became "##"). */
function dropLeadingMarkers(parts: DiffPart[]): DiffPart[] {
  let i = 0;
  while (i < parts.length && parts[i]!.kind !== 'same' && /^\s*(#{1,6}|[-*+]|\d+[.)])?\s*$/.test(parts[i]!.text)) i++;
  return parts.slice(i);
}

/**
 * Turns a word diff of two Markdown texts into blocks to show: the heading and list markers
 * (`#`, `-`, `1.`) become the block's type instead of visible characters, and emphasis markers
 * (`**`) are dropped, so the reader sees the text as it reads, with the changed words marked.
 * Empty lines separate blocks and are not blocks themselves.
 *
 * @example diffBlocks([{ kind: 'same', text: '# Bereikbaarheid\n- Wij bellen binnen ' }, { kind: 'removed', text: '2' }, { kind: 'added', text: '1' }, { kind: 'same', text: ' uur' }])
 * // [{ type: 'heading', parts: [same 'Bereikbaarheid'] }, { type: 'item', parts: [same 'Wij bellen binnen ', removed '2', added '1', same ' uur'] }]
 */
export function diffBlocks(parts: readonly DiffPart[]): DiffBlock[] {
  const lines: DiffPart[][] = [[]];
  for (const part of parts) {
    const pieces = part.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]!.push({ kind: part.kind, text: piece });
    });
  }
  const blocks: DiffBlock[] = [];
  for (const line of lines) {
    const after = lineText(line, 'after');
    const version = after.trim() === '' ? 'before' : 'after';
    const text = version === 'after' ? after : lineText(line, 'before');
    if (text.trim() === '') continue;
    const marker = MARKER.exec(text)?.[0] ?? '';
    const type = marker.startsWith('#') ? 'heading' : marker ? 'item' : 'paragraph';
    const cleaned = dropLeadingMarkers(dropPrefix(line, marker.length, version))
      .map((p) => ({ kind: p.kind, text: p.text.replaceAll('**', '').replaceAll('__', '') }))
      .filter((p) => p.text !== '');
    if (cleaned.length > 0) blocks.push({ type, parts: cleaned });
  }
  return blocks;
}
