import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { listAgreements } from '../agreements/list-agreements.ts';
import { listDecisions } from '../decisions/list-decisions.ts';
import { listDifferences } from '../differences/list-differences.ts';
import { listGoals } from '../goals/list-goals.ts';
import { getReciprocity } from '../requests/get-reciprocity.ts';
import { getRoundResults } from '../results/get-round-results.ts';
import { getTrends } from '../signals/get-trends.ts';
import { getStageAssessment } from '../stage/get-stage-assessment.ts';
import { PdfWriter, readerFormats, type ReportLanguage } from './pdf-writer.ts';
import { reportTexts, stageCriterionText } from './report-texts.ts';

/** How many closed rounds the report shows. */
const LAST_ROUNDS = 3;
/** How many of the latest decisions the report shows, with their steps. */
const LAST_DECISIONS = 10;

/** Every page of a paged list. */
async function everyItem<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    all.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

type Trends = Awaited<ReturnType<typeof getTrends>>;
type Series = Trends['series'][number];

/**
 * The state of the network as a PDF for a steering group or funder, made for its reader (DESIGN
 * §5.3): it is built only from the read models the pages use, each asked as the reader — the
 * stage with its evidence, the last closed rounds' scores with their 95 % intervals and trends
 * (src/features/round-scores through results and trends, so a score under k or a pair rating the
 * reader may not see is never on it), agreements, differences, goals and reciprocity. Pair
 * ratings, when the reader may see any, are marked confidential with who may see them. The last
 * decisions of the sessions follow, with their steps (who, by when), as the minutes give them.
 */
