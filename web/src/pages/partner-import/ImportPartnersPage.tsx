import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PartnerExportLinks } from '../../components/PartnerExportLinks.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { ImportColumnsHelp } from './ImportColumnsHelp.tsx';
import { ImportPartnersForm } from './ImportPartnersForm.tsx';

/** Import partners and their representatives from a spreadsheet (coordinator), and export them (everyone). */
export function ImportPartnersPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('partnerImport.title')} – ${network.data.name}` : t('partnerImport.title'));
  return (
    <>
      <h1>{t('partnerImport.title')}</h1>
      <p className="lead">{t('partnerImport.intro')}</p>
      {network.isPending ? (
        <Loading />
      ) : network.isError ? (
        <ErrorNotice error={network.error} onRetry={() => void network.refetch()} />
      ) : network.data.myRole === 'coordinator' ? (
        <ImportPartnersForm networkId={networkId} />
      ) : (
        <p className="notice notice-info">{t('partnerImport.coordinatorOnly')}</p>
      )}
      <section aria-labelledby="partner-export-heading" className="panel">
        <h2 id="partner-export-heading">{t('partnerExport.heading')}</h2>
        <p>{t('partnerExport.intro')}</p>
        <PartnerExportLinks networkId={networkId} />
      </section>
      <ImportColumnsHelp />
    </>
  );
}
