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

/**
 * What the invitation link tells: everything while the invitation is open; for a used, withdrawn
 * or expired one possibly its status only (the API then no longer names the network or address).
 */
type SeenInvitation = Pick<InvitationForInvitee, 'status'> & Partial<Omit<InvitationForInvitee, 'status'>>;

/** An invitation with every fact, as the API gives it while it is open. */
function isComplete(invitation: SeenInvitation): invitation is InvitationForInvitee {
  return invitation.networkName !== undefined && invitation.email !== undefined;
}

/** The page behind the link in an invitation mail: what it is for, and how to accept it. */
export function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const invitation = useQuery(queries.invitation(token));
  const me = useQuery(queries.me());
  const seen: SeenInvitation | undefined = invitation.data;
  const networkName = seen?.networkName;
  useDocumentTitle(networkName ? t('invitation.heading', { network: networkName }) : t('invitation.title'));

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
  const data: SeenInvitation = invitation.data;
  return (
    <div className="narrow">
      <h1>{data.networkName ? t('invitation.heading', { network: data.networkName }) : t('invitation.title')}</h1>
      {isComplete(data) ? <InvitationFacts invitation={data} /> : null}
      <NextStep token={token} invitation={data} me={me.data ?? null} />
    </div>
  );
}

/** An accepted link is the way back in for many: signed out, it offers signing in. */
function Accepted({ invitation, me }: { invitation: SeenInvitation; me: Me | null }) {
  const { t } = useTranslation();
  if (!me) {
    return (
      <SuccessNotice>
        {t('invitation.accepted')} {t('invitation.acceptedSignIn')}{' '}
        <Link to={invitation.networkId ? `/login?next=${encodeURIComponent(`/networks/${invitation.networkId}`)}` : '/login'}>{t('invitation.signInLink')}</Link>
      </SuccessNotice>
    );
  }
  const mine = invitation.networkId !== undefined && me.roles.some((r) => r.networkId === invitation.networkId);
  return (
    <SuccessNotice>
      {t('invitation.accepted')} {mine ? <Link to={`/networks/${invitation.networkId}`}>{t('invitation.openNetwork')}</Link> : <Link to="/">{t('common.toMyNetworks')}</Link>}
    </SuccessNotice>
  );
}

function NextStep({ token, invitation, me }: { token: string; invitation: SeenInvitation; me: Me | null }) {
  const { t } = useTranslation();
  if (invitation.status === 'accepted') return <Accepted invitation={invitation} me={me} />;
  if (invitation.status === 'revoked') return <ErrorNotice>{t('invitation.revoked')}</ErrorNotice>;
  if (invitation.status === 'expired') return <ErrorNotice>{t('invitation.expired')}</ErrorNotice>;
  if (!isComplete(invitation)) return <ErrorNotice>{t('invitation.gone')}</ErrorNotice>;
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
