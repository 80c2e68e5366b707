import { randomUUID } from 'node:crypto';
import type { AgreementKind } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { groundRulesTemplate } from '../../domain/ground-rules.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import { EXAMPLE_PARTNERS, type ExamplePartnerKey } from './example-partners.ts';

const GROUND_RULES = `# Omgangsregels Crisisroute Jeugd Regio Noord

Deze regels gelden tussen de tien partners van de crisisroute. Ze gaan over hoe we met elkaar omgaan, niet over de inhoud van de hulp.

## 1. Wie doet wat

- De crisisdienst van GGZ Noord beoordeelt elke aanmelding binnen vier uur, dag en nacht.
- Stichting Ster sluit bij een vermoeden van een licht verstandelijke beperking binnen een werkdag aan bij de beoordeling.
- Het wijkteam dat het gezin kent houdt de regie na de crisis; is er geen wijkteam betrokken, dan wijst de gemeente er binnen twee werkdagen één aan.
- Elke partner heeft één vast aanspreekpunt voor de route en een vervanger; de namen staan in de taakverdeling.
- Valt een taak tussen twee partners in, dan pakt de partner die het als eerste merkt hem op en meldt het dezelfde dag bij de ketenregisseur.

## 2. Gedeelde informatie en kennis

- Over jongeren delen we alleen wat nodig is voor de beoordeling en de overdracht, met toestemming van de jongere of de ouders; bij acuut gevaar volgen we de meldcode.
- Casusinformatie gaat alleen via het beveiligde berichtenkanaal, nooit via gewone e-mail of apps.
- Wat in het ketenoverleg over een organisatie gezegd wordt, nemen we niet mee naar buiten zonder dat die organisatie ervan weet.
- GGZ Noord en Stichting Ster geven elk halfjaar een gezamenlijke scholing aan de wijkteams over LVB en psychiatrie.

## 3. Risico’s in de achterban

- Dreigt een partner capaciteit te verliezen (wachtlijsten langer dan vier weken, personeelstekort, een bezuiniging of een aanbesteding), dan meldt hij dat binnen een week aan de ketenregisseur, ook als het nog onzeker is.
- Een melding staat op de agenda van het eerstvolgende ketenoverleg; de partners zoeken dan samen een tijdelijke oplossing.
- De gemeente meldt voorgenomen besluiten over inkoop en tarieven vóórdat ze vallen, zodat aanbieders niet verrast worden.

## 4. Reflectie op de samenwerking

- Twee keer per jaar, in maart en oktober, doen we een reflectieronde en bespreken we de uitkomsten in het ketenoverleg.
- We beginnen elk evaluatieoverleg met wat goed ging, en bespreken daarna ten minste één verschil dat nog niet besproken is.
- Deze omgangsregels evalueren we elk jaar in maart; de ketenregisseur bereidt dat voor.
`;

const INFORMATION_SHARING = `# Informatiedeling bij een crisisaanmelding

1. Bij een aanmelding deelt de aanmelder binnen een uur de aanmeldgegevens, de vraag en de betrokken hulpverleners met de crisisdienst.
2. De huisarts deelt de medicatie en relevante voorgeschiedenis met de crisisdienst, ook wanneer de jongere daar op dat moment geen toestemming voor kan geven.
3. Na de beoordeling krijgen het wijkteam en de huisarts binnen één werkdag een korte samenvatting en het advies.
4. Veilig Thuis Noord wordt alleen betrokken volgens de stappen van de meldcode.
`;

const ESCALATION = `# Opschalen bij een vastgelopen crisisplaatsing

- Is er 48 uur na de beoordeling nog geen passende plek, dan belt de crisisdienst de manager zorg van Jeugdhulp Noord en van Stichting Ster.
- Is er na 72 uur nog geen plek, dan beslissen de bestuurders van de betrokken aanbieders samen met de gemeente binnen één werkdag.
- De ketenregisseur legt elke opschaling vast en bespreekt het aantal in het eerstvolgende ketenoverleg.
`;

interface ExampleAgreement {
  kind: AgreementKind;
  title: string;
  /** Null: every partner of the network. */
  parties: ExamplePartnerKey[] | null;
  reviewOn: string;
  versions: { body: string; changeNote: string; on: string }[];
  /** The version put up for ratification, and when. */
  proposed: { version: number; on: string };
  /** Consent of every party (in force), or the decisions that were recorded so far. */
  decisions: 'all' | { partner: ExamplePartnerKey; decision: 'consent' | 'objection'; reason?: string }[];
  inForceOn?: string;
}

