import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import type { Sector } from '../../domain/sectors.ts';
import { insertPartner } from '../partners/insert-partner.ts';
import type { ExampleNetworkContext } from './example-network.ts';

/** The partners of the example network, by a short key that later parts use to refer to them. */
export type ExamplePartnerKey =
  | 'gemeente'
  | 'ggz'
  | 'ster'
  | 'jeugdhulp'
  | 'wijkteam'
  | 'huisartsen'
  | 'veiligThuis'
  | 'welzijn'
  | 'onderwijs'
  | 'deBrug';

interface ExampleProfile {
  drivers: string;
  interests: string;
  values: string;
  workLogic: string;
  /** One item per line; several match another partner's need word for word. */
  offer: string[];
  need: string[];
  competences: string;
  constituency: string;
  constituencyRisks: string;
}

interface ExamplePartner {
  key: ExamplePartnerKey;
  name: string;
  sector: Sector;
  kvk?: string;
  agb?: string;
  website: string;
  description: string;
  profile: ExampleProfile;
}

// Items that several partners offer or need, spelled once so offers and needs match exactly.
const CRISIS_ASSESSMENT = 'Crisisbeoordeling jeugd-GGZ binnen 24 uur';
const LVB_CONSULT = 'LVB-consultatie bij crisis';
const CRISIS_PLACE = 'Crisisopvangplek voor jongeren';
const RESPITE_BED = 'Logeerbed voor jongeren met een LVB';
const FAST_ACCESS = 'Snelle toegang en beschikking jeugdhulp';
const NEIGHBOURHOOD_CONTACT = 'Vast aanspreekpunt in de wijk';
const EARLY_SIGNALS = 'Signalen van zorgen over jongeren';
const SAFETY_ASSESSMENT = 'Veiligheidstaxatie bij huiselijk geweld';
const PEER_EXPERT = 'Ervaringsdeskundige bij crisisgesprekken';
const SCHOOL_PLACE = 'Onderwijsplek tijdens en na een crisis';
const AFTERCARE = 'Jongerenwerk als nazorg na een crisis';
const MONTHLY_FIGURES = 'Cijfers over crisisinzet per maand';
const GP_INFORMATION = 'Medicatieoverzicht en huisartsinformatie';
const PARENT_SUPPORT = 'Cliëntondersteuning voor ouders';

