import { useQuery } from '@tanstack/react-query';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { sortByName } from '../../components/sortByName.ts';
import { queries } from '../../queries.ts';

export type PartyScope = 'all' | 'chosen';

interface Props {
  networkId: string;
  scope: PartyScope;
  onScopeChange: (scope: PartyScope) => void;
  chosen: string[];
  onChosenChange: (chosen: string[]) => void;
  /** Keeps the checkbox ids apart when two forms are on one page. */
  idPrefix: string;
  error?: string | undefined;
}

/** Who is party to an agreement: every partner (also those that join later), or a chosen set. */
export function PartyChoice({ networkId, scope, onScopeChange, chosen, onChosenChange, idPrefix, error }: Props) {
  const { t, i18n } = useTranslation();
  const partners = useQuery(queries.partners(networkId));
  const options = partners.data ? sortByName(partners.data, i18n.language) : [];
  return (
    <>
      <RadioGroup className="field" value={scope} onChange={(v) => onScopeChange(v === 'chosen' ? 'chosen' : 'all')}>
        <Label className="field-label">{t('agreements.create.parties')}</Label>
        <div className="radio-list">
          <Radio value="all" className="radio">
            {t('agreements.create.allPartners')}
          </Radio>
          <Radio value="chosen" className="radio">
            {t('agreements.create.chosenPartners')}
          </Radio>
        </div>
      </RadioGroup>
      {scope === 'chosen' ? (
        <fieldset className="party-choice">
          <legend>{t('agreements.create.chooseParties')}</legend>
          {options.map((p) => (
            <div key={p.id} className="checkbox-field">
              <input
                type="checkbox"
                id={`${idPrefix}-${p.id}`}
                checked={chosen.includes(p.id)}
                onChange={(e) => onChosenChange(e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))}
              />
              <label htmlFor={`${idPrefix}-${p.id}`}>{p.name}</label>
            </div>
          ))}
          {error ? <p className="field-error">{error}</p> : null}
        </fieldset>
      ) : null}
    </>
  );
}
