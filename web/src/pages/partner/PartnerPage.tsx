import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useToggleFocus } from '../../components/useToggleFocus.ts';
import { queries } from '../../queries.ts';
import { EditPartnerForm } from './EditPartnerForm.tsx';
import { PartnerFacts } from './PartnerFacts.tsx';
import { ProfileHistory } from './ProfileHistory.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { RemovePartnerButton } from './RemovePartnerButton.tsx';

/**
 * One partner organisation: its details, its profile (editable by its representatives and the
 * coordinator) and the profile's earlier versions.
 */
export function PartnerPage() {
  const { t } = useTranslation();
  const params = useParams();
  const networkId = params.networkId ?? '';
  const partnerId = params.partnerId ?? '';
  const network = useQuery(queries.network(networkId));
  const partner = useQuery(queries.partner(networkId, partnerId));
  const me = useQuery(queries.me());
  const { open: editing, setOpen: setEditing, openerRef: editButton, openedRef: formHeading } = useToggleFocus<HTMLButtonElement, HTMLHeadingElement>();
  useDocumentTitle(partner.data?.name ?? t('partner.title'));

  const back = (
    <p className="breadcrumb">
      <Link to={`/networks/${networkId}/partners`}>{t('partner.back')}</Link>
    </p>
  );
  if (partner.isPending) return <Loading />;
  if (partner.isError) {
    const missing = partner.error instanceof ApiError && (partner.error.status === 404 || partner.error.status === 400);
    return (
      <>
        {back}
        <h1>{t('partner.title')}</h1>
        {missing ? <ErrorNotice>{t('partner.notFound')}</ErrorNotice> : <ErrorNotice error={partner.error} onRetry={() => void partner.refetch()} />}
      </>
    );
  }
  const role = network.data?.myRole;
  const myPartnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const coordinator = role === 'coordinator';
  const mayEditProfile = coordinator || (role === 'representative' && myPartnerId === partnerId);
  return (
    <>
      {back}
      <h1>{partner.data.name}</h1>
      <PartnerFacts partner={partner.data} />
      {coordinator && editing ? (
        <EditPartnerForm networkId={networkId} partner={partner.data} headingRef={formHeading} onDone={() => setEditing(false)} />
      ) : coordinator ? (
        <div className="form-actions">
          <Button ref={editButton} className="button button-secondary" onPress={() => setEditing(true)}>
            {t('partner.edit')}
          </Button>
          <RemovePartnerButton networkId={networkId} partner={partner.data} />
        </div>
      ) : null}
      <ProfileSection networkId={networkId} partner={partner.data} mayEdit={mayEditProfile} />
      <p>
        <Link to={`/networks/${networkId}/compare?${new URLSearchParams(myPartnerId === partnerId ? { a: partnerId } : { b: partnerId, ...(myPartnerId ? { a: myPartnerId } : {}) }).toString()}`}>
          {t('partner.compare')}
        </Link>
      </p>
      <ProfileHistory networkId={networkId} partnerId={partnerId} />
    </>
  );
}
