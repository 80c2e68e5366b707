import type { Queryable } from '../../db/transaction.ts';
import { wordDiff } from '../../domain/word-diff.ts';
import { getVersion } from './list-versions.ts';

/** The word-level difference between two versions of an agreement's text (either order). */
export async function diffVersions(q: Queryable, networkId: string, agreementId: string, from: number, to: number) {
  const before = await getVersion(q, networkId, agreementId, from);
  const after = await getVersion(q, networkId, agreementId, to);
  return { from, to, parts: wordDiff(before.body, after.body) };
}
