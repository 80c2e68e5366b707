import { sql, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;

// Issue 14, retention: when the raw answers of a round are removed, its computed results stay. This
// table holds a round's scored form from the moment the first of its raw answers (the open texts or
// the responses) goes: the scores as the results computed and cached them, the response counts per
// partner, the quality of the measurement, and whether anyone wrote "what should be discussed".
// Aggregates only: no row or column names or counts a single respondent (DESIGN §5.3).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('round_frozen_results')
    .addColumn('round_id', 'uuid', (c) => c.primaryKey().references('rounds.id').onDelete('cascade'))
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('scores', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', ts, (c) => c.notNull())
    .addColumn('respondents', 'integer', (c) => c.notNull())
    .addColumn('progress', 'jsonb', (c) => c.notNull())
    .addColumn('quality', 'jsonb', (c) => c.notNull())
    .addColumn('to_discuss_written', 'integer', (c) => c.notNull())
    .addColumn('spiral_uncertainty', 'jsonb', (c) => c.notNull())
    .addColumn('frozen_at', ts, (c) => c.notNull())
    .addColumn('open_answers_removed_at', ts)
    .addColumn('answers_removed_at', ts)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
