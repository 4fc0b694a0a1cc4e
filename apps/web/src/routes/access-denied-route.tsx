import { AccessDeniedPanel } from '../features/auth/components/access-denied-panel';

export function AccessDeniedRoute() {
  return <AccessDeniedPanel />;
}
