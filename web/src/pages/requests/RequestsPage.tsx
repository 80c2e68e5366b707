import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { NewRequestForm } from './NewRequestForm.tsx';
import { OffersSection } from './OffersSection.tsx';
import { ReciprocitySection } from './ReciprocitySection.tsx';
import { RequestList } from './RequestList.tsx';

/**
 * Requests and offers (DESIGN §5.8): what is asked of my partner, what we asked, what is asked of
 * the whole network; the partners' offers; and the reciprocity per partner.
 */
export function RequestsPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const me = useQuery(queries.me());
  useDocumentTitle(network.data ? `${t('requests.title')} – ${network.data.name}` : t('requests.title'));
  const role = network.data?.myRole;
  const partnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const common = { networkId, role, partnerId };
  return (
    <>
      <h1>{t('requests.title')}</h1>
      <p className="lead">{t('requests.intro')}</p>
      {partnerId ? (
        <>
          <RequestList {...common} id="requests-incoming" filter={{ direction: 'incoming' }} heading={t('requests.incoming')} empty={t('requests.emptyIncoming')} />
          <RequestList {...common} id="requests-outgoing" filter={{ direction: 'outgoing' }} heading={t('requests.outgoing')} empty={t('requests.emptyOutgoing')} />
        </>
      ) : null}
      <RequestList {...common} id="requests-network" filter={{ direction: 'network' }} heading={t('requests.network')} empty={t('requests.emptyNetwork')} />
      {!partnerId ? <RequestList {...common} id="requests-all" filter={{}} heading={t('requests.all')} empty={t('requests.emptyAll')} /> : null}
      {role === 'coordinator' ? <RequestList {...common} id="requests-drafts" filter={{ draft: 'true' }} heading={t('requests.drafts')} empty={t('requests.emptyDrafts')} /> : null}
      {role === 'representative' && partnerId ? <NewRequestForm networkId={networkId} myPartnerId={partnerId} /> : null}
      <OffersSection networkId={networkId} role={role} partnerId={partnerId} />
      <ReciprocitySection networkId={networkId} />
    </>
  );
}
