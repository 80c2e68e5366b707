import { useQuery } from '@tanstack/react-query';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { queries } from '../../queries.ts';

/** Chooses the people of the network who take part in a session. */
export function ParticipantsSelect({ networkId, value, onChange }: { networkId: string; value: Key[]; onChange: (keys: Key[]) => void }) {
  const { t, i18n } = useTranslation();
  const members = useQuery(queries.members(networkId));
  const people = [...(members.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <Select selectionMode="multiple" name="participantIds" className="field" placeholder={t('sessions.form.participantsPlaceholder')} value={value} onChange={(keys) => onChange([...keys])}>
      <Label className="field-label">{t('sessions.form.participants')}</Label>
      <Text slot="description" className="field-description">
        {t('sessions.form.participantsHint')}
      </Text>
      <Button className="select-button select-button-field select-button-multiple">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={people.map((m) => ({ id: m.userId, name: m.name, role: m.role, partner: m.partner?.name ?? null }))}>
          {(person) => (
            <ListBoxItem id={person.id} className="listbox-item listbox-item-check" textValue={person.name}>
              {person.name} ({person.partner ?? t(`roles.${person.role}`)})
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
