import type { AttendanceStatus } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { attendanceProblems } from '../../domain/meeting.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockMeeting } from './lock-meeting.ts';
import { attendanceOf } from './meeting-attendance.ts';

export interface AttendanceInput {
  partners: { partnerId: string; status: AttendanceStatus }[];
  attendeeIds: string[];
}

/**
 * Records who was at a session (coordinator): per partner present, absent or excused, and the
 * people who came. Replaces the earlier record; partners left out have no status. Returns the
 * attendance as the session shows it.
 */
export async function setAttendance({ db, clock }: AppDeps, { actor, membership, meetingId, attendance }: NetworkCaller & { meetingId: string; attendance: AttendanceInput }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await lockMeeting(tx, networkId, meetingId);
    const partnerIds = [...new Set(attendance.partners.map((p) => p.partnerId.toLowerCase()))];
    const attendeeIds = [...new Set(attendance.attendeeIds.map((id) => id.toLowerCase()))];
    const knownPartners = partnerIds.length === 0 ? [] : await tx.selectFrom('partners').select('id').where('network_id', '=', networkId).where('id', 'in', partnerIds).execute();
    const members =
      attendeeIds.length === 0 ? [] : await tx.selectFrom('network_members').select(['user_id', 'partner_id']).where('network_id', '=', networkId).where('user_id', 'in', attendeeIds).execute();
    const strangers = [
      ...attendance.partners.flatMap((p, index) => (knownPartners.some((k) => k.id === p.partnerId.toLowerCase()) ? [] : [{ path: ['partners', index, 'partnerId'], message: 'Not a partner of this network' }])),
      ...attendance.attendeeIds.flatMap((id, index) => (members.some((m) => m.user_id === id.toLowerCase()) ? [] : [{ path: ['attendeeIds', index], message: 'Not a person of this network' }])),
    ];
    const problems = [
      ...strangers,
      ...attendanceProblems(
        attendance.partners.map((p) => ({ partnerId: p.partnerId.toLowerCase(), status: p.status })),
        attendance.attendeeIds.map((id) => ({ userId: id, partnerId: members.find((m) => m.user_id === id.toLowerCase())?.partner_id ?? null })),
      ),
    ];
    if (problems.length > 0) throw invalid('The attendance does not add up', problems);
    await tx.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
    await tx.deleteFrom('meeting_attendees').where('meeting_id', '=', meetingId).execute();
    if (attendance.partners.length > 0) {
      await tx
        .insertInto('meeting_attendance')
        .values(attendance.partners.map((p) => ({ network_id: networkId, meeting_id: meetingId, partner_id: p.partnerId.toLowerCase(), status: p.status })))
        .execute();
    }
    if (attendeeIds.length > 0) {
      await tx.insertInto('meeting_attendees').values(attendeeIds.map((userId) => ({ network_id: networkId, meeting_id: meetingId, user_id: userId }))).execute();
    }
    await tx.updateTable('meetings').set({ updated_at: now }).where('id', '=', meetingId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'session.attendance',
      objectType: 'session',
      objectId: meetingId,
      details: { partners: attendance.partners.map((p) => ({ partnerId: p.partnerId.toLowerCase(), status: p.status })), attendees: attendeeIds.length },
    });
    return attendanceOf(tx, networkId, meetingId);
  });
}
