import type { Selectable } from 'kysely';
import type { InvitationsTable } from '../../db/schema.ts';
import { invitationStatus } from '../../domain/invitation.ts';

/** An invitation as the coordinator sees it (never with its token); a handover names the leaver when the row carries `leaver_name`. */
export function toInvitationView(row: Selectable<InvitationsTable> & { partner_name: string | null; leaver_name?: string | null }, now: Date) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    partner: row.partner_id ? { id: row.partner_id, name: row.partner_name ?? '' } : null,
    status: invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, now),
    expiresAt: row.expires_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    handover:
      row.replaces_user_id && row.leaver_becomes ? { leaverId: row.replaces_user_id, leaverName: row.leaver_name ?? null, leaverBecomes: row.leaver_becomes } : null,
  };
}
