import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import type { RaciLetter } from '../../domain/raci.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import type { ExamplePartnerKey } from './example-partners.ts';

interface ExampleTask {
  title: string;
  description: string;
  letters: Partial<Record<ExamplePartnerKey, RaciLetter>>;
}

/** Who does what when a young person is in acute crisis, from the report to the aftercare. */
export const EXAMPLE_TASKS: ExampleTask[] = [
  {
    title: 'Melding aannemen en binnen een uur terugbellen',
    description: 'Eén regionaal nummer, dag en nacht. De melder hoort binnen een uur wie er komt en wanneer.',
    letters: { ggz: 'A', wijkteam: 'R', veiligThuis: 'C', huisartsen: 'I', gemeente: 'I' },
  },
  {
    title: 'Crisisbeoordeling binnen vier uur',
    description: 'Psychiatrische triage samen met LVB-expertise wanneer er aanwijzingen zijn voor een verstandelijke beperking.',
    letters: { ggz: 'A', ster: 'R', huisartsen: 'C', wijkteam: 'I' },
  },
  {
    title: 'Een bed of opvangplek binnen 24 uur',
    description: 'Eerst thuis met intensieve hulp; lukt dat niet, dan een crisisbed in de regio, niet daarbuiten.',
    letters: { jeugdhulp: 'A', ster: 'R', ggz: 'C', gemeente: 'I' },
  },
  {
    title: 'Regie na de crisis: één vast gezicht voor het gezin',
    description: 'Binnen vijf werkdagen na de crisis een gezinsgesprek met één vaste regievoerder.',
    letters: { wijkteam: 'A', jeugdhulp: 'R', welzijn: 'C', onderwijs: 'C', ggz: 'I' },
  },
  {
    title: 'Terug naar school binnen twee weken',
    description: 'Afspraken met school over een zachte landing, met de leerplichtambtenaar op de hoogte.',
    letters: { onderwijs: 'A', wijkteam: 'R', jeugdhulp: 'C', gemeente: 'I' },
  },
  {
    title: 'Cliëntondersteuning voor ouders aanbieden',
    description: 'Ouders horen bij het eerste contact dat zij een onafhankelijke cliëntondersteuner kunnen krijgen.',
    letters: { deBrug: 'A', wijkteam: 'R', ggz: 'I', jeugdhulp: 'I' },
  },
  {
    title: 'Maandcijfers crisisinzet verzamelen',
    description: 'Aantallen meldingen, beoordelingen en plaatsingen, zonder namen, voor het regio-overleg.',
    letters: { gemeente: 'A', ggz: 'R', jeugdhulp: 'R', ster: 'R' },
  },
];

/** The example network's task division: every task with exactly one accountable partner. */
export async function addExampleTasks(tx: Tx, context: ExampleNetworkContext): Promise<void> {
  const start = context.now.getTime() - EXAMPLE_TASKS.length * 60_000;
  for (const [index, task] of EXAMPLE_TASKS.entries()) {
    const id = randomUUID();
    const createdAt = new Date(start + index * 60_000);
    await tx
      .insertInto('tasks')
      .values({ id, network_id: context.networkId, title: task.title, description: task.description, created_by: context.authorId, created_at: createdAt, updated_at: createdAt })
      .execute();
    const letters = Object.entries(task.letters) as [ExamplePartnerKey, RaciLetter][];
    await tx
      .insertInto('task_assignments')
      .values(letters.map(([key, letter]) => ({ network_id: context.networkId, task_id: id, partner_id: context.partnerIds.get(key)!, letter })))
      .execute();
  }
}
