import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import {
  archiveSite,
  createSite,
  deleteSitePhoto,
  editSite,
  fetchAllSites,
  restoreSite,
  uploadSitePhoto,
  type SiteEdit,
} from '../sites-admin.api';
import type { CreateSite, Site } from '@admz/shared';

export function useAllSites() {
  return useQuery({ queryKey: queryKeys.adminSites, queryFn: fetchAllSites });
}

/** Each change refreshes every list of sites (agents', hosts', admins'). */
function useSiteChange<Input>(change: (input: Input) => Promise<Site>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sites }),
  });
}

export const useCreateSite = () => useSiteChange((input: CreateSite) => createSite(input));

export const useEditSite = (siteId: string) =>
  useSiteChange((input: SiteEdit) => editSite(siteId, input));

export const useArchiveSite = () =>
  useSiteChange(({ siteId, confirm }: { siteId: string; confirm: boolean }) =>
    archiveSite(siteId, confirm),
  );

export const useRestoreSite = () => useSiteChange((siteId: string) => restoreSite(siteId));

export const useUploadSitePhoto = (siteId: string) =>
  useSiteChange((file: File) => uploadSitePhoto(siteId, file));

export const useDeleteSitePhoto = (siteId: string) => useSiteChange(() => deleteSitePhoto(siteId));
