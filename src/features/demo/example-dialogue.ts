import { randomUUID } from 'node:crypto';
import type { DifferenceKind } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { DIFFERENCE_STATUSES, type DifferenceStatus } from '../../domain/development.ts';
import { DEFAULT_VALUE_DIMENSIONS } from '../../domain/value-map.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import type { ExamplePartnerKey } from './example-partners.ts';

interface ExampleStory {
  title: string;
  whatHappened: string;
  whatMadeItWork: string;
  partners: ExamplePartnerKey[];
  tags: string[];
  supportedBy: ExamplePartnerKey[];
}

/** What already works in the crisis route: the stories the network builds on. */
export const EXAMPLE_STORIES: ExampleStory[] = [
  {
    title: 'Om twee uur ’s nachts een vertrouwd bed voor Daan',
    whatHappened:
      'Daan (15, licht verstandelijke beperking) liep na een ruzie thuis weg. De crisisdienst van GGZ Noord zag om half twaalf dat een psychiatrische opname niet nodig was, maar naar huis kon hij niet. Stichting Ster had een logeerbed vrij en een begeleider die Daan kende van de dagbesteding.',
    whatMadeItWork: 'De crisisdienst had het nachtnummer van Ster in het belscript staan, en de begeleider mocht zonder toestemming van een teamleider komen.',
    partners: ['ggz', 'ster', 'wijkteam'],
    tags: ['nacht', 'lvb', 'logeerbed'],
    supportedBy: ['ggz', 'ster', 'wijkteam', 'jeugdhulp'],
  },
  {
    title: 'Eén gesprek in plaats van vier intakes',
    whatHappened:
      'Na een melding bij Veilig Thuis zaten de moeder, het wijkteam, Jeugdhulp Noord en Veilig Thuis samen aan één tafel. Moeder hoefde haar verhaal maar één keer te vertellen; aan het eind lag er een plan met één regiehouder.',
    whatMadeItWork: 'Het wijkteam nodigde uit en zat voor; iedereen kwam met mandaat om ter plekke toe te zeggen.',
    partners: ['wijkteam', 'jeugdhulp', 'veiligThuis'],
    tags: ['regie', 'ouders', 'veiligheid'],
    supportedBy: ['wijkteam', 'veiligThuis', 'deBrug'],
  },
  {
    title: 'De huisarts belde en had binnen het uur een psychiater aan de lijn',
    whatHappened:
      'Een huisarts in Noorderveen twijfelde of een meisje van 17 met suïcidale gedachten veilig naar huis kon. Via de consultatielijn sprak hij binnen een uur een kinder- en jeugdpsychiater, die dezelfde avond langskwam.',
    whatMadeItWork: 'Een vast consultatienummer en de afspraak dat GGZ Noord binnen een uur terugbelt, ook als het druk is.',
    partners: ['huisartsen', 'ggz'],
    tags: ['consultatie', 'huisarts'],
    supportedBy: ['huisartsen', 'ggz'],
  },
  {
    title: 'Terug naar school binnen drie weken na de crisis',
    whatHappened:
      'Na een opname van twee weken ging Sara (14) stap voor stap terug naar school. Het samenwerkingsverband, de school, Jeugdhulp Noord en De Brug maakten samen met Sara een rooster dat elke week een uur langer werd.',
    whatMadeItWork: 'Sara bepaalde zelf het tempo, en de ervaringsdeskundige van De Brug was bij elk overleg.',
    partners: ['onderwijs', 'jeugdhulp', 'deBrug'],
    tags: ['school', 'nazorg', 'ervaringsdeskundigheid'],
    supportedBy: ['onderwijs', 'deBrug'],
  },
];

/** "What do we see when our collaboration succeeds": statements with the partners that support them. */
export const EXAMPLE_VISION: Array<{ text: string; fromStory?: number; supportedBy: ExamplePartnerKey[] }> = [
  {
    text: 'Een jongere in crisis en zijn ouders vertellen hun verhaal één keer.',
    fromStory: 1,
    supportedBy: ['gemeente', 'ggz', 'ster', 'jeugdhulp', 'wijkteam', 'veiligThuis', 'deBrug', 'welzijn'],
  },
  { text: 'Binnen 24 uur heeft elke jongere in crisis een veilige plek en één vaste regiehouder.', supportedBy: ['gemeente', 'ggz', 'ster', 'jeugdhulp', 'wijkteam', 'veiligThuis'] },
  { text: 'Ook ’s nachts is er een vertrouwd gezicht: iemand die de jongere al kent of snel leert kennen.', fromStory: 0, supportedBy: ['ster', 'wijkteam', 'deBrug', 'jeugdhulp'] },
  { text: 'Wie twijfelt, belt één nummer en weet binnen een uur wie er komt.', supportedBy: ['huisartsen', 'ggz', 'onderwijs'] },
  { text: 'Na een crisis gaat een jongere zo snel mogelijk terug naar school, in zijn eigen tempo.', fromStory: 3, supportedBy: ['onderwijs', 'deBrug'] },
];

