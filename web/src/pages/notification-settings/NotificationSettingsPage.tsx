import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import type { components } from '../../api.gen.ts';
import { CalendarFeedSection } from './CalendarFeedSection.tsx';

type Preferences = components['schemas']['NotificationPreferences'];
type Topic = Preferences['topics'][number]['topic'];
type Delivery = Preferences['topics'][number]['delivery'];
const DELIVERIES: Delivery[] = ['immediate', 'daily', 'weekly', 'never'];

/**
 * "Meldingen": per topic how its notifications reach the person by mail (immediately, in the
 * daily or weekly digest, or not by mail; always in the app), and the language of their mail.
 * Mails link here; what asks for the person's action comes first. Below, the personal calendar feed.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notificationSettings.title'));
  const queryClient = useQueryClient();
  const preferences = useQuery({ queryKey: ['me', 'notification-preferences'], queryFn: () => unwrap(api.GET('/api/me/notification-preferences')) });
  const [choices, setChoices] = useState<Partial<Record<Topic, Delivery>>>({});
  const [language, setLanguage] = useState<'nl' | 'en' | 'network' | null>(null);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/me/notification-preferences', {
          body: { deliveries: choices, ...(language === null ? {} : { language: language === 'network' ? null : language }) },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['me', 'notification-preferences'], saved);
      setChoices({});
      setLanguage(null);
    },
  });
  if (preferences.isPending) return <Loading />;
  if (preferences.isError) return <ErrorNotice error={preferences.error} onRetry={() => void preferences.refetch()} />;
  const current = preferences.data;
  const deliveryOptions = DELIVERIES.map((d) => ({ id: d, label: t(`notificationSettings.deliveries.${d}`) }));
  const shownLanguage = language ?? current.language ?? 'network';
  const group = (name: 'action' | 'information') => (
    <fieldset className="settings-group">
      <legend>{t(`notificationSettings.groups.${name}`)}</legend>
      <p className="field-description">{t(`notificationSettings.groupHints.${name}`)}</p>
      {current.topics
        .filter((topic) => topic.group === name)
        .map((topic) => (
          <SelectField
            key={topic.topic}
            label={t(`notificationSettings.topics.${topic.topic}`)}
            placeholder=""
            options={deliveryOptions}
            value={choices[topic.topic] ?? topic.delivery}
            onChange={(v) => {
              save.reset();
              if (v) setChoices((c) => ({ ...c, [topic.topic]: v as Delivery }));
            }}
          />
        ))}
    </fieldset>
  );
  return (
    <div className="narrow">
      <h1>{t('notificationSettings.title')}</h1>
      <p className="lead">{t('notificationSettings.intro')}</p>
      <Form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {group('action')}
        {group('information')}
        <SelectField
          label={t('notificationSettings.language')}
          description={t('notificationSettings.languageHint')}
          placeholder=""
          options={[
            { id: 'network', label: t('notificationSettings.languages.network') },
            { id: 'nl', label: t('notificationSettings.languages.nl') },
            { id: 'en', label: t('notificationSettings.languages.en') },
          ]}
          value={shownLanguage}
          onChange={(v) => {
            save.reset();
            if (v) setLanguage(v as 'nl' | 'en' | 'network');
          }}
        />
        {save.isError ? <ErrorNotice error={save.error} /> : null}
        {save.isSuccess ? <SuccessNotice>{t('notificationSettings.saved')}</SuccessNotice> : null}
        <Button type="submit" className="button" isPending={save.isPending}>
          {t('notificationSettings.save')}
        </Button>
      </Form>
      <CalendarFeedSection />
    </div>
  );
}
