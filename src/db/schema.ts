import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp column: written as a Date or ISO string, read as a Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

import type { Role } from '../domain/roles.ts';
import type { Sector } from '../domain/sectors.ts';

export { ROLES, type Role } from '../domain/roles.ts';

// better-auth's models, mapped to snake_case tables (see http/auth.ts).
export interface UsersTable {
  id: string;
  name: string;
  email: string;
  email_verified: boolean;
  image: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface SessionsTable {
  id: string;
  user_id: string;
  token: string;
  expires_at: Timestamp;
  ip_address: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface AccountsTable {
  id: string;
  user_id: string;
  account_id: string;
  provider_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: Timestamp | null;
  refresh_token_expires_at: Timestamp | null;
  scope: string | null;
  password: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface VerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface RateLimitsTable {
  id: string;
  key: string;
  count: number;
  last_request: number;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
}
export interface InstanceAdminsTable {
  user_id: string;
  created_at: CreatedAt;
}

export interface NetworksTable {
  id: string;
  name: string;
  description: string;
  anonymity_k: number;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: number;
  map_revision: Generated<number>;
}
export interface NetworkMembersTable {
  id: string;
  network_id: string;
  user_id: string;
  role: Role;
  partner_id: string | null;
  created_at: CreatedAt;
}
export interface PartnersTable {
  id: string;
  network_id: string;
  name: string;
  sector: Sector;
  kvk: string | null;
  agb: string | null;
  ura: string | null;
  website: string | null;
  description: Generated<string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface PartnerProfileVersionsTable {
  id: string;
  network_id: string;
  partner_id: string;
  version: number;
  drivers: string;
  interests: string;
  values: string;
  work_logic: string;
  offer: string;
  need: string;
  competences: string;
  constituency: string;
  constituency_risks: string;
  change_note: string;
  author_id: string;
  created_at: CreatedAt;
}
export type HistoryOutcome = 'positive' | 'mixed' | 'negative';
export interface HistoryEntriesTable {
  id: string;
  network_id: string;
  title: string;
  description: Generated<string>;
  /** A date column: read and written as 'YYYY-MM-DD' text (see db/database.ts). */
  started_on: string | null;
  ended_on: string | null;
  outcome: HistoryOutcome;
  note: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface HistoryEntryPartnersTable {
  network_id: string;
  entry_id: string;
  partner_id: string;
}
export interface HistoryConfirmationsTable {
  partner_id: string;
  network_id: string;
  confirmed_by: string;
  confirmed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface MapCacheTable {
  network_id: string;
  map_revision: number;
  payload: Json<unknown>;
  computed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface InvitationsTable {
  id: string;
  network_id: string;
  email: string;
  role: Role;
  partner_id: string | null;
  token_hash: string;
  invited_by: string;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  revoked_at: Timestamp | null;
  created_at: CreatedAt;
}
export interface AuditEventsTable {
  id: string;
  network_id: string | null;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  ip_address: string | null;
  details: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}
export type MailStatus = 'outbox' | 'queued' | 'sent' | 'failed';
export interface MailMessagesTable {
  id: string;
  network_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  status: MailStatus;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}
export type JobStatus = 'pending' | 'running' | 'done' | 'failed';
export interface JobsTable {
  id: string;
  network_id: string | null;
  kind: string;
  payload: Json<Record<string, unknown>>;
  dedupe_key: string | null;
  status: JobStatus;
  run_at: Timestamp;
  locked_until: Timestamp | null;
  locked_by: string | null;
  attempts: Generated<number>;
  max_attempts: number;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}

// In-app notifications (0004).
export interface NotificationsTable {
  id: string;
  network_id: string;
  user_id: string;
  kind: string;
  params: Json<Record<string, string | number | null>>;
  link: string;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

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

// Stage 3, rounds (0006).
export type RoundStatus = 'draft' | 'open' | 'closed';
export interface RoundsTable {
  id: string;
  network_id: string;
  title: string;
  opens_at: Timestamp;
  closes_at: Timestamp;
  status: Generated<RoundStatus>;
  include_members: Generated<boolean>;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface RoundInviteesTable {
  network_id: string;
  round_id: string;
  user_id: string;
  partner_id: string;
  invited_at: ColumnType<Date, Date | string | undefined, Date | string>;
  reminded_at: Timestamp | null;
}
export interface RoundResponsesTable {
  id: string;
  network_id: string;
  round_id: string;
  respondent_id: string;
  partner_id: string;
  /** The body of DESIGN §7.1; never returned by any API. */
  answers: Json<unknown>;
  submitted_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface RoundResultsCacheTable {
  round_id: string;
  network_id: string;
  fingerprint: string;
  payload: Json<unknown>;
  computed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface RoundOpenAnswersTable {
  id: string;
  network_id: string;
  round_id: string;
  response_id: string;
  field: 'wentWell' | 'toDiscuss' | 'askOfPartner';
  draft_kind: 'story' | 'difference' | 'request' | null;
  draft_id: string | null;
  drafted_at: Timestamp | null;
}

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
  from_partner_id: string;
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

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  verifications: VerificationsTable;
  rate_limits: RateLimitsTable;
  instance_settings: InstanceSettingsTable;
  instance_admins: InstanceAdminsTable;
  networks: NetworksTable;
  network_members: NetworkMembersTable;
  partners: PartnersTable;
  partner_profile_versions: PartnerProfileVersionsTable;
  history_entries: HistoryEntriesTable;
  history_entry_partners: HistoryEntryPartnersTable;
  history_confirmations: HistoryConfirmationsTable;
  map_cache: MapCacheTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  mail_messages: MailMessagesTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  agreements: AgreementsTable;
  agreement_versions: AgreementVersionsTable;
  agreement_parties: AgreementPartiesTable;
  agreement_ratifications: AgreementRatificationsTable;
  tasks: TasksTable;
  task_assignments: TaskAssignmentsTable;
  capabilities: CapabilitiesTable;
  requirements: RequirementsTable;
  availability_slots: AvailabilitySlotsTable;
  availability_exceptions: AvailabilityExceptionsTable;
  rounds: RoundsTable;
  round_invitees: RoundInviteesTable;
  round_responses: RoundResponsesTable;
  round_results_cache: RoundResultsCacheTable;
  round_open_answers: RoundOpenAnswersTable;
  differences: DifferencesTable;
  difference_partners: DifferencePartnersTable;
  difference_status_changes: DifferenceStatusChangesTable;
  value_dimensions: ValueDimensionsTable;
  value_claims: ValueClaimsTable;
  stories: StoriesTable;
  story_partners: StoryPartnersTable;
  story_supports: StorySupportsTable;
  vision_statements: VisionStatementsTable;
  vision_supports: VisionSupportsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  decisions: DecisionsTable;
  steps: StepsTable;
  offers: OffersTable;
  requests: RequestsTable;
  goals: GoalsTable;
  goal_partners: GoalPartnersTable;
  goal_progress: GoalProgressTable;
}

export type Network = Selectable<NetworksTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