export const EXAMPLE_PARTNERS: ExamplePartner[] = [
  {
    key: 'gemeente',
    name: 'Gemeente Noorderveen',
    sector: 'gemeente',
    kvk: '50123456',
    website: 'https://www.noorderveen.example',
    description: 'Centrumgemeente van Regio Noord; koopt namens zes gemeenten de jeugdhulp in en voert de regie op de crisisroute.',
    profile: {
      drivers: 'Geen jongere in crisis mag tussen de wal en het schip vallen. De wethouder heeft de raad beloofd dat er binnen een jaar één herkenbare crisisroute is.',
      interests: 'Grip op de stijgende kosten van spoedplaatsingen (zes ton boven begroting vorig jaar).\nMinder plaatsingen buiten de regio.\nVerantwoording aan de gemeenteraad met cijfers die kloppen.',
      values: 'Rechtmatigheid en zorgvuldigheid met publiek geld.\nDichtbij inwoners.\nGelijke toegang voor alle jongeren in de zes gemeenten.',
      workLogic: 'Werkt in begrotingsjaren en bestuurlijke besluiten; afspraken worden pas bindend na collegebesluit. Denkt in contracten, beschikkingen en productcodes.',
      offer: [FAST_ACCESS, 'Financiering van een regionale crisisdienst', 'Bestuurlijk draagvlak bij de zes gemeenten'],
      need: [MONTHLY_FIGURES, PEER_EXPERT, 'Eén gezamenlijk voorstel van de aanbieders in plaats van zes losse'],
      competences: 'Verbinden van bestuur en uitvoering, contractmanagement, data-analyse van de jeugdmonitor.',
      constituency: 'Het college van B&W, de gemeenteraad en de vijf andere gemeenten in de regio.',
      constituencyRisks: 'Raadsleden willen snel resultaat zien; een incident in de krant kan leiden tot een politieke opdracht die de afspraken in de route doorkruist. De kleinere gemeenten twijfelen of zij evenveel profiteren als zij betalen.',
    },
  },
  {
    key: 'ggz',
    name: 'GGZ Noord',
    sector: 'ggz',
    kvk: '41987654',
    agb: '22012345',
    website: 'https://www.ggznoord.example',
    description: 'Specialistische GGZ met een kinder- en jeugdpsychiatrische crisisdienst voor Regio Noord, dag en nacht bereikbaar.',
    profile: {
      drivers: 'Jongeren met ernstige psychiatrische problemen op tijd de juiste behandeling geven, liefst zonder opname.',
      interests: 'Een houdbare bezetting van de crisisdienst: er zijn te weinig kinder- en jeugdpsychiaters.\nGeen opnames die eigenlijk om opvang of veiligheid vragen.\nEen tarief dat de nachtdiensten dekt.',
      values: 'Professionele autonomie en zorgvuldige diagnostiek.\nBehandelen waar het kan, beschermen waar het moet.',
      workLogic: 'Diagnose gestuurd: eerst triage en beoordeling, dan een behandelplan. Werkt met verwijzingen via huisarts of gemeente en met een wachtlijst voor reguliere zorg.',
      offer: [CRISIS_ASSESSMENT, MONTHLY_FIGURES, 'Telefonisch consult voor huisartsen, ook in de avond'],
      need: [LVB_CONSULT, CRISIS_PLACE, SCHOOL_PLACE, AFTERCARE, GP_INFORMATION, PEER_EXPERT],
      competences: 'Psychiatrische triage, risicotaxatie bij suïcidaliteit, kortdurende intensieve behandeling aan huis (IHT).',
      constituency: 'Behandelaars en psychiaters van de crisisdienst, de raad van bestuur en de zorgverzekeraar voor het volwassen deel van de organisatie.',
      constituencyRisks: 'Psychiaters voelen zich aangesproken op bedden die zij niet hebben; de raad van bestuur dreigt de nachtdienst voor jeugd te sluiten als de regio het tekort niet dekt.',
    },
  },
  {
    key: 'ster',
    name: 'Stichting Ster',
    sector: 'gehandicaptenzorg',
    kvk: '40211223',
    agb: '23034567',
    website: 'https://www.stichtingster.example',
    description: 'Zorg en begeleiding voor kinderen en jongeren met een licht verstandelijke beperking (LVB), met logeerhuizen in Noorderveen en Oostwold.',
    profile: {
      drivers: 'Dat de beperking van een jongere gezien wordt voordat er een etiket van gedragsproblemen op komt.',
      interests: 'Erkenning van LVB-expertise in de crisisroute.\nLogeerbedden die niet structureel bezet raken door jongeren voor wie geen vervolgplek is.',
      values: 'Aansluiten bij wat de jongere begrijpt.\nGeduld, duidelijkheid en vaste gezichten.',
      workLogic: 'Langdurige relaties met gezinnen; planning per week met vaste begeleiders. Crisis past slecht in de roosters, maar de kennis is er wel.',
      offer: [LVB_CONSULT, RESPITE_BED, 'Training omgaan met LVB voor crisismedewerkers'],
      need: [CRISIS_ASSESSMENT, FAST_ACCESS, SCHOOL_PLACE, 'Duidelijke afspraak over wie na 72 uur de regie heeft'],
      competences: 'Vertalen van hulpverleningstaal naar begrijpelijke taal, gedragsanalyse, werken met beeldende hulpmiddelen.',
      constituency: 'Begeleiders van de logeerhuizen, de cliëntenraad en de ouders van kinderen in langdurige zorg.',
      constituencyRisks: 'De cliëntenraad vreest dat crisisplaatsingen de logeerplekken van vaste gezinnen opeten; begeleiders raken overbelast door onrustige nachten.',
    },
  },
  {
    key: 'jeugdhulp',
    name: 'Jeugdhulp Noord',
    sector: 'jeugdhulp',
    kvk: '41555777',
    agb: '75056789',
    website: 'https://www.jeugdhulpnoord.example',
    description: 'Ambulante jeugdhulp, pleegzorg en een crisisopvang met zes plekken voor jongeren van 12 tot 18 jaar.',
    profile: {
      drivers: 'Jongeren zo snel mogelijk weer veilig thuis of in een gezinssituatie laten wonen.',
      interests: 'Bezetting van de crisisopvang op een houdbaar niveau; nu staan jongeren er weken omdat een vervolgplek ontbreekt.\nEen eerlijke verdeling van de zwaarste casussen.',
      values: 'Gezinsgericht werken, de jongere zelf aan het woord, geen uithuisplaatsing zonder perspectief.',
      workLogic: 'Werkt met trajecten van drie maanden en een gezinsplan. De crisisopvang is 24/7 bereikbaar via een eigen piketdienst.',
      offer: [CRISIS_PLACE, MONTHLY_FIGURES, 'Gezinsgerichte hulp binnen 48 uur na de crisis'],
      need: [CRISIS_ASSESSMENT, LVB_CONSULT, RESPITE_BED, FAST_ACCESS, SAFETY_ASSESSMENT, SCHOOL_PLACE, AFTERCARE, PEER_EXPERT],
      competences: 'Crisisinterventie in gezinnen, netwerkberaden, pleegzorgmatching.',
      constituency: 'Pedagogisch medewerkers van de crisisopvang, pleegouders en de ondernemingsraad.',
      constituencyRisks: 'Pleegouders haken af als zij te vaak een spoedplaatsing krijgen; het verloop onder medewerkers van de opvang is hoog.',
    },
  },
  {
    key: 'wijkteam',
    name: 'Wijkteam Noorderveen-Centrum',
    sector: 'wijkteam',
    website: 'https://www.wijkteamnoorderveen.example',
    description: 'Generalistisch wijkteam en lokale toegang tot jeugdhulp en Wmo voor het centrum van Noorderveen.',
    profile: {
      drivers: 'Gezinnen houden de regie over hun eigen leven; wij blijven als vast gezicht betrokken, ook tijdens een crisis.',
      interests: 'Overzicht over wat er na een crisis gebeurt; nu horen we het vaak pas achteraf.\nNiet de restpost worden als niemand anders verantwoordelijk is.',
      values: 'Eén gezin, één plan, één regisseur.\nLaagdrempelig en nabij.',
      workLogic: 'Werkt kantoortijden met een wijkgerichte caseload; buiten kantoortijd is het wijkteam niet bereikbaar en neemt de crisisdienst het over.',
      offer: [NEIGHBOURHOOD_CONTACT, 'Gezinsplan dat alle hulp bundelt', 'Casusregie na de eerste 72 uur'],
      need: [CRISIS_ASSESSMENT, CRISIS_PLACE, RESPITE_BED, SAFETY_ASSESSMENT, EARLY_SIGNALS, PARENT_SUPPORT],
      competences: 'Breed kijken naar gezinnen (schulden, wonen, opvoeding), verbinden van formele en informele hulp.',
      constituency: 'Wijkteammedewerkers, de teamleider en de wijkraad van het centrum.',
      constituencyRisks: 'Medewerkers voelen zich overvraagd als de crisisroute de regie na 72 uur standaard bij hen legt zonder extra formatie.',
    },
  },
  {
    key: 'huisartsen',
    name: 'Huisartsenkring Noord',
    sector: 'huisartsenzorg',
    kvk: '40333444',
    website: 'https://www.huisartsenkringnoord.example',
    description: 'Vereniging van 64 huisartsen in Regio Noord, met praktijkondersteuners GGZ-jeugd en een gezamenlijke huisartsenpost.',
    profile: {
      drivers: 'Dat een huisarts die om half elf een jongere in nood ziet, binnen een uur weet wie het overneemt.',
      interests: 'Geen tijdrovende rondjes bellen naar crisisdiensten.\nTerugkoppeling na een verwijzing.\nBescherming van de beperkte tijd van de huisarts.',
      values: 'Medische continuïteit, de huisarts als vaste poortwachter, zorg dicht bij huis.',
      workLogic: 'Consulten van tien minuten; buiten kantoortijd via de huisartsenpost met wisselende artsen. Beslist snel, met weinig informatie.',
      offer: [GP_INFORMATION, EARLY_SIGNALS, 'Praktijkondersteuner GGZ-jeugd in elke praktijk'],
      need: [CRISIS_ASSESSMENT, SAFETY_ASSESSMENT, NEIGHBOURHOOD_CONTACT, 'Eén telefoonnummer voor de hele crisisroute'],
      competences: 'Medische triage, langdurige kennis van gezinnen, snelle verwijzing.',
      constituency: 'Huisartsen, praktijkondersteuners en de huisartsenpost.',
      constituencyRisks: 'Huisartsen haken af als overleg in de route meer tijd kost dan het oplevert; de huisartsenpost heeft wisselende bezetting en kent de afspraken vaak niet.',
    },
  },
  {
    key: 'veiligThuis',
    name: 'Veilig Thuis Regio Noord',
    sector: 'anders',
    kvk: '40888999',
    website: 'https://www.veiligthuisnoord.example',
    description: 'Advies- en meldpunt huiselijk geweld en kindermishandeling voor Regio Noord.',
    profile: {
      drivers: 'Geweld stoppen en veiligheid voor kinderen duurzaam herstellen.',
      interests: 'Dat meldingen tijdig en volledig binnenkomen.\nDat veiligheid voorgaat op de wachtlijst van behandeling.',
      values: 'Veiligheid eerst, transparant naar gezinnen over wat wij doen, zorgvuldig met gevoelige gegevens.',
      workLogic: 'Werkt volgens het wettelijk kader en de meldcode: triage binnen vijf werkdagen, direct bij acuut gevaar. Dossiers zijn strikt afgeschermd.',
      offer: [SAFETY_ASSESSMENT, 'Advies aan professionals over de meldcode', 'Acute inzet bij direct gevaar, dag en nacht'],
      need: [EARLY_SIGNALS, CRISIS_PLACE, LVB_CONSULT, PARENT_SUPPORT],
      competences: 'Risicotaxatie, veiligheidsplannen, samenwerking met politie en Raad voor de Kinderbescherming.',
      constituency: 'Medewerkers van het meldpunt, de toezichthouder en de gemeenten die Veilig Thuis financieren.',
      constituencyRisks: 'De inspectie kijkt mee bij elke calamiteit; medewerkers zijn terughoudend met informatie delen zolang de afspraken daarover niet helder zijn.',
    },
  },
  {
    key: 'welzijn',
    name: 'Welzijn Noord',
    sector: 'welzijn',
    kvk: '40121212',
    website: 'https://www.welzijnnoord.example',
    description: 'Jongerenwerk, schoolmaatschappelijk werk en buurtactiviteiten in Noorderveen en omgeving.',
    profile: {
      drivers: 'Jongeren een plek geven waar zij gewoon jongere mogen zijn, ook na een zware periode.',
      interests: 'Gezien worden als volwaardige partner en niet alleen als vindplaats.\nStructurele financiering in plaats van projectgeld per jaar.',
      values: 'Vrijwilligheid, aansluiten bij de leefwereld van jongeren, vertrouwen van jongeren niet beschamen.',
      workLogic: 'Werkt outreachend op straat en in buurthuizen, vaak in de avond. Geen dossiers of indicaties; de relatie is het instrument.',
      offer: [EARLY_SIGNALS, AFTERCARE, 'Ruimte in het jongerencentrum voor gesprekken buiten kantoortijd'],
      need: [NEIGHBOURHOOD_CONTACT, 'Korte lijn naar de crisisdienst als een jongere ons iets toevertrouwt'],
      competences: 'Contact leggen met jongeren die hulpverlening wantrouwen, groepswerk, activiteiten met jongeren zelf organiseren.',
      constituency: 'Jongerenwerkers, vrijwilligers en de jongeren van de jongerenraad.',
      constituencyRisks: 'Jongeren haken af als zij merken dat de jongerenwerker alles doorgeeft; jongerenwerkers voelen spanning tussen vertrouwelijkheid en signaleren.',
    },
  },
  {
    key: 'onderwijs',
    name: 'Samenwerkingsverband Passend Onderwijs Noord',
    sector: 'onderwijs',
    kvk: '40565656',
    website: 'https://www.passendonderwijsnoord.example',
    description: 'Samenwerkingsverband van 14 scholen voor voortgezet onderwijs; verantwoordelijk voor passend onderwijs en thuiszitters.',
    profile: {
      drivers: 'Elke jongere heeft recht op onderwijs; ook een jongere in crisis moet een weg terug naar school hebben.',
      interests: 'Minder thuiszitters.\nGeen jongeren die na een opname weken zonder school zitten.\nDuidelijkheid wie schoolgaan meeneemt in het plan.',
      values: 'Ontwikkeling en perspectief, de school als normale plek in een onrustig leven.',
      workLogic: 'Denkt in schooljaren en leerplicht; zorgteams op school komen eens per twee weken bijeen. In vakanties is weinig bereikbaar.',
      offer: [SCHOOL_PLACE, EARLY_SIGNALS, 'Onderwijsconsulent die meedenkt in het crisisplan'],
      need: [NEIGHBOURHOOD_CONTACT, 'Bericht binnen een week als een leerling in de crisisopvang verblijft'],
      competences: 'Maatwerk in onderwijsroutes, combinaties van school en zorg, contact met de leerplichtambtenaar.',
      constituency: 'Schoolbesturen, zorgcoördinatoren van de scholen en de ondersteuningsplanraad.',
      constituencyRisks: 'Scholen vrezen onrust in de klas bij terugkeer van jongeren na een crisis; besturen willen geen zorgtaken zonder budget.',
    },
  },
  {
    key: 'deBrug',
    name: 'Ouder- en Jongerensteunpunt De Brug',
    sector: 'clientvertegenwoordiging',
    kvk: '40787878',
    website: 'https://www.steunpuntdebrug.example',
    description: 'Onafhankelijke cliëntondersteuning en ervaringsdeskundigen voor jongeren en ouders in Regio Noord.',
    profile: {
      drivers: 'Ouders en jongeren moeten begrijpen wat er gebeurt en mee kunnen beslissen, juist als alles tegelijk misgaat.',
      interests: 'Een vaste plek aan tafel bij het overleg over de crisisroute.\nTijdige betrokkenheid in plaats van achteraf uitleggen.',
      values: 'Onafhankelijkheid, gelijkwaardigheid, de ervaringskennis van gezinnen telt even zwaar als professionele kennis.',
      workLogic: 'Kleine organisatie met veel vrijwilligers en enkele betaalde ervaringsdeskundigen; inzet op aanvraag, binnen twee werkdagen.',
      offer: [PEER_EXPERT, PARENT_SUPPORT, 'Terugkoppeling van gezinnen over hoe de route voelde'],
      need: [FAST_ACCESS, 'Toegang tot het overleg van de crisisroute', 'Vergoeding voor de inzet van ervaringsdeskundigen'],
      competences: 'Ervaringsdeskundigheid, uitleggen in gewone taal, bemiddelen tussen gezin en hulpverlening.',
      constituency: 'Ouders en jongeren die crisiszorg hebben meegemaakt, en de vrijwilligers van het steunpunt.',
      constituencyRisks: 'Gezinnen verliezen vertrouwen als De Brug te dicht tegen de aanbieders aan lijkt te schuren; vrijwilligers raken uitgeput door zware verhalen.',
    },
  },
];

