import { sql, type Kysely } from 'kysely';

// Issue 12 item 4: a session has a length and its agenda items a time box (minutes), and the
// coordinator records attendance per partner (present, absent, excused) and who came.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meetings')
    .addColumn('duration_minutes', 'integer', (c) => c.check(sql`duration_minutes between 1 and 1440`))
    .execute();
  await db.schema
    .alterTable('meeting_agenda_items')
    .addColumn('time_box_minutes', 'integer', (c) => c.check(sql`time_box_minutes between 1 and 480`))
    .execute();
  await db.schema
    .createTable('meeting_attendance')
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('present', 'absent', 'excused')`))
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'partner_id'])
    .execute();
  await db.schema
    .createTable('meeting_attendees')
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'user_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
