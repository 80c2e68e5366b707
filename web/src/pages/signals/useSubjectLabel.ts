import { useTranslation } from 'react-i18next';
import type { TrendSeries } from './signalQueries.ts';

type Subject = Pick<TrendSeries, 'aspect' | 'partner' | 'from' | 'to'> & { measure: TrendSeries['measure'] | null };

/** The name of what a series or signal is about, in the UI's language. */
export function useSubjectLabel() {
  const { t } = useTranslation();
  return (s: Subject): string => {
    switch (s.measure) {
      case 'aspect':
        return s.aspect ? t(`signals.aspects.${s.aspect}`) : '';
      case 'receivedTrust':
        return t('signals.measures.receivedTrust', { partner: s.partner?.name ?? '' });
      case 'dyadTrust':
        return t('signals.measures.dyadTrust', { from: s.from?.name ?? '', to: s.to?.name ?? '' });
      case 'networkTrust':
      case 'openness':
        return t(`signals.measures.${s.measure}`);
      default:
        return s.from && s.to ? `${s.from.name} ↔ ${s.to.name}` : '';
    }
  };
}

/** Numbers as the UI's language writes them, to one decimal. */
export function useDecimal(digits = 0) {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits });
  return (n: number) => format.format(n);
}
