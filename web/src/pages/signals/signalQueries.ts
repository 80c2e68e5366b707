import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

export type Trends = components['schemas']['Trends'];
export type TrendSeries = components['schemas']['TrendSeries'];
export type Signal = components['schemas']['Signal'];
export type AgendaItem = components['schemas']['AgendaItem'];

export const signalQueries = {
  trends: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'trends'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/trends', { params: { path: { networkId } } })),
    }),
  signals: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'signals'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/signals', { params: { path: { networkId } } })),
    }),
  agenda: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'agenda'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agenda', { params: { path: { networkId } } })),
    }),
  /** The generated agenda as every reader of the network may see it: what a session can take over. */
  agendaForEveryone: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'agenda', 'everyone'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agenda', { params: { path: { networkId }, query: { readers: 'everyone' } } })),
    }),
};
