import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// Stage 3, rounds (0006).
export type RoundStatus = 'draft' | 'open' | 'closed';
export type { DisclosureMode } from '../domain/disclosure.ts';
import type { DisclosureMode } from '../domain/disclosure.ts';
export interface RoundsTable {
  id: string;
  network_id: string;
  title: string;
  opens_at: Timestamp;
  closes_at: Timestamp;
  status: Generated<RoundStatus>;
  include_members: Generated<boolean>;
  /** DESIGN §5.3: who sees pair ratings (0011). */
  disclosure_mode: Generated<DisclosureMode>;
  /** The network's k when the round opened; null while it is a draft (0011). */
  anonymity_k: number | null;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  /** Closed on a low response (DESIGN §5.9), 0012. */
  low_response: Generated<boolean>;
  /** The coordinator counts the low-response round in trends, signals, the stage and the map. */
  low_response_included: Generated<boolean>;
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

/** A round's scored form, kept when its raw answers are removed (0018, issue 14); aggregates only. */
export interface RoundFrozenResultsTable {
  round_id: string;
  network_id: string;
  /** `RoundScores` as the results computed and cached them. */
  scores: Json<unknown>;
  computed_at: Timestamp;
  respondents: number;
  /** `responseProgress`: invited and responded in all and per partner. */
  progress: Json<unknown>;
  /** The reliability figures of the quality of the measurement. */
  quality: Json<unknown>;
  /** How many respondents wrote something under "what should be discussed" (the signal needs only whether any did). */
  to_discuss_written: number;
  /** Whether each spiral this round started or ended when it was frozen is uncertain, by series and rounds. */
  spiral_uncertainty: Json<unknown>;
  frozen_at: Timestamp;
  open_answers_removed_at: Timestamp | null;
  answers_removed_at: Timestamp | null;
}
