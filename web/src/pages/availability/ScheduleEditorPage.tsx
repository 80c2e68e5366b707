import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import type { Slot } from './availabilityQueries.ts';
import { CapabilityForm, DeleteCapabilityButton } from './CapabilityForms.tsx';
import { CapabilityPicker } from './CapabilityPicker.tsx';
import { useRequirementText } from './describeRequirement.ts';
import { ExceptionsPanel } from './ExceptionsPanel.tsx';
import { RequirementForm } from './RequirementForm.tsx';
import { SlotForm } from './SlotForm.tsx';
import { SlotTable } from './SlotTable.tsx';
import { useCapabilityChoice } from './useCapabilityChoice.ts';

/**
 * The schedule editor: slots and exceptions per capability (the coordinator for every partner, a
 * representative for their own), and for the coordinator the capabilities and their requirements.
 */
export function ScheduleEditorPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const me = useQuery(queries.me());
  useDocumentTitle(network.data ? `${t('availability.editHeading')} – ${network.data.name}` : t('availability.editHeading'));
  const { capabilities, capability, choose, isLoading, error } = useCapabilityChoice(networkId);
  const requirementText = useRequirementText();
  const [editing, setEditing] = useState<Slot | null>(null);
  const role = network.data?.myRole;
  const myPartnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const isCoordinator = role === 'coordinator';
  const canChange = (partnerId: string) => isCoordinator || (role === 'representative' && partnerId === myPartnerId);
  const mayEditSchedule = isCoordinator || (role === 'representative' && myPartnerId !== null);
  const ownPartner = isCoordinator ? null : myPartnerId;

  return (
    <>
      <h1>{t('availability.editHeading')}</h1>
      <p className="lead">{isCoordinator ? t('availability.editIntroCoordinator') : t('availability.editIntroRepresentative')}</p>
      <p>
        <Link to={`/networks/${networkId}/availability`}>{t('availability.backToWeek')}</Link>
      </p>
      {isLoading || network.isLoading ? <Loading /> : null}
      {error ? <ErrorNotice>{message(error)}</ErrorNotice> : null}
      {role && !mayEditSchedule ? <p>{t('availability.readOnly')}</p> : null}
      {capabilities && capabilities.length === 0 && !isCoordinator ? <p>{t('availability.noCapabilities')}</p> : null}
      {capabilities && capability ? (
        <>
          <CapabilityPicker
            capabilities={capabilities}
            value={capability.id}
            onChange={(id) => {
              setEditing(null);
              choose(id);
            }}
          />
          <p>
            <strong>{t('availability.requirement.label')}</strong> {requirementText(capability)}
          </p>
          <SlotTable networkId={networkId} capabilityId={capability.id} canChange={mayEditSchedule ? canChange : () => false} onEdit={setEditing} />
          {mayEditSchedule ? (
            <>
              <SlotForm
                key={`${capability.id}-${editing?.id ?? 'new'}`}
                networkId={networkId}
                capabilityId={capability.id}
                myPartnerId={ownPartner}
                editing={editing}
                onDone={() => setEditing(null)}
              />
              <ExceptionsPanel key={capability.id} networkId={networkId} capability={capability} myPartnerId={ownPartner} canChange={canChange} />
            </>
          ) : null}
          {isCoordinator ? (
            <>
              <RequirementForm key={`req-${capability.id}-${capability.requirement?.updatedAt ?? ''}`} networkId={networkId} capability={capability} />
              <CapabilityForm networkId={networkId} capability={capability} onSaved={choose} />
              <p>
                <DeleteCapabilityButton networkId={networkId} capability={capability} />
              </p>
            </>
          ) : null}
        </>
      ) : null}
      {isCoordinator ? <CapabilityForm networkId={networkId} capability={null} onSaved={choose} /> : null}
    </>
  );
}
