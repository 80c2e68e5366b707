import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api.ts';

/** Accepts the invitation (creating an account when a name and password are given) and opens the network. */
export function useAcceptInvitation(token: string) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; password?: string }) => unwrap(api.POST('/api/invitations/{token}/accept', { params: { path: { token } }, body })),
    onSuccess: async ({ networkId }) => {
      // A new account is signed in now, and an existing one has a new role: reload who I am.
      await queryClient.resetQueries();
      await navigate(`/networks/${networkId}`, { replace: true });
    },
  });
}
