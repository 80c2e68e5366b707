import { expect } from 'vitest';
import type { Role } from '../../src/db/schema.ts';
import type { Sector } from '../../src/domain/sectors.ts';
import type { TestApp, TestClient } from './test-app.ts';

export const ADMIN = { name: 'Anna Beheer', email: 'beheer@ketenregie.test', password: 'beheer-wachtwoord-1' };

/** Sets up the first administrator and returns their signed-in client. */
export async function setUpAdmin(app: TestApp): Promise<TestClient> {
  const admin = app.client();
  const res = await admin.post('/api/setup', ADMIN);
  expect(res.status).toBe(201);
  return admin;
}

/** The invitation token in the newest outbox mail to `email`. */
export async function invitationTokenFor(app: TestApp, email: string): Promise<string> {
  const mail = await app.runtime.deps.db
    .selectFrom('mail_messages')
    .select('body_text')
    .where('to_address', '=', email.toLowerCase())
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const match = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.body_text);
  if (!match) throw new Error(`No invitation link in the mail to ${email}`);
  return match[1]!;
}

/** Creates a network as `coordinator` and returns its id. */
export async function createNetwork(coordinator: TestClient, name = 'Crisisroute Jeugd Regio Noord'): Promise<string> {
  const res = await coordinator.post('/api/networks', { name });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Inserts a partner directly (the partners API arrives with stage 1). */
export async function addPartner(app: TestApp, networkId: string, name: string, sector: Sector = 'ggz'): Promise<string> {
  const id = crypto.randomUUID();
  await app.runtime.deps.db.insertInto('partners').values({ id, network_id: networkId, name, sector }).execute();
  return id;
}

/** Invites a new person with `role`, accepts in a fresh client, and returns that signed-in client. */
export async function invitePerson(
  app: TestApp,
  coordinator: TestClient,
  networkId: string,
  person: { name: string; email: string; role: Role; partnerId?: string },
): Promise<TestClient> {
  const invite = await coordinator.post(`/api/networks/${networkId}/invitations`, { email: person.email, role: person.role, partnerId: person.partnerId });
  expect(invite.status).toBe(201);
  const token = await invitationTokenFor(app, person.email);
  const client = app.client();
  const accept = await client.post(`/api/invitations/${token}/accept`, { name: person.name, password: 'een-goed-wachtwoord' });
  expect(accept.status).toBe(200);
  return client;
}
