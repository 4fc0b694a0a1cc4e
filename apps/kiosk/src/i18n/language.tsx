import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { setRequestLanguage } from '../api-client';
import { messagesEn } from './messages-en';
import { messagesFr, type Messages } from './messages-fr';

export type Language = 'fr' | 'en';

const dictionaries: Record<Language, Messages> = { fr: messagesFr, en: messagesEn };
const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

type LanguageContextValue = {
  language: Language;
  /** For `Intl` formatting of times and dates. */
  locale: string;
  messages: Messages;
  setLanguage: (language: Language) => void;
};

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** French first: every visitor starts in French, and the kiosk comes back to it between visitors. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>('fr');

  useEffect(() => {
    document.documentElement.lang = language;
    setRequestLanguage(language);
  }, [language]);

  return (
    <LanguageContext
      value={{ language, locale: locales[language], messages: dictionaries[language], setLanguage }}
    >
      {children}
    </LanguageContext>
  );
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (value === null) throw new Error('useLanguage doit être utilisé sous <LanguageProvider>');
  return value;
}

export function useMessages(): Messages {
  return useLanguage().messages;
}
