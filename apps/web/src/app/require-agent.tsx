import { Outlet } from 'react-router';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { LoginPanel } from '../features/auth/components/login-panel';
import { useMe } from '../features/auth/hooks/use-me';

/** Pages below need a logged-in agent; anyone else gets the ProConnect login. */
export function RequireAgent() {
  const meQuery = useMe();
  if (meQuery.isPending) return <LoadingState />;
  if (meQuery.isError) {
    return <ErrorState error={meQuery.error} onRetry={() => void meQuery.refetch()} />;
  }
  if (meQuery.data === null) return <LoginPanel />;
  return <Outlet />;
}
