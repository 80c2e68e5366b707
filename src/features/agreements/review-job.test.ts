import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { mailItemsWithSubject } from '../../../test/helpers/mail-items.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { addDutchDays, dutchToday } from '../../domain/calendar.ts';
import { REVIEW_JOB, remindOverdueReviews, scheduleAgreementReview } from './review-job.ts';

describe.each(testDatabases)('agreement review job (%s)', (kind) => {
  let app: TestApp;
  const clock = new TestClock();
  let coordinator: TestClient;
  let rep: TestClient;
  let networkId: string;
  let base: string;
  let agreementId: string;

  const reminders = async () =>
    app.runtime.deps.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['u.email', 'n.params'])
      .where('n.kind', '=', 'agreementReviewDue')
      .execute();
  const setReviewOn = (date: string) => app.runtime.deps.db.updateTable('agreements').set({ review_on: date }).where('id', '=', agreementId).execute();
  const runHandler = () => app.runtime.jobHandlers[REVIEW_JOB]!({}, { id: 'test', attempts: 1 });

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}/agreements`;
    const partner = await addPartner(app, networkId, 'GGZ Noord');
    rep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: partner });
    agreementId = (await coordinator.post(base, { kind: 'escalation', title: 'Opschalen', body: 'Wij schalen op bij twijfel.', reviewOn: '2099-01-01' })).body.id;
    await coordinator.post(`${base}/${agreementId}/propose`, { version: 1 });
    await rep.post(`${base}/${agreementId}/ratifications`, { version: 1, decision: 'consent' });
  });
  afterAll(() => app?.close());

  it('does nothing while the review date lies ahead', async () => {
    await runHandler();
    expect(await reminders()).toEqual([]);
    expect((await rep.get(`${base}/${agreementId}`)).body.reviewOverdue).toBe(false);
  });

  it('marks an agreement past its review date and reminds the coordinator once per overdue period', async () => {
    await setReviewOn('2024-03-01');
    expect((await rep.get(`${base}/${agreementId}`)).body).toMatchObject({ status: 'in_force', reviewOverdue: true });
    await runHandler();
    const first = await reminders();
    expect(first.map((r) => r.email)).toEqual(['beheer@ketenregie.test']);
    expect(first[0]!.params).toMatchObject({ title: 'Opschalen', reviewOn: '2024-03-01' });
    const row = await app.runtime.deps.db.selectFrom('agreements').select('review_reminded_on').where('id', '=', agreementId).executeTakeFirstOrThrow();
    expect(row.review_reminded_on).toBe(dutchToday(clock.now()));
    const mail = await mailItemsWithSubject(app, 'Evaluatie verlopen');
    expect(mail).toHaveLength(1);
    const audit = await app.runtime.deps.db.selectFrom('audit_events').select('actor_id').where('action', '=', 'agreement.review_overdue').execute();
    expect(audit).toEqual([{ actor_id: null }]);

    // The next day's run, and a second process running at the same moment, remind nobody again.
    await runHandler();
    await Promise.all([remindOverdueReviews(app.runtime.deps), remindOverdueReviews(app.runtime.deps)]);
    expect(await reminders()).toHaveLength(1);
  });

  it('starts a new period when the review date moves: reminded again once that one passes', async () => {
    await setReviewOn('2025-01-01');
    // The earlier reminder (today) came after this date too: still the same overdue stretch.
    await runHandler();
    expect(await reminders()).toHaveLength(1);
    const future = addDutchDays(dutchToday(clock.now()), 400);
    await setReviewOn(addDutchDays(dutchToday(clock.now()), 2));
    expect(await remindOverdueReviews(app.runtime.deps, { today: future })).toEqual([agreementId]);
    expect(await reminders()).toHaveLength(2);
  });

  it('ignores drafts and ended agreements', async () => {
    const draft = (await coordinator.post(base, { kind: 'other', title: 'Concept', body: 'Nog niet klaar.' })).body.id;
    await app.runtime.deps.db.updateTable('agreements').set({ review_on: '2020-01-01' }).where('id', '=', draft).execute();
    await coordinator.post(`${base}/${agreementId}/end`, { reason: 'Vervangen door een nieuwe afspraak' });
    await setReviewOn('2020-01-01');
    await app.runtime.deps.db.updateTable('agreements').set({ review_reminded_on: null }).execute();
    expect(await remindOverdueReviews(app.runtime.deps)).toEqual([]);
    expect((await rep.get(`${base}/${draft}`)).body.reviewOverdue).toBe(false);
  });

  it('is durable and daily: a run schedules the next day once, however many processes schedule it', async () => {
    const db = app.runtime.deps.db;
    await Promise.all([scheduleAgreementReview(db, '2030-05-01'), scheduleAgreementReview(db, '2030-05-01')]);
    const jobs = await db.selectFrom('jobs').select(['dedupe_key', 'run_at']).where('kind', '=', REVIEW_JOB).where('dedupe_key', '=', `${REVIEW_JOB}:2030-05-01`).execute();
    expect(jobs).toHaveLength(1);
    const tomorrow = new Date(`${dutchToday(clock.now())}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const key = `${REVIEW_JOB}:${tomorrow.toISOString().slice(0, 10)}`;
    expect(await db.selectFrom('jobs').select('id').where('dedupe_key', '=', key).execute()).toHaveLength(1);
    await runHandler();
    expect(await db.selectFrom('jobs').select('id').where('dedupe_key', '=', key).execute()).toHaveLength(1);
  });
});