export const EXAMPLE_AGREEMENTS: ExampleAgreement[] = [
  {
    kind: 'ground_rules',
    title: 'Omgangsregels',
    parties: null,
    reviewOn: '2027-03-31',
    versions: [
      { body: groundRulesTemplate('nl'), changeNote: 'Sjabloon met de vier kernvragen', on: '2026-01-12' },
      { body: GROUND_RULES, changeNote: 'Antwoorden uit de werksessie van 2 februari verwerkt', on: '2026-02-09' },
    ],
    proposed: { version: 2, on: '2026-02-10' },
    decisions: 'all',
    inForceOn: '2026-03-12',
  },
  {
    kind: 'information_sharing',
    title: 'Informatiedeling bij crisisaanmelding',
    parties: ['ggz', 'ster', 'jeugdhulp', 'wijkteam', 'huisartsen', 'veiligThuis'],
    reviewOn: '2027-06-30',
    versions: [{ body: INFORMATION_SHARING, changeNote: 'Eerste voorstel van de werkgroep privacy', on: '2026-10-06' }],
    proposed: { version: 1, on: '2026-10-08' },
    decisions: [
      { partner: 'ggz', decision: 'consent' },
      { partner: 'wijkteam', decision: 'consent' },
      { partner: 'ster', decision: 'consent' },
      {
        partner: 'huisartsen',
        decision: 'objection',
        reason:
          'Punt 2 vraagt ons medische gegevens te delen zonder toestemming van de jongere. Dat mag alleen bij een conflict van plichten, en dat moet de huisarts per geval afwegen. Graag een formulering die die afweging bij de huisarts laat.',
      },
    ],
  },
  {
    kind: 'escalation',
    title: 'Opschalen bij een vastgelopen crisisplaatsing',
    parties: ['gemeente', 'ggz', 'ster', 'jeugdhulp', 'wijkteam'],
    reviewOn: '2026-09-01',
    versions: [{ body: ESCALATION, changeNote: 'Afgesproken na de evaluatie van de gedeelde crisisbedden', on: '2025-08-18' }],
    proposed: { version: 1, on: '2025-08-20' },
    decisions: 'all',
    inForceOn: '2025-09-03',
  },
];

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+02:00`);

/**
 * Agreements of the example network: ground rules in force for all ten partners, a
 * proposal on information sharing held back by one objection, and an escalation agreement
 * whose review date has passed. Each partner's decision is its own representative's: the
 * coordinator writes and proposes, the partners consent or object (DESIGN §2).
 */
export async function addExampleAgreements(tx: Tx, { networkId, authorId, partnerIds, representatives }: ExampleNetworkContext): Promise<void> {
  const speakerOf = new Map([...partnerIds].map(([key, id]) => [id, representatives.get(key)![0]]));
  const partnerId = (key: ExamplePartnerKey) => partnerIds.get(key)!;
  for (const example of EXAMPLE_AGREEMENTS) {
    const id = randomUUID();
    const parties = (example.parties ?? EXAMPLE_PARTNERS.map((p) => p.key)).map(partnerId);
    const inForce = example.decisions === 'all' ? example.proposed.version : null;
    const last = example.versions[example.versions.length - 1]!;
    await tx
      .insertInto('agreements')
      .values({
        id,
        network_id: networkId,
        kind: example.kind,
        title: example.title,
        all_partners: example.parties === null,
        review_on: example.reviewOn,
        current_version: example.versions.length,
        proposed_version: inForce === null ? example.proposed.version : null,
        version_in_force: inForce,
        in_force_since: example.inForceOn ? at(example.inForceOn, 16) : null,
        created_by: authorId,
        created_at: at(example.versions[0]!.on, 9),
        updated_at: at(example.inForceOn ?? last.on, 16),
      })
      .execute();
    await tx
      .insertInto('agreement_versions')
      .values(
        example.versions.map((v, i) => ({
          id: randomUUID(),
          network_id: networkId,
          agreement_id: id,
          version: i + 1,
          body: v.body,
          change_note: v.changeNote,
          author_id: authorId,
          created_at: at(v.on),
        })),
      )
      .execute();
    if (example.parties !== null) {
      await tx.insertInto('agreement_parties').values(parties.map((p) => ({ network_id: networkId, agreement_id: id, partner_id: p }))).execute();
    }
    const decisions = example.decisions === 'all' ? parties.map((p) => ({ partnerId: p, decision: 'consent' as const, reason: null })) : example.decisions.map((d) => ({ partnerId: partnerId(d.partner), decision: d.decision, reason: d.reason ?? null }));
    const decidedOn = example.inForceOn ?? example.proposed.on;
    await tx
      .insertInto('agreement_ratifications')
      .values(
        decisions.map((d, i) => ({
          id: randomUUID(),
          network_id: networkId,
          agreement_id: id,
          version: example.proposed.version,
          partner_id: d.partnerId,
          decision: d.decision,
          reason: d.reason,
          decided_by: speakerOf.get(d.partnerId)!,
          created_at: new Date(at(decidedOn, 11).getTime() + i * 60_000),
        })),
      )
      .execute();
  }
}
