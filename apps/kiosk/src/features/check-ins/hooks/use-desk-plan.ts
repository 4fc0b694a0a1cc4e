import { useQuery } from '@tanstack/react-query';
import { fetchAsKiosk } from '../../../api-client';
import { queryKeys } from '../../../query-keys';

/** The zone's plan as a blob URL (the image needs the kiosk credential, which an <img> cannot send). */
export function useDeskPlan(credential: string, planUrl: string | null) {
  return useQuery({
    queryKey: queryKeys.deskPlan(planUrl),
    queryFn: async () => {
      const response = await fetchAsKiosk(planUrl ?? '', credential, { accept: 'image/*' });
      return URL.createObjectURL(await response.blob());
    },
    enabled: planUrl !== null,
    // A plan's URL changes when the plan changes: one blob URL per plan, kept for the page's life.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
