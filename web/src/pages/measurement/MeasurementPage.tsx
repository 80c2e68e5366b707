import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import measurement from '../../../../docs/measurement.md?raw';

/** A table of the document in a region that scrolls on its own on a narrow screen. */
function DocTable({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <TableRegion labelledBy={id}>
      <table>
        <caption id={id} className="visually-hidden">
          {t('measurement.tableCaption')}
        </caption>
        {children}
      </table>
    </TableRegion>
  );
}

/**
 * docs/measurement.md as a page of the app (DESIGN §5.9): every item, its source, each formula
 * and the known limits, in the repository's own words (English, with the Dutch items). Wide
 * tables and formula boxes scroll inside their own region, so the page does not scroll sideways.
 */
export function MeasurementPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('measurement.title'));
  return (
    <div className="markdown measurement-doc">
      <p className="notice notice-info">{t('measurement.intro')}</p>
      <div lang="en">
        <Markdown remarkPlugins={[remarkGfm]} components={{ table: DocTable }}>
          {measurement}
        </Markdown>
      </div>
    </div>
  );
}
