import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { CurrentUser } from '../../domain/membership.ts';
import { csvCell, exportableRow, exportReadme, PERSON_REFERENCES } from '../../domain/personal-data.ts';
import { notFound } from '../../errors.ts';

type Row = Record<string, unknown>;
/** The database seen as plain tables: the export walks tables by name. */
type AnyTables = Kysely<Record<string, Row>>;

const csv = (rows: Row[]) => {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return strToU8(stringify([columns, ...rows.map((r) => columns.map((c) => csvCell(r[c])))], { bom: true, delimiter: ';', record_delimiter: 'windows' }));
};

/**
 * Everything the product holds about the signed-in person, as a ZIP with a read-me and, per kind of
 * record, a JSON and a CSV file (AVG/GDPR articles 15 and 20). Secret columns and round answers
 * stay out (see domain/personal-data.ts). Only the person themself can ask for it.
 */
export async function exportMyData({ db, clock }: AppDeps, { user }: { user: CurrentUser }) {
  const now = clock.now();
  const account = await db.selectFrom('users').select(['id', 'name', 'email', 'email_verified', 'created_at', 'updated_at']).where('id', '=', user.id).executeTakeFirst();
  if (!account) throw notFound('Account not found');
  const roles = await db
    .selectFrom('network_members as m')
    .innerJoin('networks as n', 'n.id', 'm.network_id')
    .leftJoin('partners as p', 'p.id', 'm.partner_id')
    .select(['n.id as networkId', 'n.name as network', 'm.role', 'p.name as partner', 'm.created_at as since'])
    .where('m.user_id', '=', user.id)
    .orderBy('n.name')
    .execute();
  const tables = db as unknown as AnyTables;
  const files: Record<string, Uint8Array> = {};
  const listed: { file: string; rows: number }[] = [];
  const add = (file: string, rows: Row[]) => {
    const clean = rows.map(exportableRow);
    files[`${file}.json`] = strToU8(JSON.stringify(clean, null, 2));
    files[`${file}.csv`] = csv(clean);
    listed.push({ file, rows: clean.length });
  };
  for (const [reference, rule] of Object.entries(PERSON_REFERENCES)) {
    if (rule.kind !== 'export') continue;
    const [table, column] = reference.split('.') as [string, string];
    add(rule.file, await tables.selectFrom(table).selectAll().where(column, '=', user.id).execute());
  }
  // Mail is addressed to an e-mail address, not to an account: the mails sent to theirs.
  add('e-mails', await db.selectFrom('mail_messages').selectAll().where('to_address', '=', account.email).orderBy('created_at').execute());
  files['account.json'] = strToU8(JSON.stringify({ account: exportableRow(account), roles: roles.map(exportableRow) }, null, 2));
  files['LEESMIJ-README.txt'] = strToU8(exportReadme({ name: account.name, email: account.email, generatedAt: now, files: listed }));
  return { fileName: `mijn-gegevens-ketenregie-${dutchToday(now)}.zip`, bytes: zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [`mijn-gegevens/${name}`, data]))) };
}
