import { useTranslation } from 'react-i18next';
import type { ShownScore } from './resultQueries.ts';

/** Numbers as the UI's language writes them, to one decimal. */
export function useNumber(digits = 1) {
  const { i18n } = useTranslation();
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** A score with its respondent count; "insufficient responses" shown as such, never as a number. */
export function ScoreValue({ score, digits = 1 }: { score: ShownScore; digits?: number }) {
  const { t } = useTranslation();
  const number = useNumber(digits);
  if (score.insufficient) {
    return <span className="score-insufficient">{t('results.insufficient', { count: score.respondents })}</span>;
  }
  if (score.value === null) return <span className="muted">{t('results.noAnswers')}</span>;
  return (
    <>
      <span className="score-value">{number.format(score.value)}</span> <span className="muted">{t('results.respondents', { count: score.respondents })}</span>
    </>
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
