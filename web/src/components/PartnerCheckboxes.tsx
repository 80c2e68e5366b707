import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queries } from '../queries.ts';
import { sortByName } from './sortByName.ts';

interface Props {
  networkId: string;
  legend: string;
  /** The form field name; each checked partner's id travels with the form under it. */
  name: string;
  defaultChecked?: readonly string[];
  /** A partner that must stay chosen (a representative's own), shown checked and locked. */
  locked?: string | null;
  error?: string | undefined;
}

/** A group of checkboxes, one per partner of the network, by name. */
export function PartnerCheckboxes({ networkId, legend, name, defaultChecked = [], locked = null, error }: Props) {
  const { i18n } = useTranslation();
  const partners = useQuery(queries.partners(networkId));
  const options = partners.data ? sortByName(partners.data, i18n.language) : [];
  const errorId = `${name}-error`;
  return (
    <fieldset className="field checkbox-group" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className="checkbox-list">
        {options.map((partner) => (
          <label key={partner.id} className="checkbox-item">
            <input type="checkbox" name={name} value={partner.id} defaultChecked={defaultChecked.includes(partner.id) || partner.id === locked} disabled={partner.id === locked} />
            {partner.name}
            {partner.id === locked ? <input type="hidden" name={name} value={partner.id} /> : null}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
