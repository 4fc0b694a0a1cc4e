import { waitlistEntrySchema, type JoinWaitlist, type WaitlistEntry } from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

export function joinWaitlist(input: JoinWaitlist): Promise<WaitlistEntry> {
  return requestApi('/api/waitlist', waitlistEntrySchema, { method: 'POST', body: input });
}

export function fetchMyWaitlistEntries(): Promise<WaitlistEntry[]> {
  return requestApi('/api/waitlist/mine', z.array(waitlistEntrySchema));
}

export function leaveWaitlist(entryId: string): Promise<WaitlistEntry> {
  return requestApi(`/api/waitlist/${encodeURIComponent(entryId)}`, waitlistEntrySchema, {
    method: 'DELETE',
  });
}
