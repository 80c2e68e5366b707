import { useTranslation } from 'react-i18next';

export const LETTERS = ['R', 'A', 'C', 'I'] as const;

/** What the four letters mean, in the reader's language. */
export function RaciLegend() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="raci-legend-heading" className="raci-legend">
      <h2 id="raci-legend-heading">{t('tasks.legend.heading')}</h2>
      <dl className="raci-legend-list">
        {LETTERS.map((letter) => (
          <div key={letter} className="raci-legend-item">
            <dt>
              <span className={`raci-letter raci-${letter}`}>{letter}</span>
            </dt>
            <dd>
              <strong>{t(`tasks.letters.${letter}`)}</strong>: {t(`tasks.legend.${letter}`)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
