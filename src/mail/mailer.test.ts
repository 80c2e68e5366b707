import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/helpers/databases.ts';
import { ADMIN, createNetwork, setUpAdmin } from '../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/helpers/test-app.ts';
import { parseCalendar } from '../../test/helpers/ical.ts';
import { inTransaction } from '../db/transaction.ts';
import { roundClosingEvent } from '../features/calendar/calendar-events.ts';
import { calendarAttachment } from '../features/calendar/calendar-file.ts';
import { sendBundle } from '../features/notifications/mail-delivery.ts';
import { notify } from '../features/notifications/notify.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server on loopback that accepts mail, or refuses one recipient domain. */
async function startSmtpServer(received: Received[]) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.test')) return callback(new Error('Mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return { server, port: (server.server.address() as AddressInfo).port };
}

describe.each(testDatabases)('mail over SMTP (%s)', (kind) => {
  const received: Received[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer(received);
    app = await startTestApp(kind, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Ketenregie <noreply@ketenregie.test>' });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
  });
  afterAll(async () => {
    await app?.close();
    smtp?.server.close();
  });

  it('queues the mail in the transaction and delivers it through the durable job', async () => {
    const res = await coordinator.post(`/api/networks/${networkId}/invitations`, { email: 'karin@ggz-noord.test', role: 'member' });
    expect(res.status).toBe(201);
    const queued = await app.runtime.deps.db.selectFrom('mail_messages').selectAll().where('to_address', '=', 'karin@ggz-noord.test').executeTakeFirstOrThrow();
    expect(queued.status).toBe('queued');
    expect(received).toHaveLength(0);

    expect(await app.runtime.runJobs()).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['karin@ggz-noord.test']);
    expect(received[0]!.from).toBe('noreply@ketenregie.test');
    expect(received[0]!.data).toMatch(/Subject: Uitnodiging voor Crisisroute Jeugd Regio Noord/);
    const sent = await app.runtime.deps.db.selectFrom('mail_messages').selectAll().where('id', '=', queued.id).executeTakeFirstOrThrow();
    expect(sent.status).toBe('sent');
    expect(sent.sent_at).toBeInstanceOf(Date);

    expect(await app.runtime.runJobs()).toBe(0);
    expect(received).toHaveLength(1);
  });

  it('keeps a refused mail queued with its error and retries it later', async () => {
    await coordinator.post(`/api/networks/${networkId}/invitations`, { email: 'iemand@refused.test', role: 'member' });
    expect(await app.runtime.runJobs()).toBe(1);
    const mail = await app.runtime.deps.db.selectFrom('mail_messages').selectAll().where('to_address', '=', 'iemand@refused.test').executeTakeFirstOrThrow();
    expect(mail.status).toBe('queued');
    expect(mail.attempts).toBe(1);
    expect(mail.last_error).toMatch(/Mailbox unavailable/);
    const job = await app.runtime.deps.db.selectFrom('jobs').selectAll().where('kind', '=', 'mail.send').where('status', '=', 'pending').executeTakeFirstOrThrow();
    expect(job.attempts).toBe(1);
    expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
  });

  it('lists in the outbox only the mails SMTP could not deliver, without their text', async () => {
    const outbox = await coordinator.get('/api/admin/outbox');
    expect(outbox.status).toBe(200);
    expect(outbox.body.delivery).toBe('smtp');
    expect(outbox.body.items.map((m: { to: string }) => m.to)).toEqual(['iemand@refused.test']);
    expect(outbox.body.items[0]).toMatchObject({ status: 'queued', attempts: 1, text: null, lastError: expect.stringMatching(/Mailbox unavailable/) });
    expect(JSON.stringify(outbox.body)).not.toContain('/invitations/');
  });

  it('sends a notification in one language as text and HTML, with the RFC 8058 one-click unsubscribe headers', async () => {
    const userId = (await coordinator.get('/api/me')).body.user.id as string;
    const link = `/networks/${networkId}/requests`;
    await inTransaction(app.runtime.deps.db, (tx) =>
      notify(tx, app.runtime.deps, networkId, [userId], {
        kind: 'requestMade',
        params: { title: 'Bed <b>nu</b>' },
        link,
        mail: (language) => ({ subject: language === 'nl' ? 'Verzoek: Bed <b>nu</b>' : 'Request', lines: ['Graag een bed & een consult.'], action: 'Bekijk de verzoeken' }),
      }),
    );
    // The bundling window would hold it ten minutes; the job's work is done here at once.
    expect(await sendBundle(app.runtime.deps, { userId, about: link, topic: 'request' })).toBe(true);
    const before = received.length;
    expect(await app.runtime.runJobs()).toBeGreaterThanOrEqual(1);
    const message = received.slice(before).find((m) => m.to.includes(ADMIN.email))!;
    expect(message).toBeDefined();
    const data = message.data.replace(/\r\n[ \t]+/g, ' '); // unfold the headers
    expect(data).toMatch(/^Subject: Verzoek: Bed <b>nu<\/b>$/m);
    const unsubscribe = /^List-Unsubscribe: <(http:\/\/localhost:3000\/api\/unsubscribe\/[\w-]+\.[\w-]+)>$/m.exec(data);
    expect(unsubscribe).not.toBeNull();
    expect(data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(data).toMatch(/Content-Type: multipart\/alternative/);
    expect(data).toMatch(/Content-Type: text\/plain/);
    expect(data).toMatch(/Content-Type: text\/html/);
    expect(data).toContain('Bed &lt;b&gt;nu&lt;/b&gt;');

    // What a mail provider does with the header: one POST, no session, and the kind is off.
    const path = new URL(unsubscribe![1]!).pathname;
    const res = await app.client().request('POST', path, 'List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    const topics = (await coordinator.get('/api/me/notification-preferences')).body.topics as { topic: string; delivery: string }[];
    expect(topics.find((t) => t.topic === 'request')!.delivery).toBe('never');
  });

  it('sends a calendar file as a MIME part of its own, text/calendar with method=PUBLISH', async () => {
    const userId = (await coordinator.get('/api/me')).body.user.id as string;
    const roundId = '44444444-4444-4444-8444-444444444444';
    const link = `/networks/${networkId}/rounds/${roundId}/questionnaire`;
    const closing = { id: roundId, networkId, title: 'Reflectieronde één', closesAt: new Date('2027-04-05T15:00:00Z'), version: 2, updatedAt: new Date('2027-03-22T08:00:00Z') };
    await inTransaction(app.runtime.deps.db, (tx) =>
      notify(tx, app.runtime.deps, networkId, [userId], {
        kind: 'roundOpened',
        params: { title: closing.title },
        link,
        mail: () => ({ subject: 'Vragenlijst open: Reflectieronde één', lines: ['Vul de vragenlijst in.'], action: 'Naar de vragenlijst' }),
        attachment: (language) => calendarAttachment(roundClosingEvent(closing, { publicUrl: app.runtime.deps.config.publicUrl, language })),
      }),
    );
    expect(await sendBundle(app.runtime.deps, { userId, about: link, topic: 'questionnaire' })).toBe(true);
    const before = received.length;
    expect(await app.runtime.runJobs()).toBeGreaterThanOrEqual(1);
    const message = received.slice(before).find((m) => m.to.includes(ADMIN.email))!;
    expect(message).toBeDefined();
    expect(message.data).toMatch(/^Content-Type: multipart\/mixed/m);

    // The parts of the mail, each with its headers (unfolded) and its body.
    const boundary = /boundary="?([^"\r\n;]+)"?/.exec(message.data)![1]!;
    const parts = message.data.split(`--${boundary}`).map((part) => {
      const [head = '', ...body] = part.split('\r\n\r\n');
      return { head: head.replace(/\r\n[ \t]+/g, ' '), body: body.join('\r\n\r\n') };
    });
    const calendars = parts.filter((p) => /^Content-Type: text\/calendar/im.test(p.head));
    expect(calendars).toHaveLength(1);
    const [part] = calendars;
    expect(part!.head).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/im);
    expect(part!.head).toMatch(/^Content-Disposition: attachment; filename=reflectieronde-sluit-reflectieronde-een\.ics$/im);
    const encoding = /^Content-Transfer-Encoding: (\S+)$/im.exec(part!.head)![1]!.toLowerCase();
    const raw = part!.body.trim();
    const content =
      encoding === 'base64'
        ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8')
        : Buffer.from(raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
    const [event] = parseCalendar(content).events;
    expect(event).toMatchObject({ uid: `round-closes-${roundId}@localhost`, summary: 'Reflectieronde sluit: Reflectieronde één', end: '2027-04-05T15:00:00.000Z', tzid: 'Europe/Amsterdam' });

    const stored = await app.runtime.deps.db.selectFrom('mail_messages').select('attachments').where('status', '=', 'sent').where('subject', '=', 'Vragenlijst open: Reflectieronde één').executeTakeFirstOrThrow();
    expect(stored.attachments!.map((a) => a.filename)).toEqual(['reflectieronde-sluit-reflectieronde-een.ics']);
  });
});
