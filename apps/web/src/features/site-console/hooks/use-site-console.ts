import type { ZoneSummary } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import {
  bulkCreateDesks,
  createDesk,
  createZone,
  deactivateDesks,
  deleteZone,
  reactivateDesks,
  updateDesk,
  updateZone,
} from '../site-console.api';

/** A change of zones answers with the site's zones as they now are: the list shows it at once. */
function useZonesChange<Input>(siteId: string, change: (input: Input) => Promise<ZoneSummary[]>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (zones) => {
      queryClient.setQueryData(queryKeys.zones.site(siteId), zones);
      // A rename moves the desks (and what agents see) too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.siteDesks(siteId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.availability.all });
    },
  });
}

/** A change of desks: the desks, the zones' counts and the availability are read again. */
function useDesksChange<Input, Output>(siteId: string, change: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.siteDesks(siteId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.zones.site(siteId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
      ]);
    },
  });
}

export const useCreateZone = (siteId: string) =>
  useZonesChange(siteId, (name: string) => createZone(siteId, name));

export const useUpdateZone = (siteId: string) =>
  useZonesChange(
    siteId,
    ({ zoneId, ...changes }: { zoneId: string; name?: string; position?: number }) =>
      updateZone(siteId, zoneId, changes),
  );

export const useDeleteZone = (siteId: string) =>
  useZonesChange(siteId, (zoneId: string) => deleteZone(siteId, zoneId));

export const useCreateDesk = (siteId: string) =>
  useDesksChange(siteId, (desk: Parameters<typeof createDesk>[1]) => createDesk(siteId, desk));

export const useBulkCreateDesks = (siteId: string) =>
  useDesksChange(siteId, (series: Parameters<typeof bulkCreateDesks>[1]) =>
    bulkCreateDesks(siteId, series),
  );

export const useUpdateDesk = (siteId: string) =>
  useDesksChange(
    siteId,
    ({ deskId, ...changes }: { deskId: string } & Parameters<typeof updateDesk>[2]) =>
      updateDesk(siteId, deskId, changes),
  );

export const useDeactivateDesks = (siteId: string) =>
  useDesksChange(siteId, (body: { deskIds: string[]; confirm: boolean }) =>
    deactivateDesks(siteId, body),
  );

export const useReactivateDesks = (siteId: string) =>
  useDesksChange(siteId, (deskIds: string[]) => reactivateDesks(siteId, deskIds));
