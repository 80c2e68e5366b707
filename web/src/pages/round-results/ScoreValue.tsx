import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScoreRange } from '../../components/ScoreRange.tsx';
import type { ShownScore } from './resultQueries.ts';

export { ScoreRange };

/** Numbers as the UI's language writes them: whole numbers unless a scale asks for a decimal. */
export function useNumber(digits = 0) {
  const { i18n } = useTranslation();
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/**
 * A score as "62 (48–75)" with its respondent count: whole numbers and the 95 % interval (DESIGN
 * §5.9), never false precision; "insufficient responses" shown as such, never as a number.
 */
export function ScoreValue({ score, digits = 0 }: { score: ShownScore; digits?: number }) {
  const { t } = useTranslation();
  const number = useNumber(digits);
  if (score.insufficient) {
    return <span className="score-insufficient">{t('results.insufficient', { count: score.respondents })}</span>;
  }
  if (score.value === null) return <span className="muted">{t('results.noAnswers')}</span>;
  return (
    <>
      <span className="score-value">{number.format(score.value)}</span> <ScoreRange interval={score.interval} digits={digits} />{' '}
      <span className="muted">{t('results.respondents', { count: score.respondents })}</span>
    </>
  );
}

/** Where every score of a page is explained: the measurement page (docs/measurement.md). */
export function MeasurementLink() {
  const { t } = useTranslation();
  return (
    <p className="muted">
      {t('results.rangesExplained')} <Link to="/measurement">{t('results.measurementLink')}</Link>
    </p>
  );
}

/** The headline scores of the round, each with what it means. */
export function HeadlineScores({ results }: { results: { networkTrust: ShownScore; networkValue: ShownScore; openness: ShownScore; dispersion: ShownScore; responseRate: { invited: number; responded: number; rate: number | null } } }) {
  const { t } = useTranslation();
  const percent = useNumber(0);
  const rows = [
    ['networkTrust', results.networkTrust],
    ['networkValue', results.networkValue],
    ['openness', results.openness],
    ['dispersion', results.dispersion],
  ] as const;
  return (
    <section aria-labelledby="results-headline-heading">
      <h2 id="results-headline-heading">{t('results.headline.heading')}</h2>
      <MeasurementLink />
      <dl className="score-cards">
        {rows.map(([key, score]) => (
          <div key={key} className="score-card">
            <dt>{t(`results.headline.${key}`)}</dt>
            <dd>
              <ScoreValue score={score} />
              <span className="field-description">{t(`results.headline.${key}Hint`)}</span>
            </dd>
          </div>
        ))}
        <div className="score-card">
          <dt>{t('results.headline.responseRate')}</dt>
          <dd>
            <span className="score-value">{results.responseRate.rate === null ? '–' : `${percent.format(results.responseRate.rate * 100)}%`}</span>{' '}
            <span className="muted">{t('results.headline.responseRateValue', results.responseRate)}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
