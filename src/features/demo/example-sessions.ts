import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import { addDutchDays, dutchToday } from '../../domain/calendar.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import type { ExamplePartnerKey } from './example-partners.ts';

interface ExampleSession {
  title: string;
  /** Days from today: negative for a session that was held. */
  inDays: number;
  agenda: Array<{ title: string; notes: string }>;
  minutes: string;
  decisions: Array<{ title: string; description: string; step?: { title: string; description: string; dueInDays: number; by: ExamplePartnerKey } }>;
}

/** Two sessions of the steering group: one held, with minutes and decisions, and the next one. */
export const EXAMPLE_SESSIONS: ExampleSession[] = [
  {
    title: 'Stuurgroep crisisroute – najaar',
    inDays: -21,
    agenda: [
      {
        title: 'Wat goed ging: warme overdracht na de crisis',
        notes: 'Bij vier van de zes crises deze maand zat de regievoerder van het wijkteam binnen vijf werkdagen aan tafel bij het gezin. Ouders noemden vooral het vaste gezicht.',
      },
      {
        title: 'Wachttijd crisisbeoordeling in de avond',
        notes: 'Na 22.00 uur duurt de beoordeling gemiddeld zes uur in plaats van vier. De GGZ ziet het probleem in de bezetting; Ster Zorg wil eerder gebeld worden als er aanwijzingen voor een LVB zijn.',
      },
      { title: 'Crisisbedden buiten de regio', notes: 'Twee jongeren zijn in Zwolle opgevangen. Jeugdhulp Noord wil liever een extra bed in de regio dan plaatsing buiten de regio.' },
      { title: 'Rondvraag', notes: '' },
    ],
    minutes:
      '## Aanwezig\nDe stuurgroep, zonder de huisartsen (afgemeld).\n\n## Kern\n- De overdracht na de crisis loopt beter dan een halfjaar geleden.\n- De beoordeling in de avond duurt te lang; een regionaal nummer moet de eerste schakel korter maken.\n- Over een extra crisisbed in de regio besluiten we pas na de cijfers van het kwartaal.',
    decisions: [
      {
        title: 'Eén regionaal crisisnummer voor jeugd, dag en nacht',
        description: 'Melders bellen één nummer; de GGZ neemt aan en belt binnen een uur terug met wie er komt.',
        step: { title: 'Belscript voor het regionale crisisnummer opstellen', description: 'Met de vragen die Ster Zorg nodig heeft om een LVB vroeg te herkennen.', dueInDays: 14, by: 'ster' },
      },
      {
        title: 'Bij aanwijzingen voor een LVB beoordelen GGZ en Ster Zorg samen',
        description: 'Ook in de avond en het weekend. Hoe de bereikbaarheid geregeld wordt, is nog open.',
      },
    ],
  },
  {
    title: 'Stuurgroep crisisroute – winter',
    inDays: 21,
    agenda: [
      { title: 'Terugblik: werkt het regionale crisisnummer?', notes: '' },
      { title: 'Cijfers crisisinzet van het kwartaal', notes: '' },
      { title: 'Extra crisisbed in de regio: ja of nee', notes: '' },
    ],
    minutes: '',
    decisions: [],
  },
];

function dayFromToday(now: Date, days: number): string {
  return addDutchDays(dutchToday(now), days);
}

/**
 * The example network's sessions, with everyone who is in the network as participants (at least
 * the coordinator, whatever the parts before this one added). The held session has minutes and
 * two decisions: one with a claimed, dated step, and one that changes nothing tomorrow.
 */
export async function addExampleSessions(tx: Tx, context: ExampleNetworkContext): Promise<void> {
  const { networkId, authorId, now } = context;
  const members = await tx.selectFrom('network_members').select('user_id').where('network_id', '=', networkId).execute();
  const participantIds = [...new Set([authorId, ...members.map((m) => m.user_id)])];
  for (const session of EXAMPLE_SESSIONS) {
    const meetingId = randomUUID();
    const heldOn = dayFromToday(now, session.inDays);
    const createdAt = new Date(now.getTime() - (session.inDays < 0 ? 35 : 7) * 86_400_000);
    const published = session.inDays < 0 ? new Date(now.getTime() + (session.inDays + 1) * 86_400_000) : null;
    await tx
      .insertInto('meetings')
      .values({ id: meetingId, network_id: networkId, title: session.title, held_on: heldOn, minutes: session.minutes, published_at: published, created_by: authorId, created_at: createdAt, updated_at: createdAt })
      .execute();
    await tx.insertInto('meeting_participants').values(participantIds.map((userId) => ({ network_id: networkId, meeting_id: meetingId, user_id: userId }))).execute();
    await tx
      .insertInto('meeting_agenda_items')
      .values(
        session.agenda.map((item, index) => ({
          id: randomUUID(),
          network_id: networkId,
          meeting_id: meetingId,
          created_by: authorId,
          created_at: createdAt,
          position: index + 1,
          kind: 'custom',
          title: item.title,
          notes: item.notes,
        })),
      )
      .execute();
    for (const [index, decision] of session.decisions.entries()) {
      const decisionId = randomUUID();
      const decidedAt = new Date(now.getTime() + session.inDays * 86_400_000 + index * 60_000);
      await tx
        .insertInto('decisions')
        .values({ id: decisionId, network_id: networkId, meeting_id: meetingId, title: decision.title, description: decision.description, created_by: authorId, created_at: decidedAt, updated_at: decidedAt })
        .execute();
      if (!decision.step) continue;
      // The partner's own representative takes on the step the session decided.
      const by = context.representatives.get(decision.step.by)![0];
      await tx
        .insertInto('steps')
        .values({
          id: randomUUID(),
          network_id: networkId,
          created_by: by,
          created_at: decidedAt,
          updated_at: decidedAt,
          title: decision.step.title,
          description: decision.step.description,
          status: 'claimed',
          claimed_by: by,
          claimed_at: decidedAt,
          due_on: dayFromToday(now, decision.step.dueInDays),
          serves_kind: 'decision',
          serves_id: decisionId,
        })
        .execute();
    }
  }
}
