import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { availabilityQueries } from './availabilityQueries.ts';
import { CapabilityPicker } from './CapabilityPicker.tsx';
import { CoverageFindings } from './CoverageFindings.tsx';
import { useRequirementText } from './describeRequirement.ts';
import { useCapabilityChoice } from './useCapabilityChoice.ts';
import { WeekGrid } from './WeekGrid.tsx';
import { mondayOf, weekCells, ZONE } from './weekCells.ts';

/**
 * The crisis route's week per capability: per hour how many partners are available against the
 * requirement, the gaps and the single points of failure, one week at a time.
 */
export function AvailabilityPage() {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('availability.heading')} – ${network.data.name}` : t('availability.heading'));
  const [search, setSearch] = useSearchParams();
  const { capabilities, capability, choose, isLoading, error } = useCapabilityChoice(networkId);
  const requirementText = useRequirementText();
  const requested = search.get('week');
  const parsed = requested ? DateTime.fromISO(requested, { zone: ZONE }) : null;
  const monday = mondayOf(parsed?.isValid ? parsed : DateTime.now());
  const from = monday.toISODate()!;
  const to = monday.plus({ weeks: 1 }).toISODate()!;
  const coverage = useQuery({ ...availabilityQueries.coverage(networkId, capability?.id ?? '', from, to), enabled: capability !== null });
  const goTo = (week: DateTime) => setSearch({ week: week.toISODate()! }, { replace: true });
  const role = network.data?.myRole;
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const weekLabel = t('availability.week.label', {
    number: monday.weekNumber,
    from: monday.setLocale(locale).toFormat('d LLL'),
    to: monday.plus({ days: 6 }).setLocale(locale).toFormat('d LLL yyyy'),
  });

  return (
    <>
      <h1>{t('availability.heading')}</h1>
      <p className="lead">{t('availability.intro')}</p>
      <p className="availability-links">
        <Link to={`/networks/${networkId}/call-now`}>{t('callNow.heading')}</Link>
        {role === 'coordinator' || role === 'representative' ? <Link to={`/networks/${networkId}/availability/edit`}>{t('availability.editLink')}</Link> : null}
      </p>
      {isLoading ? <Loading /> : null}
      {error ? <ErrorNotice>{message(error)}</ErrorNotice> : null}
      {capabilities && capabilities.length === 0 ? <p>{role === 'coordinator' ? t('availability.noCapabilitiesCoordinator') : t('availability.noCapabilities')}</p> : null}
      {capabilities && capability ? (
        <>
          <CapabilityPicker capabilities={capabilities} value={capability.id} onChange={choose} />
          <p>
            <strong>{t('availability.requirement.label')}</strong> {requirementText(capability)}
          </p>
          <nav aria-label={t('availability.week.navigation')} className="week-nav">
            <Button className="button button-secondary button-small" onPress={() => goTo(monday.minus({ weeks: 1 }))}>
              {t('availability.week.previous')}
            </Button>
            <Button className="button button-secondary button-small" onPress={() => goTo(mondayOf(DateTime.now()))}>
              {t('availability.week.current')}
            </Button>
            <Button className="button button-secondary button-small" onPress={() => goTo(monday.plus({ weeks: 1 }))}>
              {t('availability.week.next')}
            </Button>
          </nav>
          <h2 aria-live="polite">{weekLabel}</h2>
          {coverage.isLoading ? <Loading /> : null}
          {coverage.error ? <ErrorNotice>{message(coverage.error)}</ErrorNotice> : null}
          {coverage.data ? (
            <>
              <p className="coverage-summary">
                {coverage.data.coveredShare === null
                  ? t('availability.summary.nothingRequired')
                  : t('availability.summary.share', {
                      share: Math.round(coverage.data.coveredShare * 100),
                      gaps: coverage.data.gaps.length,
                      singles: coverage.data.singlePointsOfFailure.length,
                    })}
              </p>
              <ul className="week-legend" aria-label={t('availability.legend.label')}>
                {(['gap', 'single', 'covered', 'open', 'none'] as const).map((status) => (
                  <li key={status}>
                    <span className={`week-cell week-cell-${status} legend-swatch`} aria-hidden="true" /> {t(`availability.legend.${status}`)}
                  </li>
                ))}
              </ul>
              <WeekGrid monday={monday} cells={weekCells(monday, coverage.data)} caption={t('availability.week.caption', { capability: capability.name, week: weekLabel })} />
              <CoverageFindings coverage={coverage.data} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
