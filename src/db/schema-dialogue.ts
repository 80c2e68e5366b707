import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from './column-types.ts';

// Dialogue and development (0007).
interface Owned {
  id: string;
  network_id: string;
  created_by: string;
  created_at: CreatedAt;
}
interface Versioned {
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export type DifferenceKind = 'values' | 'interests' | 'work_logic' | 'practice';
export interface DifferencesTable extends Owned, Versioned {
  topic: string;
  description: Generated<string>;
  kind: DifferenceKind;
  status: Generated<'named' | 'explored' | 'discussed' | 'resolved' | 'accepted'>;
  resolved_by_agreement_id: string | null;
  draft: Generated<boolean>;
  origin_round_id: string | null;
}
export interface DifferencePartnersTable {
  network_id: string;
  difference_id: string;
  partner_id: string;
  view: Generated<string>;
  view_updated_by: string | null;
  view_updated_at: Timestamp | null;
}
export interface DifferenceStatusChangesTable extends Owned {
  difference_id: string;
  from_status: string | null;
  to_status: string;
  note: Generated<string>;
}
export interface ValueDimensionsTable extends Owned {
  name: string;
  position: Generated<number>;
}
export interface ValueClaimsTable {
  network_id: string;
  value_dimension_id: string;
  partner_id: string;
  score: number;
  updated_by: string;
  updated_at: Generated<Date>;
}
export interface StoriesTable extends Owned, Versioned {
  title: string;
  what_happened: Generated<string>;
  what_made_it_work: Generated<string>;
  tags: ColumnType<string[], string | undefined, string>;
  draft: Generated<boolean>;
  origin_round_id: string | null;
}
export interface StoryPartnersTable {
  network_id: string;
  story_id: string;
  partner_id: string;
}
export interface StorySupportsTable {
  network_id: string;
  story_id: string;
  partner_id: string;
  supported_by: string;
  created_at: CreatedAt;
}
export interface VisionStatementsTable extends Owned {
  text: string;
  from_story_id: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface VisionSupportsTable {
  network_id: string;
  vision_statement_id: string;
  partner_id: string;
  supported_by: string;
  created_at: CreatedAt;
}
/** A session (overleg) of the network; the API says "sessions", the code "meetings". */
export interface MeetingsTable extends Owned, Versioned {
  title: string;
  held_on: string;
  minutes: Generated<string>;
  /** When the coordinator last published the minutes and decisions to the participants. */
  published_at: Timestamp | null;
  /** Start and end time of day, 'HH:MM' in Amsterdam; null for a session without a time (0014). */
  start_time: Generated<string | null>;
  end_time: Generated<string | null>;
  location: Generated<string>;
  online_link: Generated<string>;
  /** How long the session lasts, for the agenda's time boxes (0015). */
  duration_minutes: Generated<number | null>;
}
export type AttendanceStatus = 'present' | 'absent' | 'excused';
/** Whether a partner was at a session (0015). */
export interface MeetingAttendanceTable {
  network_id: string;
  meeting_id: string;
  partner_id: string;
  status: AttendanceStatus;
}
/** Who came to a session (0015). */
export interface MeetingAttendeesTable {
  network_id: string;
  meeting_id: string;
  user_id: string;
}
export interface MeetingParticipantsTable {
  network_id: string;
  meeting_id: string;
  user_id: string;
}
export interface MeetingAgendaItemsTable extends Owned {
  meeting_id: string;
  position: number;
  /** The generated agenda's section (agenda.sections.<section>); '' for a custom item. */
  section: Generated<string>;
  kind: string;
  title: string;
  /** The generated reason's code (agenda.reasons.<code>) with its params; '' for a custom item. */
  reason: Generated<string>;
  reason_params: ColumnType<Record<string, string | number>, string | undefined, string>;
  link: string | null;
  notes: Generated<string>;
  /** Minutes set aside for the item (0015). */
  time_box_minutes: Generated<number | null>;
}
export interface DecisionsTable extends Owned, Versioned {
  meeting_id: string | null;
  title: string;
  description: Generated<string>;
}
export type StepServesKind = 'story' | 'statement' | 'agreement' | 'decision' | 'difference' | 'goal';
export interface StepsTable extends Owned, Versioned {
  title: string;
  description: Generated<string>;
  status: Generated<'open' | 'claimed' | 'done' | 'dropped'>;
  due_on: string | null;
  claimed_by: string | null;
  claimed_at: Timestamp | null;
  finished_at: Timestamp | null;
  serves_kind: StepServesKind | null;
  serves_id: string | null;
}
export interface OffersTable extends Owned {
  partner_id: string;
  title: string;
  description: Generated<string>;
  active: Generated<boolean>;
  updated_at: Generated<Date>;
}
export interface RequestsTable extends Owned, Versioned {
  /** Null only on a draft from a round's open answer, until the coordinator names who asks (0011). */
  from_partner_id: string | null;
  to_partner_id: string | null;
  provider_partner_id: string | null;
  offer_id: string | null;
  title: string;
  description: Generated<string>;
  status: Generated<'open' | 'accepted' | 'declined' | 'fulfilled' | 'withdrawn'>;
  reason: string | null;
  draft: Generated<boolean>;
  origin_round_id: string | null;
  answered_at: Timestamp | null;
  fulfilled_at: Timestamp | null;
}
export interface GoalsTable extends Owned, Versioned {
  title: string;
  indicator: string;
  unit: Generated<string>;
  baseline: number | null;
  target: number;
  deadline: string;
  agreed_result: string;
}
export interface GoalPartnersTable {
  network_id: string;
  goal_id: string;
  partner_id: string;
  accepted_version: number | null;
  accepted_by: string | null;
  accepted_at: Timestamp | null;
}
export interface GoalProgressTable extends Owned {
  goal_id: string;
  measured_on: string;
  value: number;
  note: Generated<string>;
}
