import type { AttendanceStatus } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { attendanceOfPartner } from '../../domain/meeting.ts';

export interface AttendanceView {
  partners: { partnerId: string; name: string; status: AttendanceStatus | null; attendees: { id: string; name: string }[] }[];
  /** Everyone who came, by name; people without a partner (the coordinator) too. */
  attendees: { id: string; name: string; partnerId: string | null }[];
}

/** Every partner of the network with whether it was at the session and who came for it. */
export async function attendanceOf(q: Queryable, networkId: string, meetingId: string): Promise<AttendanceView> {
  const [partners, recorded, attendees] = await Promise.all([
    q.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).orderBy('name').orderBy('id').execute(),
    q.selectFrom('meeting_attendance').select(['partner_id', 'status']).where('network_id', '=', networkId).where('meeting_id', '=', meetingId).execute(),
    q
      .selectFrom('meeting_attendees as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .leftJoin('network_members as m', (join) => join.onRef('m.user_id', '=', 'a.user_id').onRef('m.network_id', '=', 'a.network_id'))
      .select(['u.id', 'u.name', 'm.partner_id'])
      .where('a.network_id', '=', networkId)
      .where('a.meeting_id', '=', meetingId)
      .orderBy('u.name')
      .orderBy('u.id')
      .execute(),
  ]);
  const statusOf = new Map(recorded.map((r) => [r.partner_id, r.status]));
  return {
    partners: partners.map((p) => {
      const came = attendees.filter((a) => a.partner_id === p.id).map((a) => ({ id: a.id, name: a.name }));
      return { partnerId: p.id, name: p.name, status: attendanceOfPartner(statusOf.get(p.id), came.length), attendees: came };
    }),
    attendees: attendees.map((a) => ({ id: a.id, name: a.name, partnerId: a.partner_id })),
  };
}
