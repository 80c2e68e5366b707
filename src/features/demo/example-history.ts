import { randomUUID } from 'node:crypto';
import type { HistoryOutcome } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import type { ExamplePartnerKey } from './example-partners.ts';

interface ExampleHistoryEntry {
  title: string;
  description: string;
  startedOn: string;
  /** Null while the collaboration still runs. */
  endedOn: string | null;
  outcome: HistoryOutcome;
  note: string;
  partners: ExamplePartnerKey[];
}

/** Earlier collaborations between the example partners: some went well, some did not. */
export const EXAMPLE_HISTORY: ExampleHistoryEntry[] = [
  {
    title: 'Pilot Spoedhulp Jeugd Noorderveen',
    description: 'Een jaar lang een gezamenlijk spoednummer voor jeugd, bemand door de crisisdienst met een wijkteammedewerker op afroep.',
    startedOn: '2021-03-01',
    endedOn: '2022-02-28',
    outcome: 'positive',
    note: 'Gezinnen kregen binnen een dag een vast gezicht. Stopte door het einde van de projectsubsidie, niet door gebrek aan resultaat.',
    partners: ['gemeente', 'ggz', 'jeugdhulp', 'wijkteam'],
  },
  {
    title: 'Gedeelde crisisbedden GGZ en LVB',
    description: 'Twee bedden in het logeerhuis van Stichting Ster, met psychiatrische achterwacht van GGZ Noord.',
    startedOn: '2022-09-01',
    endedOn: '2023-06-30',
    outcome: 'mixed',
    note: 'De bedden werden goed gebruikt, maar jongeren bleven gemiddeld drie weken omdat niemand de vervolgplek regelde. Over de achterwacht in de nacht bleef onenigheid.',
    partners: ['ggz', 'ster', 'jeugdhulp'],
  },
  {
    title: 'Regionale aanbesteding jeugdhulp 2023',
    description: 'Nieuwe contracten voor specialistische jeugdhulp, met een lager tarief voor crisisopvang.',
    startedOn: '2022-05-01',
    endedOn: '2022-12-15',
    outcome: 'negative',
    note: 'Aanbieders voelden zich niet gehoord over de tarieven; Jeugdhulp Noord tekende pas na een bezwaarprocedure. Het wantrouwen daarover speelt nog.',
    partners: ['gemeente', 'jeugdhulp', 'ster'],
  },
  {
    title: 'Praktijkondersteuner GGZ-jeugd bij de huisarts',
    description: 'Praktijkondersteuners met een achtervang van GGZ Noord voor consultatie, gefinancierd door de gemeente.',
    startedOn: '2020-01-01',
    endedOn: null,
    outcome: 'positive',
    note: 'Minder verwijzingen naar de specialistische GGZ en snellere consultatie. Loopt nog; de financiering is telkens voor één jaar.',
    partners: ['huisartsen', 'ggz', 'gemeente'],
  },
  {
    title: 'Thuiszittersoverleg Noorderveen',
    description: 'Maandelijks overleg over leerlingen die langer dan vier weken niet naar school gaan.',
    startedOn: '2021-09-01',
    endedOn: '2023-07-15',
    outcome: 'mixed',
    note: 'Het aantal thuiszitters daalde, maar het overleg werd een praatgroep zonder besluiten en is na twee jaar opgeheven.',
    partners: ['onderwijs', 'wijkteam', 'welzijn', 'jeugdhulp'],
  },
  {
    title: 'Multidisciplinaire aanpak huiselijk geweld',
    description: 'Gezamenlijke casustafel voor gezinnen waar geweld en zorgen over kinderen samenkomen.',
    startedOn: '2019-06-01',
    endedOn: '2021-12-31',
    outcome: 'positive',
    note: 'Duidelijke rolverdeling en een vaste voorzitter; de werkwijze is overgenomen in het regionale veiligheidsprotocol.',
    partners: ['veiligThuis', 'wijkteam', 'jeugdhulp', 'gemeente'],
  },
  {
    title: 'Ervaringsdeskundigen in het wijkteam',
    description: 'Ouders met eigen ervaring in de jeugdhulp schoven wekelijks aan bij het wijkteamoverleg.',
    startedOn: '2023-01-15',
    endedOn: '2023-12-31',
    outcome: 'positive',
    note: 'Gesprekken met gezinnen werden gelijkwaardiger; jongerenwerkers brachten jongeren mee die anders niet waren gekomen.',
    partners: ['deBrug', 'wijkteam', 'welzijn'],
  },
  {
    title: 'Overdracht na een crisisopname, zomer 2023',
    description: 'Evaluatie na een jongere die na ontslag uit de crisisopname zes weken zonder hulp thuis zat.',
    startedOn: '2023-07-10',
    endedOn: '2023-09-30',
    outcome: 'negative',
    note: 'De ontslagbrief ging naar een vertrokken huisarts en het wijkteam was niet ingelicht. Afgesproken is dat de crisisdienst altijd wijkteam en huisarts samen informeert; of dat nu gebeurt, weet niemand zeker.',
    partners: ['ggz', 'huisartsen', 'wijkteam'],
  },
  {
    title: 'Jongerenwerk op school',
    description: 'Jongerenwerkers met een vast spreekuur op drie middelbare scholen.',
    startedOn: '2022-02-01',
    endedOn: null,
    outcome: 'positive',
    note: 'Zorgen over jongeren komen eerder in beeld; scholen vragen om uitbreiding naar alle veertien scholen.',
    partners: ['welzijn', 'onderwijs'],
  },
];

/** The partners that have confirmed their overview of shared history (two have not yet). */
export const EXAMPLE_CONFIRMED: ExamplePartnerKey[] = ['gemeente', 'ggz', 'ster', 'jeugdhulp', 'wijkteam', 'veiligThuis', 'welzijn', 'onderwijs'];

/** Adds the shared history of the example partners and the confirmations of most of them. */
export async function addExampleHistory(tx: Tx, context: ExampleNetworkContext): Promise<void> {
  const idOf = (key: ExamplePartnerKey) => {
    const id = context.partnerIds.get(key);
    if (!id) throw new Error(`The example partner "${key}" is missing`);
    return id;
  };
  for (const entry of EXAMPLE_HISTORY) {
    const entryId = randomUUID();
    await tx
      .insertInto('history_entries')
      .values({
        id: entryId,
        network_id: context.networkId,
        title: entry.title,
        description: entry.description,
        started_on: entry.startedOn,
        ended_on: entry.endedOn,
        outcome: entry.outcome,
        note: entry.note,
        created_by: context.authorId,
      })
      .execute();
    await tx
      .insertInto('history_entry_partners')
      .values(entry.partners.map((key) => ({ network_id: context.networkId, entry_id: entryId, partner_id: idOf(key) })))
      .execute();
  }
  await tx
    .insertInto('history_confirmations')
    .values(EXAMPLE_CONFIRMED.map((key) => ({ partner_id: idOf(key), network_id: context.networkId, confirmed_by: context.authorId })))
    .execute();
}
