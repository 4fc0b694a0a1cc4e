import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteMyAccount } from '../privacy.api';
import { queryKeys } from '../../../lib/query-keys';

/** Once the account is gone, nothing cached about the person stays, and the page is logged out. */
export function useDeleteMyAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMyAccount,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
