import type { Language } from '../../domain/notification-preferences.ts';
import { mailCalendarDay } from '../../mail/dates.ts';
import type { MailBody } from '../../mail/layout.ts';

// Mails about sessions (overleg), in the recipient's language.

/** A session's day, time and place as the mail about it gives them. */
export interface SessionMailInput {
  networkName: string;
  title: string;
  heldOn: string;
  startTime?: string | null | undefined;
  endTime?: string | null | undefined;
  location?: string | undefined;
  onlineLink?: string | undefined;
  /** The session was planned before and its title, day, time or place changed. */
  changed?: boolean | undefined;
}

/** That someone takes part in a session (or that one they take part in changed), with when and where. */
export function sessionScheduledMail(input: SessionMailInput, language: Language): MailBody {
  const day = mailCalendarDay(input.heldOn, language);
  const nl = language === 'nl';
  const time = input.startTime ? (input.endTime ? `${input.startTime}–${input.endTime}` : input.startTime) : null;
  const details = [
    time && (nl ? `Tijd: ${time}` : `Time: ${time}`),
    input.location && (nl ? `Plaats: ${input.location}` : `Place: ${input.location}`),
    input.onlineLink && `Online: ${input.onlineLink}`,
  ].filter((line): line is string => Boolean(line));
  if (input.changed) {
    return nl
      ? { subject: `Overleg gewijzigd: ${input.title}`, lines: [`Het overleg "${input.title}" van ${input.networkName}, waaraan u deelneemt, is gewijzigd. Het is op ${day}.`, ...details], action: 'De agenda en de stukken' }
      : { subject: `Session changed: ${input.title}`, lines: [`The session "${input.title}" of ${input.networkName}, in which you take part, has changed. It is on ${day}.`, ...details], action: 'The agenda and papers' };
  }
  return nl
    ? { subject: `Overleg gepland: ${input.title}`, lines: [`U neemt deel aan het overleg "${input.title}" van ${input.networkName} op ${day}.`, ...details], action: 'De agenda en de stukken' }
    : { subject: `Session scheduled: ${input.title}`, lines: [`You take part in the session "${input.title}" of ${input.networkName} on ${day}.`, ...details], action: 'The agenda and papers' };
}

/**
 * That a session someone had in their calendar is off for them: it was cancelled (`deleted`) or
 * they no longer take part (`removed`). Only its title, network and day, which they were told before.
 */
export function sessionCancelledMail(input: { networkName: string; title: string; heldOn: string; reason: 'deleted' | 'removed' }, language: Language): MailBody {
  const day = mailCalendarDay(input.heldOn, language);
  if (language === 'nl') {
    const line =
      input.reason === 'deleted'
        ? `Het overleg "${input.title}" van ${input.networkName} op ${day} gaat niet door.`
        : `U neemt niet meer deel aan het overleg "${input.title}" van ${input.networkName} op ${day}.`;
    return { subject: `${input.reason === 'deleted' ? 'Overleg vervallen' : 'Niet meer in het overleg'}: ${input.title}`, lines: [line, 'Het bijgevoegde agendabestand haalt het uit uw agenda.'], action: 'Naar de overleggen' };
  }
  const line =
    input.reason === 'deleted'
      ? `The session "${input.title}" of ${input.networkName} on ${day} is cancelled.`
      : `You no longer take part in the session "${input.title}" of ${input.networkName} on ${day}.`;
  return { subject: `${input.reason === 'deleted' ? 'Session cancelled' : 'No longer in the session'}: ${input.title}`, lines: [line, 'The attached calendar file takes it out of your calendar.'], action: 'To the sessions' };
}

export function sessionPublishedMail(input: { networkName: string; title: string; heldOn: string; decisions: number; flagged: number }, language: Language): MailBody {
  const day = mailCalendarDay(input.heldOn, language);
  if (language === 'nl') {
    const flagged = input.flagged > 0 ? ` ${input.flagged} daarvan veranderen morgen nog niets: er is nog geen stap met een eigenaar en een datum.` : '';
    return {
      subject: `Verslag en besluiten: ${input.title}`,
      lines: [`Het verslag van het overleg "${input.title}" (${day}) van ${input.networkName} staat klaar, met ${input.decisions} ${input.decisions === 1 ? 'besluit' : 'besluiten'}.${flagged}`],
      action: 'Lees het verslag en kies zelf een stap die u oppakt',
    };
  }
  const flagged = input.flagged > 0 ? ` ${input.flagged} of them change nothing tomorrow yet: no step has an owner and a date.` : '';
  return {
    subject: `Minutes and decisions: ${input.title}`,
    lines: [`The minutes of the session "${input.title}" (${day}) of ${input.networkName} are ready, with ${input.decisions} ${input.decisions === 1 ? 'decision' : 'decisions'}.${flagged}`],
    action: 'Read them and pick a step you will take yourself',
  };
}
