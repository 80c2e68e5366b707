import { useTranslation } from 'react-i18next';
import { SECTORS } from '../../api.ts';

const COLUMNS = ['name', 'sector', 'kvk', 'agb', 'ura', 'website', 'description', 'representativeEmail'] as const;

/** What a partner file holds: its columns (Dutch or English headers) and the sectors it may name. */
export function ImportColumnsHelp() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-columns-heading" className="panel">
      <h2 id="import-columns-heading">{t('partnerImport.columnsHeading')}</h2>
      <p>{t('partnerImport.columnsIntro')}</p>
      <dl className="column-list">
        {COLUMNS.map((column) => (
          <div key={column}>
            <dt>
              <code>{t(`partnerImport.headers.${column}`)}</code>
            </dt>
            <dd>{t(`partnerImport.columns.${column}`)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('partnerImport.sectorsHeading')}</h3>
      <p>{SECTORS.map((sector) => t(`sectors.${sector}`)).join(' · ')}</p>
    </section>
  );
}
