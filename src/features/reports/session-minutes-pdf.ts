import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findMeeting } from '../sessions/meeting-view.ts';
import { PdfWriter, readerFormats, type ReportLanguage } from './pdf-writer.ts';
import { reportTexts } from './report-texts.ts';

/**
 * The minutes of a session as a PDF in the reader's language (every role of the network reads a
 * session): attendance per partner, the agenda with time boxes and what was said, the minutes,
 * and the decisions with their steps (who, by when). It carries no scores: the agenda holds what
 * every reader may see (DESIGN §5.3).
 */
export async function sessionMinutesPdf({ db, clock }: AppDeps, { membership, meetingId, language }: { membership: Membership; meetingId: string; language: ReportLanguage }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const meeting = await findMeeting(db, networkId, meetingId);
  if (!meeting) throw notFound('Session not found');
  const network = await db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow();
  const t = reportTexts[language].minutes;
  const f = readerFormats(language);
  const pdf = new PdfWriter({ title: `${t.title}: ${meeting.title}`, language, createdAt: clock.now() });
  pdf.title(meeting.title, `${t.title} · ${t.heldOn(f.day(meeting.heldOn))} · ${t.network(network.name)}`);
  pdf.paragraph(meeting.publishedAt ? t.published(f.time(new Date(meeting.publishedAt))) : t.notPublished, { muted: true });

  pdf.heading(t.attendance);
  pdf.bullets(
    meeting.attendance.partners.map((p) => {
      const status = p.status ? t.status[p.status]! : t.notRecorded;
      return p.attendees.length > 0 ? `${p.name}: ${status}; ${t.came(p.attendees.map((a) => a.name).join(', '))}` : `${p.name}: ${status}`;
    }),
  );
  const others = meeting.attendance.attendees.filter((a) => a.partnerId === null);
  if (others.length > 0) pdf.paragraph(t.othersCame(others.map((a) => a.name).join(', ')));

  pdf.heading(t.agenda);
  if (meeting.agenda.length === 0) pdf.paragraph(t.noAgenda, { muted: true });
  meeting.agenda.forEach((item, index) => {
    pdf.subheading(`${index + 1}. ${item.title}${item.timeBoxMinutes === null ? '' : ` (${t.minutesBox(item.timeBoxMinutes)})`}`);
    if (item.notes.trim()) pdf.paragraph(item.notes.trim());
  });
  if (meeting.agenda.length > 0) {
    pdf.paragraph(t.timeTotal(meeting.timeBudget.plannedMinutes, meeting.timeBudget.durationMinutes), { muted: true });
    if (meeting.timeBudget.overByMinutes > 0) pdf.notice(t.overBy(meeting.timeBudget.overByMinutes));
  }
  if (meeting.minutes.trim()) {
    pdf.heading(t.minutesText);
    pdf.paragraph(meeting.minutes.trim());
  }

  pdf.heading(t.decisions);
  if (meeting.decisions.length === 0) pdf.paragraph(t.noDecisions, { muted: true });
  for (const decision of meeting.decisions) {
    pdf.subheading(decision.title);
    if (decision.description.trim()) pdf.paragraph(decision.description.trim());
    if (decision.changesNothingBecause) pdf.notice(t.changesNothing[decision.changesNothingBecause]!);
    pdf.bullets(decision.consequences.map((c) => t.step(c.title, c.owner?.name ?? null, c.dueOn ? f.day(c.dueOn) : null, t.stepStatus[c.status]!)));
  }
  return { fileName: `${language === 'nl' ? 'verslag' : 'minutes'}-${meeting.heldOn}.pdf`, bytes: await pdf.finish() };
}
