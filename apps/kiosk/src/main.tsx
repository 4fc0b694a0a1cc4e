import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './kiosk.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadQrDecoder } from './features/check-ins/hooks/use-qr-scanning';
import { adoptCredentialFromUrl } from './features/kiosks/kiosk-credential';
import { loadOfflineVerifier } from './features/offline/load-offline-verifier';
import { LanguageProvider } from './i18n/language';

startReactDsfr({ defaultColorScheme: 'light' });
// Before the first render, so the key never lingers in the address bar or the history.
adoptCredentialFromUrl();

// 'always': the kiosk runs its own offline logic instead of letting queries pause when the browser says offline.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Élément #root introuvable dans index.html');

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);

// The QR decoder and the offline verifier are not part of the first screen, but must be there
// before a pass is shown (the verifier before the network fails).
loadQrDecoder().catch(() => undefined);
loadOfflineVerifier().catch(() => undefined);
