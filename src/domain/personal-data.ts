/**
 * Where the product holds data about a person (AVG/GDPR articles 15 and 20): every column that
 * refers to an account, and what "Mijn gegevens" does with the rows it finds there. A test compares
 * this list with the database's foreign keys to `users`, so a new table that refers to a person
 * cannot be left out unnoticed.
 */

export type PersonalDataRule =
  /** The rows go into the export, as JSON and CSV, without their secret columns. */
  | { kind: 'export'; file: string }
  /** The rows stay out of the export, for the reason given (shown in the export's read-me). */
  | { kind: 'withheld'; reason: 'round_answers' | 'secret' };

/** Every `table.column` that refers to `users.id`, with its rule. */
export const PERSON_REFERENCES = {
  'sessions.user_id': { kind: 'export', file: 'sessies' },
  'accounts.user_id': { kind: 'export', file: 'inlogmethoden' },
  'instance_admins.user_id': { kind: 'export', file: 'beheerder' },
  'networks.created_by': { kind: 'export', file: 'samenwerkingsverbanden-aangemaakt' },
  'network_members.user_id': { kind: 'export', file: 'lidmaatschappen' },
  'invitations.invited_by': { kind: 'export', file: 'uitnodigingen-verstuurd' },
  'invitations.accepted_by': { kind: 'export', file: 'uitnodigingen-aangenomen' },
  'audit_events.actor_id': { kind: 'export', file: 'logboek' },
  'partner_profile_versions.author_id': { kind: 'export', file: 'profielteksten' },
  'history_entries.created_by': { kind: 'export', file: 'geschiedenis' },
  'history_confirmations.confirmed_by': { kind: 'export', file: 'geschiedenis-bevestigd' },
  'notifications.user_id': { kind: 'export', file: 'meldingen' },
  'agreements.created_by': { kind: 'export', file: 'afspraken-aangemaakt' },
  'agreements.ended_by': { kind: 'export', file: 'afspraken-beeindigd' },
  'agreement_versions.author_id': { kind: 'export', file: 'afspraakversies' },
  'agreement_ratifications.decided_by': { kind: 'export', file: 'instemmingen' },
  'tasks.created_by': { kind: 'export', file: 'taken' },
  'availability_exceptions.created_by': { kind: 'export', file: 'beschikbaarheid-uitzonderingen' },
  'rounds.created_by': { kind: 'export', file: 'reflectierondes-gepland' },
  'round_invitees.user_id': { kind: 'export', file: 'reflectierondes-uitgenodigd' },
  'round_responses.respondent_id': { kind: 'withheld', reason: 'round_answers' },
  'differences.created_by': { kind: 'export', file: 'verschillen' },
  'difference_partners.view_updated_by': { kind: 'export', file: 'verschillen-standpunten' },
  'difference_status_changes.created_by': { kind: 'export', file: 'verschillen-statuswijzigingen' },
  'value_dimensions.created_by': { kind: 'export', file: 'waardenkaart-dimensies' },
  'value_claims.updated_by': { kind: 'export', file: 'waardenkaart-bijdragen' },
  'stories.created_by': { kind: 'export', file: 'verhalen' },
  'story_supports.supported_by': { kind: 'export', file: 'verhalen-gesteund' },
  'vision_statements.created_by': { kind: 'export', file: 'visie' },
  'vision_supports.supported_by': { kind: 'export', file: 'visie-gesteund' },
  'meetings.created_by': { kind: 'export', file: 'overleggen' },
  'meeting_participants.user_id': { kind: 'export', file: 'overleggen-deelname' },
  'meeting_agenda_items.created_by': { kind: 'export', file: 'agendapunten' },
  'decisions.created_by': { kind: 'export', file: 'besluiten' },
  'steps.created_by': { kind: 'export', file: 'stappen-aangemaakt' },
  'steps.claimed_by': { kind: 'export', file: 'stappen-opgepakt' },
  'offers.created_by': { kind: 'export', file: 'aanbod' },
  'requests.created_by': { kind: 'export', file: 'verzoeken' },
  'goals.created_by': { kind: 'export', file: 'doelen' },
  'goal_partners.accepted_by': { kind: 'export', file: 'doelen-aanvaard' },
  'goal_progress.created_by': { kind: 'export', file: 'doelen-voortgang' },
  'sso_pending_members.user_id': { kind: 'export', file: 'sso-aanmeldingen' },
  'sso_link_requests.user_id': { kind: 'withheld', reason: 'secret' },
  'meeting_attendees.user_id': { kind: 'export', file: 'overleggen-aanwezig' },
  'invitations.replaces_user_id': { kind: 'export', file: 'rol-overgedragen' },
  'calendar_feeds.user_id': { kind: 'export', file: 'agenda-abonnement' },
  'user_settings.user_id': { kind: 'export', file: 'instellingen' },
  'notification_preferences.user_id': { kind: 'export', file: 'meldingsvoorkeuren' },
  'notification_mail_items.user_id': { kind: 'export', file: 'meldingen-per-e-mail' },
  'notification_digests.user_id': { kind: 'export', file: 'e-mailoverzichten' },
} as const satisfies Record<string, PersonalDataRule>;

export type PersonReference = keyof typeof PERSON_REFERENCES;

/**
 * Columns never written into an export, whatever table they are in: passwords, session and
 * provider tokens, hashes of secret links, and mail bodies (which can hold a password-reset link).
 */
export const SECRET_COLUMNS: ReadonlySet<string> = new Set(['password', 'token', 'token_hash', 'access_token', 'refresh_token', 'id_token', 'body_text']);

/** A row without its secret columns, with dates as ISO text. */
export function exportableRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_COLUMNS.has(key)).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}

/** A cell of the CSV copy: text as it is, objects as JSON, nothing for null. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What the read-me of an export says about each withheld kind of record, in Dutch and English. */
const WITHHELD_TEXT = {
  round_answers:
    'Uw antwoorden op reflectierondes zitten er niet in. Niemand ziet ze afzonderlijk, ook u niet: ze tellen alleen mee in de uitkomsten van een ronde, zoals u bij het invullen is verteld.\n' +
    'Your answers to reflection rounds are not included. Nobody sees them one by one, you included: they only count in the results of a round, as you were told when answering.',
  secret:
    'Wachtwoorden (alleen als onomkeerbare hash bewaard), sessie- en inlogtokens en de tekst van e-mails (die een link om een wachtwoord te herstellen kan bevatten) zitten er niet in.\n' +
    'Passwords (stored only as an irreversible hash), session and sign-in tokens and the text of e-mails (which can hold a password-reset link) are not included.',
} as const;

/** The read-me at the top of an export: whose data, when, which files, and what is left out and why. */
export function exportReadme({ name, email, generatedAt, files }: { name: string; email: string; generatedAt: Date; files: { file: string; rows: number }[] }): string {
  const lines = [
    `Mijn gegevens in Ketenregie / My data in Ketenregie`,
    ``,
    `Van / Of: ${name} <${email}>`,
    `Gemaakt op / Made at: ${generatedAt.toISOString()}`,
    ``,
    `Elk bestand staat er twee keer in: als JSON en als CSV (puntkomma, UTF-8). / Every file comes twice: as JSON and as CSV (semicolon, UTF-8).`,
    ``,
    `account.json: uw account, uw rollen per samenwerkingsverband / your account, your roles per network`,
    ...files.map((f) => `${f.file}.json, ${f.file}.csv: ${f.rows}`),
    ``,
    `Niet in deze export / Not in this export:`,
    WITHHELD_TEXT.round_answers,
    WITHHELD_TEXT.secret,
    ``,
  ];
  return lines.join('\n');
}