interface ExampleDifference {
  topic: string;
  description: string;
  kind: DifferenceKind;
  status: DifferenceStatus;
  partners: Partial<Record<ExamplePartnerKey, string>>;
  notes: Partial<Record<DifferenceStatus, string>>;
}

/** One difference per kind, at different points of the agenda. */
export const EXAMPLE_DIFFERENCES: ExampleDifference[] = [
  {
    topic: 'Wie beslist over een crisisplek bij een jongere met een LVB en psychiatrische klachten?',
    description: 'De GGZ beoordeelt vanuit het psychiatrische beeld, Ster vanuit het niveau van functioneren. Bij twijfel schuift de beslissing heen en weer.',
    kind: 'work_logic',
    status: 'discussed',
    partners: {
      ggz: 'Wij beoordelen het crisisrisico; een beslissing over de plek hoort bij degene die de achterwacht heeft.',
      ster: 'Een plek die past bij het niveau van de jongere voorkomt een tweede crisis. Wij willen meebeslissen, niet achteraf gebeld worden.',
    },
    notes: { explored: 'Beide kanten op papier gezet in het werkoverleg.', discussed: 'Besproken in de stuurgroep; afgesproken dat GGZ en Ster samen beoordelen bij aanwijzingen voor een LVB.' },
  },
  {
    topic: 'Het crisistarief dekt de nachtelijke inzet niet',
    description: 'Aanbieders zeggen dat de nachtdienst verlies draait; de gemeente wijst op het budgetplafond.',
    kind: 'interests',
    status: 'explored',
    partners: {
      gemeente: 'Het budget voor jeugdhulp staat onder druk. Een hoger tarief kan alleen als we elders minder uitgeven.',
      jeugdhulp: 'Zonder kostendekkend tarief kunnen wij de nachtdienst na volgend jaar niet meer bemensen.',
    },
    notes: { explored: 'De cijfers van de nachtdienst zijn naast het tarief gelegd.' },
  },
  {
    topic: 'Informatie delen zonder toestemming van ouders bij acuut gevaar',
    description: 'Veilig Thuis deelt sneller dan de huisartsen willen; de huisartsen vinden het beroepsgeheim zwaarder wegen.',
    kind: 'values',
    status: 'named',
    partners: { veiligThuis: 'De veiligheid van het kind gaat voor. Wachten op toestemming kan te laat zijn.', huisartsen: '' },
    notes: {},
  },
  {
    topic: 'Scholen bellen de crisisdienst voor zorgen die geen crisis zijn',
    description: 'De crisisdienst krijgt telefoontjes die bij het wijkteam horen; scholen weten niet wie ze anders moeten bellen.',
    kind: 'practice',
    status: 'accepted',
    partners: {
      onderwijs: 'Een leerkracht kan niet inschatten of het een crisis is. Liever een keer te vaak gebeld.',
      ggz: 'Elk onnodig telefoontje houdt de lijn bezet voor een echte crisis.',
      wijkteam: 'Wij nemen de telefoontjes graag over als de crisisdienst ze doorschakelt.',
    },
    notes: {
      explored: 'Een maand lang bijgehouden: een op de vijf telefoontjes van scholen was een crisis.',
      discussed: 'Besproken met de intern begeleiders.',
      accepted: 'We leven ermee: liever een telefoontje te veel dan een crisis gemist. De crisisdienst schakelt door naar het wijkteam.',
    },
  },
];

/**
 * What each partner says it contributes, 0–3, in the order of the default dimensions. GGZ Noord
 * claims more than the others perceive, De Brug far less: two gaps for the agenda.
 */
export const EXAMPLE_VALUE_CLAIMS: Record<ExamplePartnerKey, number[]> = {
  gemeente: [1, 1, 1, 1, 3, 3, 2],
  ggz: [3, 3, 3, 3, 2, 3, 3],
  ster: [3, 3, 1, 2, 0, 1, 1],
  jeugdhulp: [3, 2, 2, 2, 0, 1, 1],
  wijkteam: [3, 2, 2, 3, 0, 2, 2],
  huisartsen: [2, 2, 1, 3, 0, 1, 1],
  veiligThuis: [2, 3, 1, 2, 0, 3, 2],
  welzijn: [2, 1, 2, 3, 0, 0, 1],
  onderwijs: [2, 1, 1, 3, 1, 1, 2],
  deBrug: [2, 1, 1, 2, 0, 0, 1],
};

