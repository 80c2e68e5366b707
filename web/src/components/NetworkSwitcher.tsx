import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { Me } from '../api.ts';

/** Chooses one of my networks and opens its home page. */
export function NetworkSwitcher({ roles }: { roles: Me['roles'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useMatch('/networks/:networkId/*')?.params.networkId ?? null;
  if (roles.length === 0) return null;
  const known = roles.some((r) => r.networkId === current);
  return (
    <Select
      className="network-switcher"
      placeholder={t('header.networkPlaceholder')}
      value={known ? current : null}
      onChange={(key) => {
        if (key !== null && key !== current) void navigate(`/networks/${String(key)}`);
      }}
    >
      <Label className="visually-hidden">{t('header.network')}</Label>
      <Button className="select-button">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={roles}>
          {(role) => (
            <ListBoxItem id={role.networkId} className="listbox-item" textValue={role.networkName}>
              {role.networkName}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
