import { Navigate, useLocation } from 'react-router';

/** Sends an old address to its new page, keeping its query (`?site=…`), replacing history. */
export function RedirectKeepingSearch({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
}
