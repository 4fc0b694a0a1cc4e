// @vitest-environment jsdom
import { checkInResultSchema } from '@admz/shared';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { requestApi } from '../api-client';
import { LanguageProvider, useLanguage } from './language';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function LanguageSwitch() {
  const { setLanguage } = useLanguage();
  return (['fr', 'en'] as const).map((language) => (
    <button key={language} type="button" onClick={() => setLanguage(language)}>
      {language}
    </button>
  ));
}

describe('the language of the API calls', () => {
  test('follows the language the visitor chooses on the kiosk', async () => {
    const fetchMock = vi.fn(async (_path: string, _init?: RequestInit) => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    const call = () =>
      requestApi({
        path: '/api/kiosk/me',
        credential: 'secret',
        schema: checkInResultSchema,
      }).catch(() => undefined);
    const languageOfCall = (index: number) =>
      new Headers(fetchMock.mock.calls[index]?.[1]?.headers).get('Accept-Language');

    render(
      <LanguageProvider>
        <LanguageSwitch />
      </LanguageProvider>,
    );
    await call();
    fireEvent.click(screen.getByRole('button', { name: 'en' }));
    await call();
    fireEvent.click(screen.getByRole('button', { name: 'fr' }));
    await call();

    expect([languageOfCall(0), languageOfCall(1), languageOfCall(2)]).toEqual(['fr', 'en', 'fr']);
  });
});
