import type { MailContent } from '../../mail/templates.ts';

// Mails about sessions (overleg): Dutch first, then English.

function longDate(isoDate: string, locale: 'nl-NL' | 'en-GB'): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function sessionScheduledMail(input: { networkName: string; title: string; heldOn: string; url: string }): MailContent {
  return {
    subject: `Overleg gepland: ${input.title} / Session scheduled: ${input.title}`,
    text: [
      `U neemt deel aan het overleg "${input.title}" van ${input.networkName} op ${longDate(input.heldOn, 'nl-NL')}.`,
      'De agenda en de stukken vindt u hier:',
      input.url,
      '',
      '---',
      '',
      `You take part in the session "${input.title}" of ${input.networkName} on ${longDate(input.heldOn, 'en-GB')}.`,
      'The agenda and papers are here:',
      input.url,
    ].join('\n'),
  };
}

export function sessionPublishedMail(input: { networkName: string; title: string; heldOn: string; decisions: number; flagged: number; url: string }): MailContent {
  const flaggedNl = input.flagged > 0 ? ` ${input.flagged} daarvan veranderen morgen nog niets: er is nog geen stap met een eigenaar en een datum.` : '';
  const flaggedEn = input.flagged > 0 ? ` ${input.flagged} of them change nothing tomorrow yet: no step has an owner and a date.` : '';
  return {
    subject: `Verslag en besluiten: ${input.title} / Minutes and decisions: ${input.title}`,
    text: [
      `Het verslag van het overleg "${input.title}" (${longDate(input.heldOn, 'nl-NL')}) van ${input.networkName} staat klaar, met ${input.decisions} ${input.decisions === 1 ? 'besluit' : 'besluiten'}.${flaggedNl}`,
      'Lees het verslag en kies zelf een stap die u oppakt:',
      input.url,
      '',
      '---',
      '',
      `The minutes of the session "${input.title}" (${longDate(input.heldOn, 'en-GB')}) of ${input.networkName} are ready, with ${input.decisions} ${input.decisions === 1 ? 'decision' : 'decisions'}.${flaggedEn}`,
      'Read them and pick a step you will take yourself:',
      input.url,
    ].join('\n'),
  };
}
