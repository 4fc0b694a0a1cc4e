import {
  accountDeletionSchema,
  myDataSchema,
  retentionPeriodsSchema,
  type AccountDeletion,
  type MyData,
  type RetentionPeriods,
} from '@admz/shared';
import { requestApi } from '../../api-client';

/** The same export as a JSON file: the browser downloads it (Content-Disposition: attachment). */
export const myDataDownloadUrl = '/api/me/data/download';

export function fetchMyData(): Promise<MyData> {
  return requestApi('/api/me/data', myDataSchema);
}

export function deleteMyAccount(): Promise<AccountDeletion> {
  return requestApi('/api/me', accountDeletionSchema, { method: 'DELETE' });
}

/** Public: the personal data page states this deployment's own periods. */
export function fetchRetentionPeriods(): Promise<RetentionPeriods> {
  return requestApi('/api/privacy/retention', retentionPeriodsSchema);
}
