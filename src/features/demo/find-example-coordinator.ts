import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';

/**
 * Who becomes coordinator of the example network: the account with `email`, or else the first
 * administrator of the installation. Fails with a clear message when there is none.
 */
export async function findExampleCoordinator({ db }: AppDeps, { email }: { email?: string | undefined } = {}): Promise<{ id: string; name: string; email: string }> {
  if (email) {
    const user = await db.selectFrom('users').select(['id', 'name', 'email']).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!user) throw notFound(`There is no account with the e-mail address ${email}; create it first (ketenregie create-admin, or an invitation)`);
    return user;
  }
  const admin = await db
    .selectFrom('instance_admins as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .orderBy('a.created_at')
    .orderBy('u.email')
    .executeTakeFirst();
  if (!admin) throw notFound('This installation has no administrator yet: run ketenregie create-admin first, or give --email of an existing account');
  return admin;
}
