import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

import type { CreatedAt, Json, OptionalJson, Timestamp } from './column-types.ts';

import type { AgreementsTable, AgreementVersionsTable, AgreementPartiesTable, AgreementRatificationsTable, TasksTable, TaskAssignmentsTable, CapabilitiesTable, RequirementsTable, AvailabilitySlotsTable, AvailabilityExceptionsTable } from './schema-agreements.ts';
export type * from './schema-agreements.ts';
import type { RoundsTable, RoundInviteesTable, RoundResponsesTable, RoundResultsCacheTable, RoundOpenAnswersTable, RoundFrozenResultsTable } from './schema-rounds.ts';
export type * from './schema-rounds.ts';
import type { DifferencesTable, DifferencePartnersTable, DifferenceStatusChangesTable, ValueDimensionsTable, ValueClaimsTable, StoriesTable, StoryPartnersTable, StorySupportsTable, VisionStatementsTable, VisionSupportsTable, MeetingsTable, MeetingAttendanceTable, MeetingAttendeesTable, MeetingParticipantsTable, MeetingAgendaItemsTable, DecisionsTable, StepsTable, OffersTable, RequestsTable, GoalsTable, GoalPartnersTable, GoalProgressTable } from './schema-dialogue.ts';
export type * from './schema-dialogue.ts';
import type { SsoProvidersTable, SsoDomainsTable, SsoPartnerLinksTable, SsoPendingMembersTable, SsoFlowsTable, SsoLinkRequestsTable } from './schema-sso.ts';
export type * from './schema-sso.ts';
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
  language: Generated<Language>;
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
  /** A handover (0014): the representative whose role ends when this invitation is accepted. */
  replaces_user_id: Generated<string | null>;
  leaver_becomes: Generated<'member' | 'leaves' | null>;
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
/** A password reset is readable only by its recipient, even in the outbox. */
export type MailKind = 'general' | 'password_reset';
export interface MailMessagesTable {
  id: string;
  network_id: string | null;
  kind: Generated<MailKind>;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  /** The https address of the one-click unsubscribe (RFC 8058), for the List-Unsubscribe header. */
  list_unsubscribe: string | null;
  status: MailStatus;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  /** Files that go with the mail, e.g. a calendar file (0014). */
  attachments: OptionalJson<MailAttachment[]>;
}
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}
export type { Language } from '../domain/notification-preferences.ts';
import type { Language } from '../domain/notification-preferences.ts';
export interface UserSettingsTable {
  user_id: string;
  /** The language of the person's mail; null: the language of the network a mail is about. */
  language: Language | null;
  updated_at: Generated<Date>;
}
export interface NotificationPreferencesTable {
  user_id: string;
  topic: string;
  delivery: 'immediate' | 'daily' | 'weekly' | 'never';
  updated_at: Generated<Date>;
}
/** One event waiting to be mailed: in a bundle of immediate mails, or in a daily or weekly digest. */
export interface NotificationMailItemsTable {
  id: string;
  user_id: string;
  network_id: string;
  topic: string;
  kind: string;
  /** What the event is about (its web path): events about the same thing are bundled. */
  about: string;
  delivery: 'immediate' | 'daily' | 'weekly';
  language: Language;
  subject: string;
  lines: Json<string[]>;
  /** The label of the link to `url`. */
  action: string;
  url: string;
  created_at: Timestamp;
  mailed_at: Timestamp | null;
  mail_id: string | null;
  /** The calendar file of what the event is about, in the item's language (0020). */
  attachments: OptionalJson<MailAttachment[]>;
}
export interface NotificationDigestsTable {
  id: string;
  user_id: string;
  cadence: 'daily' | 'weekly';
  period: string;
  items: number;
  created_at: Timestamp;
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

/** A personal calendar feed (0014): a secret address; only the token's hash is stored. */
export interface CalendarFeedsTable {
  id: string;
  user_id: string;
  token_hash: string;
  language: Generated<'nl' | 'en'>;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
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
  user_settings: UserSettingsTable;
  notification_preferences: NotificationPreferencesTable;
  notification_mail_items: NotificationMailItemsTable;
  notification_digests: NotificationDigestsTable;
  calendar_feeds: CalendarFeedsTable;
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
  round_frozen_results: RoundFrozenResultsTable;
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
  meeting_attendance: MeetingAttendanceTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  decisions: DecisionsTable;
  steps: StepsTable;
  offers: OffersTable;
  requests: RequestsTable;
  goals: GoalsTable;
  goal_partners: GoalPartnersTable;
  goal_progress: GoalProgressTable;
  sso_providers: SsoProvidersTable;
  sso_domains: SsoDomainsTable;
  sso_partner_links: SsoPartnerLinksTable;
  sso_pending_members: SsoPendingMembersTable;
  sso_flows: SsoFlowsTable;
  sso_link_requests: SsoLinkRequestsTable;
}

export type Network = Selectable<NetworksTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
