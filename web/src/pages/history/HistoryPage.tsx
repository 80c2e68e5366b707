import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { AddHistoryEntryForm } from './AddHistoryEntryForm.tsx';
import { ConfirmationsTable } from './ConfirmationsTable.tsx';
import { HistoryEntryList } from './HistoryEntryList.tsx';
import { HistoryMatrixTable } from './HistoryMatrixTable.tsx';

/**
 * Shared history: the earlier collaborations between partners, who already knows whom, and each
 * partner's confirmation that its overview is complete (a stage-1 criterion).
 */
export function HistoryPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const me = useQuery(queries.me());
  useDocumentTitle(network.data ? `${t('history.heading')} – ${network.data.name}` : t('history.heading'));
  const role = network.data?.myRole;
  const myPartnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const canWrite = role === 'coordinator' || (role === 'representative' && myPartnerId !== null);
  return (
    <>
      <h1>{t('history.heading')}</h1>
      <p className="lead">{t('history.intro')}</p>
      <HistoryEntryList networkId={networkId} role={role ?? null} myPartnerId={myPartnerId} />
      {canWrite ? <AddHistoryEntryForm networkId={networkId} myPartnerId={role === 'representative' ? myPartnerId : null} /> : null}
      <ConfirmationsTable networkId={networkId} role={role ?? null} myPartnerId={myPartnerId} />
      <HistoryMatrixTable networkId={networkId} />
    </>
  );
}
