import { useTranslation } from 'react-i18next';
import type { InvitationForInvitee } from '../../api.ts';
import { useDateFormat } from '../../components/formatDate.ts';

/** What the invitation is for: network, role, partner, address, status and validity. */
export function InvitationFacts({ invitation }: { invitation: InvitationForInvitee }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <dl className="facts">
      <dt>{t('invitation.network')}</dt>
      <dd>{invitation.networkName}</dd>
      <dt>{t('invitation.role')}</dt>
      <dd>{t(`roles.${invitation.role}`)}</dd>
      {invitation.partnerName ? (
        <>
          <dt>{t('invitation.partner')}</dt>
          <dd>{invitation.partnerName}</dd>
        </>
      ) : null}
      <dt>{t('fields.email')}</dt>
      <dd>{invitation.email}</dd>
      <dt>{t('invitation.status')}</dt>
      <dd>{t(`invitationStatus.${invitation.status}`)}</dd>
      <dt>{t('invitation.validUntil')}</dt>
      <dd>{format.date(invitation.expiresAt)}</dd>
    </dl>
  );
}
