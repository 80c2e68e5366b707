import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from './column-types.ts';

// Stage 2, agreements (0005). Date columns are 'YYYY-MM-DD' text.
export type AgreementKind = 'ground_rules' | 'task_division' | 'information_sharing' | 'escalation' | 'reflection_rhythm' | 'availability' | 'other';
export interface AgreementsTable {
  id: string;
  network_id: string;
  created_at: CreatedAt;
  kind: AgreementKind;
  title: string;
  all_partners: Generated<boolean>;
  review_on: string | null;
  current_version: Generated<number>;
  proposed_version: number | null;
  version_in_force: number | null;
  in_force_since: Timestamp | null;
  review_reminded_on: string | null;
  ended_at: Timestamp | null;
  ended_by: string | null;
  end_reason: string | null;
  created_by: string;
  updated_at: Generated<Date>;
  /** The review date's calendar SEQUENCE: raised when the date moves or the agreement ends (0014). */
  review_sequence: Generated<number>;
}
export interface AgreementVersionsTable {
  id: string;
  network_id: string;
  created_at: CreatedAt;
  agreement_id: string;
  version: number;
  body: string;
  change_note: Generated<string>;
  author_id: string;
}
export interface AgreementPartiesTable {
  network_id: string;
  agreement_id: string;
  partner_id: string;
}
export interface AgreementRatificationsTable {
  id: string;
  network_id: string;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  agreement_id: string;
  version: number;
  partner_id: string;
  decision: 'consent' | 'objection';
  reason: string | null;
  decided_by: string;
}
export interface TasksTable {
  id: string;
  network_id: string;
  created_at: CreatedAt;
  title: string;
  description: Generated<string>;
  agreement_id: string | null;
  created_by: string;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface TaskAssignmentsTable {
  network_id: string;
  task_id: string;
  partner_id: string;
  letter: 'R' | 'A' | 'C' | 'I';
}
export interface CapabilitiesTable {
  id: string;
  network_id: string;
  created_at: CreatedAt;
  name: string;
  description: Generated<string>;
  escalation: Generated<string>;
  updated_at: Generated<Date>;
}
export interface RequirementsTable {
  id: string;
  network_id: string;
  created_at: CreatedAt;
  capability_id: string;
  /** Weekly windows ({ weekday, start, end }); null = around the clock. */
  windows: ColumnType<{ weekday: number; start: string; end: string }[] | null, string | null, string | null>;
  min_partners: number;
  updated_at: Generated<Date>;
}
export interface AvailabilitySlotsTable {
  id: string;
  network_id: string;
  created_at: CreatedAt;
  partner_id: string;
  capability_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
  valid_from: string | null;
  valid_until: string | null;
  priority: Generated<number>;
  contact: string;
  updated_at: Generated<Date>;
}
export interface AvailabilityExceptionsTable {
  id: string;
  network_id: string;
  created_at: CreatedAt;
  partner_id: string;
  capability_id: string | null;
  from_date: string;
  until_date: string;
  reason: Generated<string>;
  created_by: string;
}
