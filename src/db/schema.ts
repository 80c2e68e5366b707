import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp column: written as a Date or ISO string, read as a Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

import type { Role } from '../domain/roles.ts';

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
  sector: string;
  created_at: CreatedAt;
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
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  mail_messages: MailMessagesTable;
  jobs: JobsTable;
}

export type Network = Selectable<NetworksTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
