import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RouteErrorPage } from './route-error-page';

type BoundaryProps = { pathname: string; children: ReactNode };
type BoundaryState = { hasFailed: boolean; pathname: string };

class PageErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { hasFailed: false, pathname: this.props.pathname };

  // React reports the error itself (console.error, with the components it went through).
  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { hasFailed: true };
  }

  // Another address is another page: it gets its chance (the header and footer stay mounted,
  // which a `key` on the whole app would not do).
  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.pathname === state.pathname
      ? null
      : { hasFailed: false, pathname: props.pathname };
  }

  override render() {
    return this.state.hasFailed ? <RouteErrorPage /> : this.props.children;
  }
}

/**
 * What a page throws while showing, or its code failing to load (a new deployment removed the
 * old file), gives the error page until the person goes to another address.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <PageErrorBoundary pathname={pathname}>{children}</PageErrorBoundary>;
}