async function addStoriesAndVision(tx: Tx, { networkId, authorId, partnerIds, representatives, now }: ExampleNetworkContext) {
  const id = (key: ExamplePartnerKey) => partnerIds.get(key)!;
  const storyIds: string[] = [];
  for (const [i, story] of EXAMPLE_STORIES.entries()) {
    const storyId = randomUUID();
    storyIds.push(storyId);
    // Older stories first, a day apart, so the newest told is on top.
    const createdAt = new Date(now.getTime() - (EXAMPLE_STORIES.length - i) * 86_400_000);
    await tx
      .insertInto('stories')
      .values({ id: storyId, network_id: networkId, created_by: authorId, created_at: createdAt, updated_at: createdAt, title: story.title, what_happened: story.whatHappened, what_made_it_work: story.whatMadeItWork, tags: JSON.stringify(story.tags), origin_round_id: null })
      .execute();
    await tx.insertInto('story_partners').values(story.partners.map((p) => ({ network_id: networkId, story_id: storyId, partner_id: id(p) }))).execute();
    await tx.insertInto('story_supports').values(story.supportedBy.map((p) => ({ network_id: networkId, story_id: storyId, partner_id: id(p), supported_by: representatives.get(p)![0] }))).execute();
  }
  for (const statement of EXAMPLE_VISION) {
    const statementId = randomUUID();
    await tx
      .insertInto('vision_statements')
      .values({ id: statementId, network_id: networkId, created_by: authorId, text: statement.text, from_story_id: statement.fromStory === undefined ? null : storyIds[statement.fromStory]! })
      .execute();
    await tx
      .insertInto('vision_supports')
      .values(statement.supportedBy.map((p) => ({ network_id: networkId, vision_statement_id: statementId, partner_id: id(p), supported_by: representatives.get(p)![0] })))
      .execute();
  }
}

async function addDifferences(tx: Tx, { networkId, authorId, partnerIds, representatives, now }: ExampleNetworkContext) {
  for (const [i, difference] of EXAMPLE_DIFFERENCES.entries()) {
    const differenceId = randomUUID();
    const createdAt = new Date(now.getTime() - (60 - i * 7) * 86_400_000);
    await tx
      .insertInto('differences')
      .values({ id: differenceId, network_id: networkId, created_by: authorId, created_at: createdAt, updated_at: createdAt, topic: difference.topic, description: difference.description, kind: difference.kind, status: difference.status, resolved_by_agreement_id: null, origin_round_id: null })
      .execute();
    await tx
      .insertInto('difference_partners')
      .values(
        Object.entries(difference.partners).map(([key, view]) => ({
          network_id: networkId,
          difference_id: differenceId,
          partner_id: partnerIds.get(key as ExamplePartnerKey)!,
          view,
          // Each partner's view is written by its own representative.
          view_updated_by: view ? representatives.get(key as ExamplePartnerKey)![0] : null,
          view_updated_at: view ? createdAt : null,
        })),
      )
      .execute();
    const path = difference.status === 'accepted' ? DIFFERENCE_STATUSES.filter((s) => s !== 'resolved') : DIFFERENCE_STATUSES.slice(0, DIFFERENCE_STATUSES.indexOf(difference.status) + 1);
    await tx
      .insertInto('difference_status_changes')
      .values(
        path.map((to, step) => ({
          id: randomUUID(),
          network_id: networkId,
          created_by: authorId,
          created_at: new Date(createdAt.getTime() + step * 7 * 86_400_000),
          difference_id: differenceId,
          from_status: step === 0 ? null : path[step - 1]!,
          to_status: to,
          note: difference.notes[to] ?? '',
        })),
      )
      .execute();
  }
}

async function addValueMap(tx: Tx, { networkId, authorId, partnerIds }: ExampleNetworkContext) {
  const dimensionIds = DEFAULT_VALUE_DIMENSIONS.map(() => randomUUID());
  await tx
    .insertInto('value_dimensions')
    .values(DEFAULT_VALUE_DIMENSIONS.map((name, position) => ({ id: dimensionIds[position]!, network_id: networkId, created_by: authorId, name, position })))
    .execute();
  const claims = Object.entries(EXAMPLE_VALUE_CLAIMS).flatMap(([key, scores]) =>
    scores.map((score, i) => ({ network_id: networkId, value_dimension_id: dimensionIds[i]!, partner_id: partnerIds.get(key as ExamplePartnerKey)!, score, updated_by: authorId })),
  );
  await tx.insertInto('value_claims').values(claims).execute();
}

/** The dialogue of the example network: success stories, the vision, the differences agenda and the value map. */
export async function addExampleDialogue(tx: Tx, context: ExampleNetworkContext): Promise<void> {
  await addStoriesAndVision(tx, context);
  await addDifferences(tx, context);
  await addValueMap(tx, context);
}
