import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

type Schemas = components['schemas'];
export type Agreement = Schemas['Agreement'];
export type AgreementKind = Agreement['kind'];
export type AgreementStatus = Agreement['status'];
export type AgreementVersion = Schemas['AgreementVersion'];
export type AgreementRatifications = Schemas['AgreementRatifications'];
export type RatificationDecision = Schemas['RatificationDecision'];
export type DiffPart = Schemas['AgreementDiff']['parts'][number];

// The server's own lists, so the UI offers exactly what the API accepts.
export const AGREEMENT_KINDS = ['ground_rules', 'task_division', 'information_sharing', 'escalation', 'reflection_rhythm', 'availability', 'other'] as const satisfies readonly AgreementKind[];
export const AGREEMENT_STATUSES = ['draft', 'proposed', 'in_force', 'ended'] as const satisfies readonly AgreementStatus[];

export interface AgreementFilter {
  kind?: AgreementKind | undefined;
  status?: AgreementStatus | undefined;
}

const key = (networkId: string) => ['network', networkId, 'agreements'] as const;

export const agreementQueries = {
  list: (networkId: string, filter: AgreementFilter) =>
    infiniteQueryOptions({
      queryKey: [...key(networkId), 'list', filter],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/agreements', { params: { path: { networkId }, query: { limit: 50, cursor: pageParam, ...filter } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  detail: (networkId: string, agreementId: string) =>
    queryOptions({
      queryKey: [...key(networkId), agreementId],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agreements/{agreementId}', { params: { path: { networkId, agreementId } } })),
    }),
  versions: (networkId: string, agreementId: string) =>
    queryOptions({
      queryKey: [...key(networkId), agreementId, 'versions'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agreements/{agreementId}/versions', { params: { path: { networkId, agreementId } } })),
    }),
  version: (networkId: string, agreementId: string, version: number) =>
    queryOptions({
      queryKey: [...key(networkId), agreementId, 'versions', version],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agreements/{agreementId}/versions/{version}', { params: { path: { networkId, agreementId, version } } })),
      staleTime: Infinity, // versions never change
    }),
  diff: (networkId: string, agreementId: string, from: number, to: number) =>
    queryOptions({
      queryKey: [...key(networkId), agreementId, 'diff', from, to],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agreements/{agreementId}/diff', { params: { path: { networkId, agreementId }, query: { from, to } } })),
      staleTime: Infinity,
    }),
  ratifications: (networkId: string, agreementId: string) =>
    queryOptions({
      queryKey: [...key(networkId), agreementId, 'ratifications'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agreements/{agreementId}/ratifications', { params: { path: { networkId, agreementId } } })),
    }),
  template: (networkId: string, lang: 'nl' | 'en') =>
    queryOptions({
      queryKey: [...key(networkId), 'template', lang],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agreements/template', { params: { path: { networkId }, query: { kind: 'ground_rules', lang } } })),
      staleTime: Infinity,
    }),
};

/** After any change to an agreement: its lists, its page and the stage assessment are out of date. */
export function invalidateAgreements(queryClient: QueryClient, networkId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: key(networkId) }),
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'stage'] }),
    queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  ]);
}
