import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { RoundResults } from './resultQueries.ts';
import { ScoreRange, ScoreValue, useNumber } from './ScoreValue.tsx';

type Pair = RoundResults['flags']['perceptionGaps'][number] & Partial<Pick<RoundResults['flags']['asymmetries'][number], 'interval' | 'uncertain'>>;

/**
 * Pairs with their difference in whole points (trust) or to one decimal (levels 0–5); an asymmetry
 * also with the 95 % interval of its difference, marked *uncertain* when that interval contains ±25.
 */
function PairTable({ id, caption, pairs, name, digits, what }: { id: string; caption: string; pairs: Pair[]; name: (id: string) => string; digits: number; what: 'trust' | 'level' }) {
  const { t } = useTranslation();
  const number = useNumber(digits);
  const ranged = what === 'trust';
  return (
    <TableRegion labelledBy={id}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.flags.pair')}</th>
            <th scope="col">{t('results.flags.difference')}</th>
            {ranged ? <th scope="col">{t('results.flags.certainty')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => {
            const [higher, lower] = pair.difference >= 0 ? [pair.a, pair.b] : [pair.b, pair.a];
            return (
              <tr key={`${pair.a}|${pair.b}`}>
                <th scope="row">{`${name(pair.a)} – ${name(pair.b)}`}</th>
                <td>
                  {t(`results.flags.${what}Reading`, { higher: name(higher), lower: name(lower), difference: number.format(Math.abs(pair.difference)) })}{' '}
                  {ranged ? <ScoreRange interval={pair.interval} /> : null}
                </td>
                {ranged ? (
                  <td>{pair.uncertain ? <span className="badge badge-uncertain">{t('results.uncertain')}</span> : t('results.flags.certain')}</td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** Asymmetries and perception gaps (DESIGN §5.4): what they are, which pairs, and what to ask. */
export function FlagsSection({ flags, name }: { flags: RoundResults['flags']; name: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="results-flags-heading">
      <h2 id="results-flags-heading">{t('results.flags.heading')}</h2>
      <p className="muted">{t('results.flags.visibility')}</p>
      <h3>{t('results.flags.asymmetriesHeading')}</h3>
      <p>{t('results.flags.asymmetriesMeaning')}</p>
      <p className="muted">{t('results.flags.uncertainMeaning')}</p>
      {flags.asymmetries.length === 0 ? (
        <p>{t('results.flags.noAsymmetries')}</p>
      ) : (
        <PairTable id="results-asymmetries-caption" caption={t('results.flags.asymmetriesCaption')} pairs={flags.asymmetries} name={name} digits={0} what="trust" />
      )}
      <h3>{t('results.flags.gapsHeading')}</h3>
      <p>{t('results.flags.gapsMeaning')}</p>
      {flags.perceptionGaps.length === 0 ? (
        <p>{t('results.flags.noGaps')}</p>
      ) : (
        <PairTable id="results-gaps-caption" caption={t('results.flags.gapsCaption')} pairs={flags.perceptionGaps} name={name} digits={1} what="level" />
      )}
    </section>
  );
}

/** Per agreement: how important it is and how well it is kept; a gap of 25 points or more is flagged. */
export function AgreementGapsSection({ gaps, titles }: { gaps: RoundResults['agreementGaps']; titles: Map<string, string> }) {
  const { t } = useTranslation();
  const number = useNumber(0);
  return (
    <section aria-labelledby="results-agreements-heading">
      <h2 id="results-agreements-heading">{t('results.agreements.heading')}</h2>
      <p>{t('results.agreements.intro')}</p>
      {gaps.length === 0 ? (
        <p>{t('results.agreements.none')}</p>
      ) : (
        <TableRegion labelledBy="results-agreements-caption">
          <table>
            <caption id="results-agreements-caption">{t('results.agreements.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.agreements.agreement')}</th>
                <th scope="col">{t('results.agreements.importance')}</th>
                <th scope="col">{t('results.agreements.adherence')}</th>
                <th scope="col">{t('results.agreements.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.agreementId}>
                  <th scope="row">{titles.get(g.agreementId) ?? t('results.agreements.unknown')}</th>
                  <td>
                    <ScoreValue score={g.importance} />
                  </td>
                  <td>
                    <ScoreValue score={g.adherence} />
                  </td>
                  <td>
                    {g.gap === null ? '–' : number.format(g.gap)} {g.gap === null ? null : <ScoreRange interval={g.gapInterval} />} {g.flagged ? <span className="badge badge-warning">{t('results.agreements.flagged')}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
