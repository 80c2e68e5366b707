import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import type { Capability } from './availabilityQueries.ts';

/** Chooses the capability a page shows. */
export function CapabilityPicker({ capabilities, value, onChange }: { capabilities: Capability[]; value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('availability.capability')}
      placeholder={t('availability.chooseCapability')}
      options={capabilities.map((c) => ({ id: c.id, label: c.name }))}
      value={value}
      onChange={(id) => {
        if (id) onChange(id);
      }}
    />
  );
}
