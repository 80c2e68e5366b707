import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

export type RoundResults = components['schemas']['RoundResults'];
/** A round that has not closed: response counts only (DESIGN §5.3). */
export type RoundProgress = components['schemas']['RoundProgress'];

/** Whether the answer holds a closed round's results rather than an open round's response counts. */
export const hasScores = (r: RoundResults | RoundProgress): r is RoundResults => 'networkTrust' in r;
export type ShownScore = components['schemas']['Score'];
export type OpenAnswer = components['schemas']['OpenAnswer'];
export type RoundQuality = components['schemas']['RoundQuality'];
export type RoundResponse = components['schemas']['RoundResponse'];

/** Every open answer of a round (coordinator), following the cursor. */
async function fetchOpenAnswers(networkId: string, roundId: string): Promise<OpenAnswer[]> {
  const answers: OpenAnswer[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/api/networks/{networkId}/rounds/{roundId}/open-answers', { params: { path: { networkId, roundId }, query: { limit: 200, cursor } } }),
    );
    answers.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return answers;
}

/** The agreements' titles by id, for the agreement gaps (the first pages are enough for any network). */
async function fetchAgreementTitles(networkId: string): Promise<Map<string, string>> {
  const page = await unwrap(api.GET('/api/networks/{networkId}/agreements', { params: { path: { networkId }, query: { limit: 200 } } }));
  return new Map((page.items as { id: string; title: string }[]).map((a) => [a.id, a.title]));
}

export const resultQueries = {
  results: (networkId: string, roundId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'rounds', roundId, 'results'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/rounds/{roundId}/results', { params: { path: { networkId, roundId } } })),
    }),
  quality: (networkId: string, roundId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'rounds', roundId, 'quality'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/rounds/{roundId}/quality', { params: { path: { networkId, roundId } } })),
    }),
  response: (networkId: string, roundId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'rounds', roundId, 'response'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/rounds/{roundId}/response', { params: { path: { networkId, roundId } } })),
    }),
  openAnswers: (networkId: string, roundId: string) =>
    queryOptions({ queryKey: ['network', networkId, 'rounds', roundId, 'open-answers'], queryFn: () => fetchOpenAnswers(networkId, roundId) }),
  agreementTitles: (networkId: string) => queryOptions({ queryKey: ['network', networkId, 'agreements', 'titles'], queryFn: () => fetchAgreementTitles(networkId) }),
};

export function invalidateOpenAnswers(queryClient: QueryClient, networkId: string, roundId: string) {
  return queryClient.invalidateQueries({ queryKey: ['network', networkId, 'rounds', roundId, 'open-answers'] });
}
