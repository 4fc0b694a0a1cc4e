import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchAuditEvents, type AuditFilters } from '../audit.api';

/** The audit log under the chosen filters; the previous page stays shown while the next loads. */
export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: queryKeys.auditEvents(filters),
    queryFn: () => fetchAuditEvents(filters),
    placeholderData: keepPreviousData,
  });
}
