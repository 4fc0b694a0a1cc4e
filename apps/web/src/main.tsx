// The DSFR without its ~1,200 icon rules (main.css has them all): the ones in use, from the build.
import './dsfr-icons.generated.css';
import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './styles.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link } from 'react-router';
import { AppRoutes } from './app/app-routes';
import { createQueryClient } from './app/query-client';
import {
  applyLanguageToDocument,
  getLanguage,
  loadEnglishHalves,
  useLanguage,
} from './i18n/language';

applyLanguageToDocument();
// DSFR components' own texts (menu buttons, « Fermer »…) follow the person's language.
startReactDsfr({ defaultColorScheme: 'system', Link, useLang: useLanguage });

declare module '@codegouvfr/react-dsfr/spa' {
  // Module augmentation only works with an interface: DSFR links become router links.
  interface RegisterLink {
    Link: typeof Link;
  }
}

const queryClient = createQueryClient();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Élément #root introuvable dans index.html');

function render(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}

// English kept from a previous visit: the frame's English halves first, so that it opens in English.
if (getLanguage() === 'en') void loadEnglishHalves().then(() => render(rootElement));
else render(rootElement);
