import { useMutation } from '@tanstack/react-query';
import { postCheckOut } from '../check-ins.api';

export function useCheckOut(credential: string) {
  return useMutation({
    mutationFn: (checkOutToken: string) => postCheckOut(credential, { checkOutToken }),
    retry: false,
  });
}
