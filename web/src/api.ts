import createClient from 'openapi-fetch';
import type { components, paths } from './api.gen.ts';

type Schemas = components['schemas'];
export type Role = Schemas['Network']['myRole'];
export type Network = Schemas['Network'];
export type NetworkDetail = Schemas['NetworkDetail'];
export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
export type Handover = Schemas['Handover'];
export type InvitationStatus = Invitation['status'];
export type InvitationForInvitee = Schemas['InvitationForInvitee'];
export type AuditEvent = Schemas['AuditEvent'];
export type OutboxMail = Schemas['OutboxMail'];
export type Me = Schemas['Me'];
export type Partner = Schemas['Partner'];
export type PartnerRef = Schemas['PartnerRef'];
export type Sector = Partner['sector'];
export type Profile = Schemas['Profile'];
export type ProfileMatches = Schemas['ProfileMatches'];
export type ProfileComparison = Schemas['ProfileComparison'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type HistoryOutcome = HistoryEntry['outcome'];
export type HistoryConfirmation = Schemas['HistoryConfirmation'];
export type StageAssessment = Schemas['StageAssessment'];
export type AttentionItem = Schemas['AttentionItem'];
export type HistoryMatrix = Schemas['HistoryMatrix'];
export type NetworkMap = Schemas['NetworkMap'];
export type RoundMap = Schemas['RoundMap'];
/** What the map's picture, table and measures draw: the history map or one fed by a round. */
export type MapData = Pick<NetworkMap, 'nodes' | 'ties' | 'metrics'>;
export type Task = Schemas['Task'];
export type RaciLetter = Task['assignments'][number]['letter'];
export type AppNotification = Schemas['Notification'];
export type SsoProvider = Schemas['SsoProvider'];
export type SsoLinks = Schemas['SsoLinks'];
export type SsoLink = SsoLinks['links'][number];
export type SsoRoleRule = Schemas['SsoRoleRule'];

// The server's own lists (pure modules without I/O), so the UI offers exactly what the API accepts.
export { ROLES } from '../../src/domain/roles.ts';
export { SECTORS } from '../../src/domain/sectors.ts';
// Who may hand over whose role: the server's own rule, so the page offers the action exactly where the API allows it.
export { mayHandOverRole } from '../../src/domain/permissions.ts';

/** The fields of a partner profile (DESIGN §3), in the order the UI shows them. */
export const PROFILE_FIELDS = ['drivers', 'interests', 'values', 'workLogic', 'offer', 'need', 'competences', 'constituency', 'constituencyRisks'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The typed client of our own API (`/api/…`); the session cookie rides along. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

// The server's CSRF guard answers 415 to a write without a JSON content type, even a DELETE
// without a body (Node cannot tell "no body" from "empty body" when the browser sends no length).
api.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.headers.has('content-type')) {
      request.headers.set('content-type', 'application/json');
    }
    return request;
  },
});

/** One problem with one input field, as the API lists them in `details`. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

/**
 * A failed API call, with the error body of DESIGN §7 (`{ error: { code, message, details } }`).
 * `status` 0 and code `network` mean the server could not be reached.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The field issues in `details` (zod issues with a `path`), if any. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue => typeof d === 'object' && d !== null && Array.isArray((d as FieldIssue).path) && typeof (d as FieldIssue).message === 'string',
    );
  }
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  429: 'rate_limited',
};

/**
 * Turns an error answer into an ApiError: our own routes answer with DESIGN §7's body, better-auth
 * (`/api/auth/*`) with `{ code, message }`, and a rate limit may come with no body at all.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const fallbackCode = CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'unknown');
  if (typeof body === 'object' && body !== null) {
    const nested = (body as { error?: unknown }).error;
    if (typeof nested === 'object' && nested !== null) {
      const e = nested as { code?: unknown; message?: unknown; details?: unknown };
      return new ApiError(status, typeof e.code === 'string' ? e.code : fallbackCode, String(e.message ?? ''), e.details);
    }
    const flat = body as { code?: unknown; message?: unknown };
    // better-auth's own codes (INVALID_EMAIL_OR_PASSWORD, …) are kept in `details` for the pages that need them.
    return new ApiError(status, status === 429 ? 'rate_limited' : fallbackCode, String(flat.message ?? ''), typeof flat.code === 'string' ? flat.code : undefined);
  }
  return new ApiError(status, fallbackCode, typeof body === 'string' ? body : '');
}

function unreachable(err: unknown): ApiError {
  return new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
}

/**
 * The data of an openapi-fetch call, or a thrown ApiError.
 *
 * @example const me = await unwrap(api.GET('/api/me'));
 */
export async function unwrap<D>(request: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let result: { data?: D; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (err) {
    throw unreachable(err);
  }
  if (result.response.ok && result.data !== undefined) return result.data;
  // A 204 has no body, and openapi-fetch gives no data for it: the route's type says so (never).
  if (result.response.status === 204) return undefined as D;
  throw toApiError(result.response.status, result.error);
}

/**
 * POSTs JSON to one of better-auth's routes under /api/auth (they are not in our OpenAPI
 * document) and returns the parsed answer, or throws an ApiError.
 */
async function postToAuth<T>(route: string, body: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/auth${route}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw unreachable(err);
  }
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  if (!res.ok) throw toApiError(res.status, parsed);
  return parsed as T;
}

/** Signs in with e-mail and password; the answer sets the session cookie. */
export function signIn(email: string, password: string) {
  return postToAuth<unknown>('/sign-in/email', { email, password });
}

/** Ends the session. */
export function signOut() {
  return postToAuth<unknown>('/sign-out', {});
}

/** Asks for a password-reset mail; the link in it leads back to `/reset-password?token=…`. */
export function requestPasswordReset(email: string) {
  return postToAuth<unknown>('/request-password-reset', { email, redirectTo: '/reset-password' });
}

/** Sets a new password with the token from the reset link. */
export function resetPassword(token: string, newPassword: string) {
  return postToAuth<unknown>('/reset-password', { token, newPassword });
}
