import { useTranslation } from 'react-i18next';

type Interval = { low: number; high: number } | null | undefined;

/** A 95 % interval as "(48–75)", read out as "95 % interval 48 to 75"; nothing without one. */
export function ScoreRange({ interval, digits = 0 }: { interval: Interval; digits?: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  if (!interval) return null;
  const low = number.format(interval.low);
  const high = number.format(interval.high);
  return (
    <span className="score-range">
      <span aria-hidden="true">{`(${low}–${high})`}</span>
      <span className="visually-hidden">{t('results.rangeSpoken', { low, high })}</span>
    </span>
  );
}
