import { useTranslation } from 'react-i18next';
import type { Capability } from './availabilityQueries.ts';

/** "at least 2 partners, around the clock" / "…, Fri 17:00–08:00, Sat 22:00–08:00" in the UI language. */
export function useRequirementText(): (capability: Capability) => string {
  const { t } = useTranslation();
  return (capability) => {
    const requirement = capability.requirement;
    if (!requirement) return t('availability.requirement.none');
    const when =
      requirement.windows === null
        ? t('availability.requirement.aroundTheClock')
        : requirement.windows.map((w) => `${t(`availability.weekdaysShort.${w.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)} ${w.start}–${w.end}`).join(', ');
    return t('availability.requirement.summary', { count: requirement.minPartners, when });
  };
}
