import { useTranslation } from 'react-i18next';
import { diffBlocks, type DiffBlock, type DiffPart } from './diffBlocks.ts';

/** The diff as blocks: consecutive list items in one list, headings and paragraphs as paragraphs. */
export function RenderedDiff({ parts }: { parts: readonly DiffPart[] }) {
  const groups: DiffBlock[][] = [];
  for (const block of diffBlocks(parts)) {
    const last = groups[groups.length - 1];
    if (block.type === 'item' && last?.[0]?.type === 'item') last.push(block);
    else groups.push([block]);
  }
  return (
    <div className="diff-text">
      {groups.map((group, g) =>
        group[0]!.type === 'item' ? (
          <ul key={g}>
            {group.map((block, i) => (
              <li key={i}>
                <DiffWords parts={block.parts} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={g} className={group[0]!.type === 'heading' ? 'diff-heading' : undefined}>
            <DiffWords parts={group[0]!.parts} />
          </p>
        ),
      )}
    </div>
  );
}

/** Words in a block: added ones underlined and marked "+", removed ones struck through and "−". */
function DiffWords({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className="diff-added">
            <span className="visually-hidden">{t('agreement.diff.addedStart')}</span>
            {part.text}
            <span className="visually-hidden">{t('agreement.diff.addedEnd')}</span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className="diff-removed">
            <span className="visually-hidden">{t('agreement.diff.removedStart')}</span>
            {part.text}
            <span className="visually-hidden">{t('agreement.diff.removedEnd')}</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