export async function networkReportPdf(deps: AppDeps, { actor, membership, language }: NetworkCaller & { language: ReportLanguage }) {
  permit(membership, 'network.read');
  const { db, clock } = deps;
  const { networkId } = membership;
  const now = clock.now();
  const [network, reader, stage, trends, agreements, differences, goals, reciprocity, decisions] = await Promise.all([
    db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow(),
    db.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow(),
    getStageAssessment(deps, { membership }),
    getTrends(deps, { membership }),
    everyItem((cursor) => listAgreements(deps, { membership, filter: { limit: 200, cursor } })),
    everyItem((cursor) => listDifferences(deps, { membership, filter: { limit: 200, cursor } })),
    everyItem((cursor) => listGoals(deps, { membership, filter: { limit: 200, cursor } })),
    getReciprocity(deps, { membership }),
    listDecisions(deps, { membership, query: { limit: LAST_DECISIONS } }),
  ]);
  const t = reportTexts[language].report;
  const f = readerFormats(language);
  const pdf = new PdfWriter({ title: `${t.title}: ${network.name}`, language, createdAt: now });
  pdf.title(network.name, t.title);
  pdf.paragraph(t.madeFor(reader.name, t.roles[membership.role]!, f.time(now)), { muted: true });

  pdf.heading(t.stage);
  pdf.paragraph(t.stageReached(stage.stage));
  for (const s of stage.stages) {
    pdf.subheading(`${t.stageName(s.stage)}: ${s.met ? t.met : t.notMet}`);
    pdf.bullets(
      s.criteria.map((c) => {
        const missing = c.missing.length > 0 ? `; ${t.missing(c.missing.map((m) => m.name).join(', '))}` : '';
        return `${stageCriterionText(c.key, language)}: ${c.met ? t.met : t.notMet}${missing}`;
      }),
    );
  }

  pdf.heading(t.scores);
  const rounds = trends.rounds.slice(-LAST_ROUNDS);
  if (rounds.length === 0) pdf.paragraph(t.noRounds, { muted: true });
  else {
    pdf.paragraph(t.rounds(rounds.map((r) => r.title).join(', ')));
    const titleOf = new Map(rounds.map((r) => [r.id, r.title]));
    const pointLines = (series: Series) =>
      series.points
        .filter((p) => titleOf.has(p.roundId))
        .map((p) => {
          const round = titleOf.get(p.roundId)!;
          if (p.insufficient) return t.insufficient(round, p.respondents);
          if (p.value === null) return t.noValue(round);
          const interval = p.interval ? `${f.number(p.interval.low)}-${f.number(p.interval.high)}` : null;
          return t.point(round, f.number(p.value), interval, p.change === null ? null : f.change(p.change), p.respondents);
        });
    const writeSeries = (series: Series, name: string) => {
      pdf.subheading(series.spiral ? `${name}: ${t.spiral[series.spiral]}${series.uncertain ? t.uncertain : ''}` : name);
      pdf.bullets(pointLines(series));
    };
    for (const series of trends.series) {
      if (series.measure === 'networkTrust' || series.measure === 'openness') writeSeries(series, t.measures[series.measure]!);
      else if (series.measure === 'aspect' && series.aspect) writeSeries(series, t.aspects[series.aspect]!);
      else if (series.measure === 'receivedTrust' && series.partner) writeSeries(series, t.receivedTrust(series.partner.name));
    }
    // Pair ratings: only those the results and trends give this reader, under a confidential mark.
    const pairs = trends.series.filter((s) => s.measure === 'dyadTrust' && s.from && s.to);
    const last = rounds.at(-1)!;
    const lastResults = await getRoundResults(deps, { membership, roundId: last.id });
    const shownDyads = 'dyads' in lastResults ? lastResults.dyads : [];
    if (pairs.length > 0 || shownDyads.length > 0) {
      pdf.heading(t.confidential);
      pdf.notice(t.confidentialWho(last.disclosureMode));
      for (const series of pairs) writeSeries(series, t.pair(series.from!.name, series.to!.name));
    }
  }

  pdf.heading(t.agreements);
  if (agreements.length === 0) pdf.paragraph(t.noAgreements, { muted: true });
  pdf.bullets(agreements.map((a) => `${a.title}: ${t.agreementStatus[a.status]!}${a.reviewOn ? `, ${t.review(f.day(a.reviewOn), a.reviewOverdue)}` : ''}`));

  pdf.heading(t.differences);
  if (differences.length === 0) pdf.paragraph(t.noDifferences, { muted: true });
  pdf.bullets(differences.map((d) => `${d.topic}: ${t.differenceStatus[d.status]!}`));

  pdf.heading(t.goals);
  if (goals.length === 0) pdf.paragraph(t.noGoals, { muted: true });
  pdf.bullets(
    goals.map((g) => {
      const unit = g.unit ? ` ${g.unit}` : '';
      const latest = g.latest ? t.latest(`${g.latest.value}${unit}`, f.day(g.latest.measuredOn)) : null;
      return t.goal(g.title, g.indicator, `${g.target}${unit}`, f.day(g.deadline), latest, g.shared);
    }),
  );

  const m = reportTexts[language].minutes;
  pdf.heading(t.decisions);
  if (decisions.items.length === 0) pdf.paragraph(t.noDecisions, { muted: true });
  else pdf.paragraph(t.decisionsIntro(decisions.items.length));
  for (const decision of decisions.items) {
    pdf.subheading(decision.session ? t.decisionOf(decision.title, decision.session.title, f.day(decision.session.heldOn)) : decision.title);
    if (decision.changesNothingBecause) pdf.notice(m.changesNothing[decision.changesNothingBecause]!);
    pdf.bullets(decision.consequences.map((c) => m.step(c.title, c.owner?.name ?? null, c.dueOn ? f.day(c.dueOn) : null, m.stepStatus[c.status]!)));
  }

  pdf.heading(t.reciprocity);
  if (reciprocity.items.length === 0) pdf.paragraph(t.noReciprocity, { muted: true });
  pdf.bullets(reciprocity.items.map((r) => t.balance(r.partnerName, r.given, r.received, f.change(r.balance))));

  return { fileName: `${language === 'nl' ? 'stand-van-het-netwerk' : 'state-of-the-network'}-${now.toISOString().slice(0, 10)}.pdf`, bytes: await pdf.finish() };
}
