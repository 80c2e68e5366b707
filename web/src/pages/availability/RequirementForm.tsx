import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { invalidateAvailability, type Capability, type WeeklyWindow } from './availabilityQueries.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The coordinator sets what a capability needs: around the clock or weekly windows, and a minimum of partners. */
export function RequirementForm({ networkId, capability }: { networkId: string; capability: Capability }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = capability.requirement;
  const [aroundTheClock, setAroundTheClock] = useState(current ? current.windows === null : true);
  const [windows, setWindows] = useState<WeeklyWindow[]>(current?.windows ?? [{ weekday: 1, start: '17:00', end: '08:00' }]);
  const [minPartners, setMinPartners] = useState(String(current?.minPartners ?? 1));
  const save = useMutation({
    mutationFn: (body: { windows: WeeklyWindow[] | null; minPartners: number }) =>
      unwrap(api.PUT('/api/networks/{networkId}/requirements/{capabilityId}', { params: { path: { networkId, capabilityId: capability.id } }, body })),
    onSuccess: () => invalidateAvailability(queryClient, networkId),
  });
  const { generalError } = useFormErrors(save.error, { fields: [] });
  const change = (index: number, patch: Partial<WeeklyWindow>) => setWindows(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));

  return (
    <section aria-labelledby="requirement-heading" className="panel">
      <h2 id="requirement-heading">{t('availability.requirement.heading', { capability: capability.name })}</h2>
      <Form
        className="form form-wide"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ windows: aroundTheClock ? null : windows, minPartners: Number(minPartners) });
        }}
      >
        {save.isSuccess ? <SuccessNotice>{t('availability.requirement.saved')}</SuccessNotice> : null}
        {save.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <label className="checkbox-field">
          <input type="checkbox" checked={aroundTheClock} onChange={(e) => setAroundTheClock(e.target.checked)} /> {t('availability.requirement.aroundTheClock')}
        </label>
        {aroundTheClock ? null : (
          <fieldset className="requirement-windows">
            <legend>{t('availability.requirement.windows')}</legend>
            {windows.map((w, index) => (
              <div key={index} className="field-row requirement-window">
                <label className="field">
                  <span className="field-label">{t('availability.slots.weekday')}</span>
                  <select className="input" value={w.weekday} onChange={(e) => change(index, { weekday: Number(e.target.value) as WeeklyWindow['weekday'] })}>
                    {WEEKDAYS.map((d) => (
                      <option key={d} value={d}>
                        {t(`availability.weekdays.${d}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field-label">{t('availability.requirement.windowStart')}</span>
                  <input className="input" type="time" required value={w.start} onChange={(e) => change(index, { start: e.target.value })} />
                </label>
                <label className="field">
                  <span className="field-label">{t('availability.requirement.windowEnd')}</span>
                  <input className="input" type="time" required value={w.end} onChange={(e) => change(index, { end: e.target.value })} />
                </label>
                <Button
                  className="button button-small button-secondary"
                  isDisabled={windows.length === 1}
                  aria-label={t('availability.requirement.removeWindowLabel', { index: index + 1 })}
                  onPress={() => setWindows(windows.filter((_w, i) => i !== index))}
                >
                  {t('availability.form.delete')}
                </Button>
              </div>
            ))}
            <Button className="button button-small button-secondary" onPress={() => setWindows([...windows, { weekday: 6, start: '00:00', end: '00:00' }])}>
              {t('availability.requirement.addWindow')}
            </Button>
            <p className="field-description">{t('availability.slots.endHint')}</p>
          </fieldset>
        )}
        <label className="field">
          <span className="field-label">{t('availability.requirement.minPartners')}</span>
          <input className="input input-narrow" type="number" min={1} max={50} required value={minPartners} onChange={(e) => setMinPartners(e.target.value)} />
        </label>
        <Button type="submit" className="button" isPending={save.isPending}>
          {t('availability.requirement.save')}
        </Button>
      </Form>
    </section>
  );
}
