import { auditEventSchema, type AuditEvent, type AuditKind } from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

export type AuditFilters = {
  siteId?: string;
  actorId?: string;
  kind?: AuditKind;
  limit: number;
};

export function fetchAuditEvents(filters: AuditFilters): Promise<AuditEvent[]> {
  const query = new URLSearchParams({ limit: String(filters.limit) });
  if (filters.siteId) query.set('siteId', filters.siteId);
  if (filters.actorId) query.set('actorId', filters.actorId);
  if (filters.kind) query.set('kind', filters.kind);
  return requestApi(`/api/admin/audit?${query.toString()}`, z.array(auditEventSchema));
}
