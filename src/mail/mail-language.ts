import type { Language } from '../domain/notification-preferences.ts';
import type { Queryable } from '../db/transaction.ts';

/**
 * The language of mail to a person outside any one network (a password reset): their own choice,
 * else the language of the first network they joined, else Dutch.
 */
export async function personalMailLanguage(q: Queryable, userId: string): Promise<Language> {
  const own = await q.selectFrom('user_settings').select('language').where('user_id', '=', userId).executeTakeFirst();
  if (own?.language) return own.language;
  const first = await q
    .selectFrom('network_members as m')
    .innerJoin('networks as n', 'n.id', 'm.network_id')
    .select('n.language')
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .limit(1)
    .executeTakeFirst();
  return first?.language ?? 'nl';
}
