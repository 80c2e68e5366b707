import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

/**
 * "Mijn gegevens": the signed-in person downloads everything the product keeps about them
 * (GET /api/me/export), with what is left out and why said before they download.
 */
export function MyDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myData.title'));
  return (
    <div className="narrow">
      <h1>{t('myData.title')}</h1>
      <p>{t('myData.intro')}</p>
      <p>{t('myData.contents')}</p>
      <p>{t('myData.withheld')}</p>
      <p>
        <a className="button" href="/api/me/export" download>
          {t('myData.download')}
        </a>
      </p>
    </div>
  );
}