/**
 * Adds the ten example partners and a first profile version of each (authored by the
 * coordinator) to the network, and returns their ids by key.
 */
export async function addExamplePartners(tx: Tx, context: Pick<ExampleNetworkContext, 'networkId' | 'authorId' | 'now'>): Promise<Map<ExamplePartnerKey, string>> {
  const ids = new Map<ExamplePartnerKey, string>();
  for (const partner of EXAMPLE_PARTNERS) {
    const row = await insertPartner(tx, {
      networkId: context.networkId,
      partner: {
        name: partner.name,
        sector: partner.sector,
        kvk: partner.kvk ?? null,
        agb: partner.agb ?? null,
        ura: null,
        website: partner.website,
        description: partner.description,
      },
      now: context.now,
    });
    ids.set(partner.key, row.id);
    const p = partner.profile;
    await tx
      .insertInto('partner_profile_versions')
      .values({
        id: randomUUID(),
        network_id: context.networkId,
        partner_id: row.id,
        version: 1,
        drivers: p.drivers,
        interests: p.interests,
        values: p.values,
        work_logic: p.workLogic,
        offer: p.offer.join('\n'),
        need: p.need.join('\n'),
        competences: p.competences,
        constituency: p.constituency,
        constituency_risks: p.constituencyRisks,
        change_note: 'Voorbeeldprofiel',
        author_id: context.authorId,
        created_at: context.now,
      })
      .execute();
  }
  return ids;
}
