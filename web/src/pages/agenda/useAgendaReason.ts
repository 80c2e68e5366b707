import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../components/formatDate.ts';
import { useDecimal } from '../signals/useSubjectLabel.ts';

/** Parameters of agenda reasons that are days or instants ("Besluit van 15 november 2026"). */
const DATE_PARAMS = new Set(['createdOn', 'reviewOn', 'since', 'dueOn', 'decidedOn']);

export interface AgendaReason {
  code: string;
  params: Record<string, unknown>;
}

/**
 * Why an item is on the generated agenda, in words (catalog `agenda.reasons`): numbers in the
 * language's notation, dates as people write them, an open request to nobody in particular
 * addressed to the whole network.
 */
export function useAgendaReason(): (reason: AgendaReason) => string {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const decimal = useDecimal();
  // Reasons come from the generated agenda's catalog; their codes are data, not literal keys.
  const tx = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return ({ code, params }) => {
    const replace = Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, typeof value === 'number' ? decimal(value) : DATE_PARAMS.has(key) && typeof value === 'string' ? date(value) : value]),
    );
    if (code === 'request_unanswered' && !params.to) replace.to = t('agenda.wholeNetwork');
    return tx(`agenda.reasons.${code}`, { replace, defaultValue: '' });
  };
}
