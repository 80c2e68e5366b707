import type { Language } from '../../domain/notification-preferences.ts';
import type { MailBody } from '../../mail/layout.ts';

/** Something that happened to an agreement that its parties and the coordinator hear about. */
export type AgreementEvent =
  | { kind: 'agreementCreated' }
  | { kind: 'agreementChanged' }
  | { kind: 'agreementVersionAdded'; version: number; changeNote: string }
  | { kind: 'agreementProposed'; version: number }
  | { kind: 'agreementConsented'; version: number; partnerName: string }
  | { kind: 'agreementObjected'; version: number; partnerName: string; reason: string }
  | { kind: 'agreementInForce'; version: number }
  | { kind: 'agreementEnded'; reason: string }
  | { kind: 'agreementReviewDue'; reviewOn: string };

interface MailInput {
  networkName: string;
  title: string;
  actorName: string;
}

function lines(event: AgreementEvent, m: MailInput): { subject: [string, string]; nl: string[]; en: string[] } {
  const t = `"${m.title}"`;
  switch (event.kind) {
    case 'agreementCreated':
      return {
        subject: [`Nieuwe afspraak: ${m.title}`, `New agreement: ${m.title}`],
        nl: [`${m.actorName} heeft de afspraak ${t} opgesteld. Het is nog een concept: lees mee en stel verbeteringen voor.`],
        en: [`${m.actorName} drafted the agreement ${t}. It is still a draft: read along and suggest improvements.`],
      };
    case 'agreementChanged':
      return {
        subject: [`Afspraak gewijzigd: ${m.title}`, `Agreement changed: ${m.title}`],
        nl: [`${m.actorName} heeft de titel, de evaluatiedatum of de partijen van de afspraak ${t} gewijzigd.`],
        en: [`${m.actorName} changed the title, the review date or the parties of the agreement ${t}.`],
      };
    case 'agreementVersionAdded':
      return {
        subject: [`Nieuwe versie van ${m.title}`, `New version of ${m.title}`],
        nl: [`${m.actorName} heeft versie ${event.version} van de afspraak ${t} geschreven.`, `Toelichting: ${event.changeNote}`],
        en: [`${m.actorName} wrote version ${event.version} of the agreement ${t}.`, `Change note: ${event.changeNote}`],
      };
    case 'agreementProposed':
      return {
        subject: [`Ter instemming: ${m.title}`, `For ratification: ${m.title}`],
        nl: [`${m.actorName} legt versie ${event.version} van de afspraak ${t} voor. De vertegenwoordiger van elke partij stemt in of maakt bezwaar, met een reden.`],
        en: [`${m.actorName} proposes version ${event.version} of the agreement ${t}. The representative of each party consents or objects, with a reason.`],
      };
    case 'agreementConsented':
      return {
        subject: [`Instemming met ${m.title}`, `Consent to ${m.title}`],
        nl: [`${event.partnerName} stemt in met versie ${event.version} van de afspraak ${t}.`],
        en: [`${event.partnerName} consents to version ${event.version} of the agreement ${t}.`],
      };
    case 'agreementObjected':
      return {
        subject: [`Bezwaar tegen ${m.title}`, `Objection to ${m.title}`],
        nl: [`${event.partnerName} maakt bezwaar tegen versie ${event.version} van de afspraak ${t}. Zolang het bezwaar staat, gaat deze versie niet in.`, `Reden: ${event.reason}`],
        en: [`${event.partnerName} objects to version ${event.version} of the agreement ${t}. While the objection stands, this version does not come into force.`, `Reason: ${event.reason}`],
      };
    case 'agreementInForce':
      return {
        subject: [`Afspraak van kracht: ${m.title}`, `Agreement in force: ${m.title}`],
        nl: [`Alle partijen hebben ingestemd: versie ${event.version} van de afspraak ${t} is nu van kracht.`],
        en: [`Every party has consented: version ${event.version} of the agreement ${t} is now in force.`],
      };
    case 'agreementEnded':
      return {
        subject: [`Afspraak beëindigd: ${m.title}`, `Agreement ended: ${m.title}`],
        nl: [`${m.actorName} heeft de afspraak ${t} beëindigd.`, `Reden: ${event.reason}`],
        en: [`${m.actorName} ended the agreement ${t}.`, `Reason: ${event.reason}`],
      };
    case 'agreementReviewDue':
      return {
        subject: [`Evaluatie verlopen: ${m.title}`, `Review overdue: ${m.title}`],
        nl: [`De evaluatiedatum van de afspraak ${t} (${event.reviewOn}) is verstreken. Bespreek met de partijen of de afspraak nog werkt, en stel een nieuwe evaluatiedatum vast.`],
        en: [`The review date of the agreement ${t} (${event.reviewOn}) has passed. Discuss with the parties whether the agreement still works, and set a new review date.`],
      };
  }
}

/** The e-mail for an agreement event in the recipient's language. */
export function agreementMail(event: AgreementEvent, input: MailInput, language: Language): MailBody {
  const { subject, nl, en } = lines(event, input);
  return language === 'nl'
    ? { subject: subject[0], lines: [`Samenwerkingsverband "${input.networkName}"`, ...nl], action: 'Bekijk de afspraak' }
    : { subject: subject[1], lines: [`Network "${input.networkName}"`, ...en], action: 'View the agreement' };
}

/** The parameters of the in-app message (`notifications.kinds.<kind>` in the web catalogs). */
export function noticeParams(event: AgreementEvent, title: string, actorName: string): Record<string, string | number | null> {
  const { kind: _kind, ...rest } = event;
  return { title, actor: actorName, ...rest };
}
