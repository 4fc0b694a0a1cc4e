import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { AccessibilityStatementRoute } from '../../../routes/accessibility-statement-route';
import { LegalNoticeRoute } from '../../../routes/legal-notice-route';
import { PersonalDataRoute } from '../../../routes/personal-data-route';
import { createFakeApi } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi().on('GET', /^\/api\/privacy\/retention$/, () => ({
    status: 200,
    body: {
      presenceMonths: 3,
      bookingsMonths: 12,
      sessionDays: 14,
      expiredSessionsDays: 0,
      outboxDays: 30,
      jobsDays: 7,
    },
  }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
});

describe('the legal pages in English', () => {
  test('personal data: what is kept, for how long, and the rights', async () => {
    await setLanguage('en');
    renderPage(<PersonalDataRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'Personal data' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What AdmZ keeps, and why' })).toBeTruthy();
    expect(await screen.findByText('3 months after the booked slot, then erased')).toBeTruthy();
    expect(screen.getByText('14 days, then deleted within a day of expiring')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Retention period' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My data' })).toBeTruthy();
    expect(screen.getAllByText('To complete').length).toBeGreaterThan(0);
    expect(screen.queryByText('Vos droits')).toBeNull();
    expect(screen.queryByText('Sessions de connexion')).toBeNull();
    expect(document.title).toBe('Personal data – AdmZ');
  });

  test('legal notice and accessibility statement', async () => {
    await setLanguage('en');
    renderPage(<LegalNoticeRoute />);
    expect(screen.getByRole('heading', { level: 1, name: 'Legal notice' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Source code and licences' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'accessibility statement' })).toBeTruthy();
    expect(screen.queryByText('Hébergement')).toBeNull();
    cleanup();

    renderPage(<AccessibilityStatementRoute />);
    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeTruthy();
    expect(screen.getByText('partially compliant')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Known limits' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'the Défenseur des droits' }).getAttribute('title'),
    ).toBe('Défenseur des droits, form – new window');
    expect(screen.queryByText('Limites connues')).toBeNull();
    expect(document.title).toBe('Accessibility statement – AdmZ');
  });
});
