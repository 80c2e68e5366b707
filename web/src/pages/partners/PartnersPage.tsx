import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { PartnerExportLinks } from '../../components/PartnerExportLinks.tsx';
import { AddPartnerForm } from './AddPartnerForm.tsx';
import { PartnersTable } from './PartnersTable.tsx';

/** The partner organisations of a network; the coordinator adds new ones here. */
export function PartnersPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const partners = useQuery(queries.partners(networkId));
  useDocumentTitle(network.data ? `${t('partners.heading')} – ${network.data.name}` : t('partners.heading'));
  const coordinator = network.data?.myRole === 'coordinator';
  return (
    <>
      <h1>{t('partners.heading')}</h1>
      <p className="lead">{t('partners.intro')}</p>
      {partners.isPending ? (
        <Loading />
      ) : partners.isError ? (
        <ErrorNotice error={partners.error} onRetry={() => void partners.refetch()} />
      ) : partners.data.length === 0 ? (
        <p className="notice notice-info">{coordinator ? t('partners.emptyForCoordinator') : t('partners.empty')}</p>
      ) : (
        <>
          <PartnersTable networkId={networkId} partners={partners.data} />
          <PartnerExportLinks networkId={networkId} />
        </>
      )}
      {coordinator ? <AddPartnerForm networkId={networkId} /> : null}
    </>
  );
}
