import { useEffect } from 'react';

export function buildDocumentTitle(pageTitle: string): string {
  return `${pageTitle} – AdmZ`;
}

export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = buildDocumentTitle(pageTitle);
  }, [pageTitle]);
}
