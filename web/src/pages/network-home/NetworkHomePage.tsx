import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, type NetworkDetail } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { DecisionsWithoutConsequence } from './DecisionsWithoutConsequence.tsx';
import { AttentionList } from './AttentionList.tsx';
import { StageChecklist } from './StageChecklist.tsx';

/**
 * A network's home: first what asks for this person's attention now, then the stage the
 * collaboration has reached and what the network is doing. People and invitations have their own
 * page.
 */
export function NetworkHomePage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  // "What needs you" opens the page: it appears together with the rest, so what follows it does not
  // jump down when it arrives (App.tsx asks for both as the page opens).
  const attention = useQuery(queries.attention(networkId));
  useDocumentTitle(network.data?.name ?? t('network.title'));

  if (network.isPending || (attention.isPending && !network.isError)) return <Loading />;
  if (network.isError) {
    const missing = network.error instanceof ApiError && (network.error.status === 404 || network.error.status === 400);
    return (
      <>
        <h1>{t('network.title')}</h1>
        {missing ? <ErrorNotice>{t('network.notFound')}</ErrorNotice> : <ErrorNotice error={network.error} onRetry={() => void network.refetch()} />}
        <p>
          <Link to="/">{t('common.toMyNetworks')}</Link>
        </p>
      </>
    );
  }
  const coordinator = network.data.myRole === 'coordinator';
  return (
    <>
      <h1>{network.data.name}</h1>
      {network.data.description ? <p className="lead">{network.data.description}</p> : null}
      <AttentionList networkId={networkId} />
      <NetworkFacts network={network.data} />
      {network.data.partnerCount === 0 ? (
        <p className="notice notice-info">{coordinator ? t('network.emptyForCoordinator') : t('network.emptyForOthers')}</p>
      ) : null}
      {network.data.partnerCount > 0 ? <StageChecklist networkId={networkId} /> : null}
      <DecisionsWithoutConsequence networkId={networkId} />
      <p>
        <Link to={`/networks/${networkId}/people`}>{coordinator ? t('network.peopleLinkCoordinator') : t('network.peopleLink')}</Link>
        {coordinator ? (
          <>
            {' · '}
            <Link to={`/networks/${networkId}/audit`}>{t('network.auditLink')}</Link>
          </>
        ) : null}
      </p>
    </>
  );
}

function NetworkFacts({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts-inline">
      <div>
        <dt>{t('network.myRole')}</dt>
        <dd>{t(`roles.${network.myRole}`)}</dd>
      </div>
      <div>
        <dt>{t('network.memberCount')}</dt>
        <dd>{network.memberCount}</dd>
      </div>
      <div>
        <dt>{t('network.partnerCount')}</dt>
        <dd>{network.partnerCount}</dd>
      </div>
    </dl>
  );
}
