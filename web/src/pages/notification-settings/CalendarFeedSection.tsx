import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';

type NewFeed = components['schemas']['NewCalendarFeed'];
type FeedLanguage = NewFeed['language'];
const FEED_KEY = ['me', 'calendar-feed'] as const;

/**
 * "Agenda-abonnement": a personal calendar feed with everything relevant to the person across
 * their networks, behind a secret address. The address exists only in the answer that makes it
 * (the server keeps its hash), so it is shown once, with a copy button; afterwards the page can
 * only say that a feed exists, make a new address (which ends the old one) or stop the feed.
 */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const feed = useQuery({ queryKey: FEED_KEY, queryFn: () => unwrap(api.GET('/api/me/calendar-feed')) });
  const [language, setLanguage] = useState<FeedLanguage>(i18n.language === 'en' ? 'en' : 'nl');
  const [shown, setShown] = useState<NewFeed | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const create = useMutation({
    mutationFn: (body: { language: FeedLanguage }) => unwrap(api.POST('/api/me/calendar-feed', { body })),
    onSuccess: (made) => {
      setShown(made);
      setCopied(null);
      revoke.reset();
      queryClient.setQueryData(FEED_KEY, { feed: { id: made.id, language: made.language, createdAt: made.createdAt } });
    },
  });
  const revoke = useMutation({
    mutationFn: (feedId: string) => unwrap(api.DELETE('/api/me/calendar-feed/{feedId}', { params: { path: { feedId } } })),
    onSuccess: () => {
      setShown(null);
      create.reset();
      queryClient.setQueryData(FEED_KEY, { feed: null });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  const current = feed.data?.feed ?? null;
  const address = shown && current && shown.id === current.id ? shown : null;
  const languageName = (l: FeedLanguage) => t(`notificationSettings.languages.${l}`);
  return (
    <section aria-labelledby="calendar-feed-heading" className="panel calendar-feed">
      <h2 id="calendar-feed-heading">{t('calendarFeed.heading')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      <p>{t('calendarFeed.secret')}</p>
      {feed.isPending ? (
        <Loading />
      ) : feed.isError ? (
        <ErrorNotice error={feed.error} onRetry={() => void feed.refetch()} />
      ) : current === null ? (
        <div className="form">
          {revoke.isSuccess ? <SuccessNotice>{t('calendarFeed.revoked')}</SuccessNotice> : null}
          <SelectField
            label={t('calendarFeed.language')}
            placeholder=""
            options={(['nl', 'en'] as const).map((l) => ({ id: l, label: languageName(l) }))}
            value={language}
            onChange={(v) => v && setLanguage(v === 'en' ? 'en' : 'nl')}
          />
          {create.isError ? <ErrorNotice error={create.error} /> : null}
          <Button className="button" isPending={create.isPending} onPress={() => create.mutate({ language })}>
            {t('calendarFeed.create')}
          </Button>
        </div>
      ) : (
        <>
          {address ? (
            <div className="calendar-feed-address">
              <TextField className="field" value={address.url} isReadOnly>
                <Label className="field-label">{t('calendarFeed.addressLabel')}</Label>
                <Input className="input" onFocus={(e) => e.currentTarget.select()} />
              </TextField>
              <p className="notice notice-info">{t('calendarFeed.addressOnce')}</p>
              <Button className="button" onPress={() => void copy(address.url)}>
                {t('calendarFeed.copy')}
              </Button>
              <div role="status">{copied === 'yes' ? <p>{t('calendarFeed.copied')}</p> : copied === 'failed' ? <p>{t('calendarFeed.copyFailed')}</p> : null}</div>
              <h3>{t('calendarFeed.howTo')}</h3>
              <ul>
                <li>{t('calendarFeed.outlook')}</li>
                <li>{t('calendarFeed.google')}</li>
                <li>{t('calendarFeed.apple')}</li>
              </ul>
            </div>
          ) : (
            <>
              <p>{t('calendarFeed.active', { date: format.date(current.createdAt), language: languageName(current.language) })}</p>
              <p>{t('calendarFeed.addressUnknown')}</p>
            </>
          )}
          <div className="form-actions">
            {address ? null : (
              <ConfirmActionButton
                label={t('calendarFeed.renew')}
                ariaLabel={t('calendarFeed.renew')}
                title={t('calendarFeed.renewTitle')}
                text={t('calendarFeed.renewText')}
                confirmLabel={t('calendarFeed.renewConfirm')}
                error={create.error ? message(create.error) : null}
                isPending={create.isPending}
                onConfirm={(close) => create.mutate({ language: current.language }, { onSuccess: close })}
              />
            )}
            <ConfirmActionButton
              label={t('calendarFeed.revoke')}
              ariaLabel={t('calendarFeed.revoke')}
              title={t('calendarFeed.revokeTitle')}
              text={t('calendarFeed.revokeText')}
              confirmLabel={t('calendarFeed.revokeConfirm')}
              error={revoke.error ? message(revoke.error, { not_found: t('calendarFeed.alreadyRevoked') }) : null}
              isPending={revoke.isPending}
              onConfirm={(close) => revoke.mutate(current.id, { onSuccess: close })}
            />
          </div>
        </>
      )}
    </section>
  );
}
