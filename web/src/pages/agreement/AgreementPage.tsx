import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StepsFor } from '../../components/StepsFor.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { AgreementFacts } from './AgreementFacts.tsx';
import { agreementQueries } from './agreementQueries.ts';
import { AgreementText } from './AgreementText.tsx';
import { CoordinatorActions } from './CoordinatorActions.tsx';
import { DecideForm } from './DecideForm.tsx';
import { DiffView } from './DiffView.tsx';
import { Ratifications } from './Ratifications.tsx';
import { VersionEditor } from './VersionEditor.tsx';
import { VersionHistory } from './VersionHistory.tsx';

/**
 * One agreement: its facts, the text (the version in force first), where ratification stands
 * with every objection and its reason, the versions and the differences between them, and what
 * changes tomorrow (its steps). The coordinator proposes and ends; a representative of a party
 * consents or objects for their partner; both write new versions.
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { networkId = '', agreementId = '' } = useParams();
  const network = useQuery(queries.network(networkId));
  const me = useQuery(queries.me());
  const agreement = useQuery(agreementQueries.detail(networkId, agreementId));
  const versions = useQuery(agreementQueries.versions(networkId, agreementId));
  const [chosen, setChosen] = useState<number | null>(null);
  const [decidedOn, setDecidedOn] = useState<number | null>(null);
  useDocumentTitle(agreement.data ? `${agreement.data.title} – ${t('agreements.heading')}` : t('agreements.heading'));

  const back = (
    <p>
      <Link to={`/networks/${networkId}/agreements`}>{t('agreement.back')}</Link>
    </p>
  );
  if (agreement.isPending) {
    return (
      <>
        <Loading />
      </>
    );
  }
  if (agreement.isError) {
    return (
      <>
        <h1>{t('agreements.heading')}</h1>
        <ErrorNotice error={agreement.error} />
        {back}
      </>
    );
  }
  const a = agreement.data;
  const role = network.data?.myRole;
  const myPartnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const myParty = role === 'representative' ? a.parties.find((p) => p.id === myPartnerId) : undefined;
  const canWrite = a.status !== 'ended' && (role === 'coordinator' || myParty !== undefined);
  const shown = chosen ?? a.versionInForce ?? a.proposedVersion ?? a.currentVersion;
  const decideOn = a.proposedVersion ?? decidedOn;
  const versionNumbers = versions.data?.items.map((v) => v.version) ?? [];

  return (
    <>
      {back}
      <h1>{a.title}</h1>
      <AgreementFacts networkId={networkId} agreement={a} />
      <AgreementText networkId={networkId} agreement={a} version={shown} />
      <Ratifications networkId={networkId} agreement={a} />
      {myParty && decideOn !== null && a.status !== 'ended' ? (
        <DecideForm key={decideOn} networkId={networkId} agreement={a} version={decideOn} partnerName={myParty.name} onDecided={setDecidedOn} />
      ) : null}
      {role === 'coordinator' && a.status !== 'ended' ? <CoordinatorActions networkId={networkId} agreement={a} /> : null}
      {canWrite ? <VersionEditor networkId={networkId} agreement={a} /> : null}
      {versions.isPending ? <Loading /> : versions.isError ? <ErrorNotice error={versions.error} onRetry={() => void versions.refetch()} /> : null}
      {versions.data ? (
        <>
          <VersionHistory agreement={a} versions={versions.data.items} shown={shown} onShow={setChosen} />
          <DiffView key={versionNumbers[0]} networkId={networkId} agreementId={a.id} versions={versionNumbers} />
        </>
      ) : null}
      <StepsFor networkId={networkId} servesKind="agreement" servesId={a.id} />
    </>
  );
}
