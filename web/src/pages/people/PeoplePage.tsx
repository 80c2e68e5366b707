import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { MembersTable } from './MembersTable.tsx';

// The coordinator's invitation tools bring React Aria's select and dialog: loaded for the
// coordinator only, so everyone else's page carries less.
const InviteForm = lazy(async () => ({ default: (await import('./InviteForm.tsx')).InviteForm }));
const InvitationsTable = lazy(async () => ({ default: (await import('./InvitationsTable.tsx')).InvitationsTable }));
const HandoverSection = lazy(async () => ({ default: (await import('./HandoverSection.tsx')).HandoverSection }));

/**
 * The people of the network; for the coordinator first the invite form, then the invitations; for
 * the coordinator and a representative, handing over a representative's role.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(t('people.title'));
  if (network.isPending) return <Loading />;
  if (network.isError) {
    return (
      <>
        <h1>{t('people.title')}</h1>
        <ErrorNotice error={network.error} onRetry={() => void network.refetch()} />
      </>
    );
  }
  const managesInvitations = network.data.myRole === 'coordinator';
  // Who of the representatives may be handed over is decided in HandoverSection by the server's rule.
  const mayHandOver = managesInvitations || network.data.myRole === 'representative';
  return (
    <>
      <h1>{t('people.title')}</h1>
      {managesInvitations ? (
        <Suspense fallback={<Loading />}>
          <InviteForm networkId={networkId} />
        </Suspense>
      ) : null}
      <MembersTable networkId={networkId} />
      {mayHandOver ? (
        <Suspense fallback={<Loading />}>
          <HandoverSection networkId={networkId} myRole={network.data.myRole} />
        </Suspense>
      ) : null}
      {managesInvitations ? (
        <Suspense fallback={<Loading />}>
          <InvitationsTable networkId={networkId} />
        </Suspense>
      ) : null}
    </>
  );
}
