import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, type InvitationForInvitee, type Me } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { AcceptWithNewAccountForm } from './AcceptWithNewAccountForm.tsx';
import { InvitationFacts } from './InvitationFacts.tsx';
import { useAcceptInvitation } from './useAcceptInvitation.ts';

/** The page behind the link in an invitation mail: what it is for, and how to accept it. */
export function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const invitation = useQuery(queries.invitation(token));
  const me = useQuery(queries.me());
  const open = invitation.data?.status === 'pending' ? invitation.data : null;
  useDocumentTitle(open ? t('invitation.heading', { network: open.networkName }) : t('invitation.title'));

  if (invitation.isPending || me.isPending) return <Loading />;
  if (invitation.isError) {
    const unknown = invitation.error instanceof ApiError && (invitation.error.status === 404 || invitation.error.status === 400);
    return (
      <div className="narrow">
        <h1>{t('invitation.title')}</h1>
        {unknown ? <ErrorNotice>{t('invitation.notFound')}</ErrorNotice> : <ErrorNotice error={invitation.error} onRetry={() => void invitation.refetch()} />}
      </div>
    );
  }
  if (invitation.data.status !== 'pending') {
    return (
      <div className="narrow">
        <h1>{t('invitation.title')}</h1>
        <ClosedInvitation status={invitation.data.status} me={me.data ?? null} />
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('invitation.heading', { network: invitation.data.networkName })}</h1>
      <InvitationFacts invitation={invitation.data} />
      <NextStep token={token} invitation={invitation.data} me={me.data ?? null} />
    </div>
  );
}

/**
 * A used, withdrawn or expired link only tells its status (the API gives nothing more); after
 * acceptance the way in is signing in, or the list of one's networks when signed in already.
 */
function ClosedInvitation({ status, me }: { status: ClosedInvitationStatus; me: Me | null }) {
  const { t } = useTranslation();
  if (status === 'revoked') return <ErrorNotice>{t('invitation.revoked')}</ErrorNotice>;
  if (status === 'expired') return <ErrorNotice>{t('invitation.expired')}</ErrorNotice>;
  return (
    <SuccessNotice>
      {t('invitation.accepted')}{' '}
      {me ? <Link to="/">{t('common.toMyNetworks')}</Link> : <Link to="/login">{t('invitation.signInToContinue')}</Link>}
    </SuccessNotice>
  );
}

type ClosedInvitationStatus = 'accepted' | 'revoked' | 'expired';

function NextStep({ token, invitation, me }: { token: string; invitation: InvitationForInvitee; me: Me | null }) {
  const { t } = useTranslation();
  if (!me) {
    if (!invitation.accountExists) return <AcceptWithNewAccountForm token={token} email={invitation.email} />;
    return (
      <p className="notice notice-info">
        {t('invitation.signInFirst', { email: invitation.email })}{' '}
        <Link to={`/login?next=${encodeURIComponent(`/invitations/${token}`)}`}>{t('invitation.signInLink')}</Link>
      </p>
    );
  }
  if (me.user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return <ErrorNotice>{t('invitation.otherAccount', { email: invitation.email, current: me.user.email })}</ErrorNotice>;
  }
  return <AcceptAsMe token={token} />;
}

function AcceptAsMe({ token }: { token: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const accept = useAcceptInvitation(token);
  return (
    <div className="form-actions">
      {accept.error ? <ErrorNotice>{message(accept.error, { conflict: t('invitation.alreadyMember'), gone: t('invitation.gone') })}</ErrorNotice> : null}
      <Button className="button" isPending={accept.isPending} onPress={() => accept.mutate({})}>
        {t('invitation.accept')}
      </Button>
    </div>
  );
}
