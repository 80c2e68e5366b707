import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, type NetworkDetail } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { DecisionsWithoutConsequence } from './DecisionsWithoutConsequence.tsx';
import { MembersTable } from './MembersTable.tsx';
import { StageChecklist } from './StageChecklist.tsx';
import { OpenRoundsNotice } from '../../components/OpenRoundsNotice.tsx';

// The coordinator's invitation tools bring React Aria's select and dialog: loaded for the
// coordinator only, so the first load of everyone else's home carries less.
const InviteForm = lazy(async () => ({ default: (await import('./InviteForm.tsx')).InviteForm }));
const InvitationsTable = lazy(async () => ({ default: (await import('./InvitationsTable.tsx')).InvitationsTable }));

/** A network's home: what it is, my role, its people and, for the coordinator, invitations. */
export function NetworkHomePage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data?.name ?? t('network.title'));

  if (network.isPending) return <Loading />;
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
      <NetworkFacts network={network.data} />
      <OpenRoundsNotice networkId={networkId} />
      {network.data.partnerCount === 0 ? (
        <p className="notice notice-info">{coordinator ? t('network.emptyForCoordinator') : t('network.emptyForOthers')}</p>
      ) : null}
      {network.data.partnerCount > 0 ? <StageChecklist networkId={networkId} /> : null}
      <DecisionsWithoutConsequence networkId={networkId} />
      {coordinator ? (
        <p>
          <Link to={`/networks/${networkId}/audit`}>{t('network.auditLink')}</Link>
        </p>
      ) : null}
      <MembersTable networkId={networkId} />
      {coordinator ? (
        <Suspense fallback={<Loading />}>
          <InviteForm networkId={networkId} />
          <InvitationsTable networkId={networkId} />
        </Suspense>
      ) : null}
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
