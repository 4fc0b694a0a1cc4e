import type { AuditEvent } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { AuditLogView } from './audit-log-view';

const events: AuditEvent[] = [
  {
    id: '00000000-0000-4000-8000-000000000700',
    at: '2027-03-18T08:12:00.000Z',
    kind: 'desk.updated',
    actor: { userId: '00000000-0000-4000-8000-000000000100', name: 'Inès Lefèvre' },
    site: { id: parisSite.id, name: parisSite.name },
    subject: 'A-01',
    before: { isActive: true },
    after: { isActive: false },
  },
  {
    id: '00000000-0000-4000-8000-000000000701',
    at: '2027-03-18T08:00:00.000Z',
    kind: 'rules.updated',
    actor: null,
    site: null,
    subject: 'AdmZ Paris',
    before: 3,
    after: 5,
  },
];

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/admin\/audit$/, () => ({ status: 200, body: events }));
  vi.stubGlobal('fetch', api.fetch);
  await setLanguage('en');
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('the audit log in English', () => {
  test('the filters, the table and its changes read in English', async () => {
    renderPage(<AuditLogView />);

    const table = await screen.findByRole('table', { name: '2 actions, newest first' });
    for (const header of ['Date', 'Action', 'Site', 'By', 'Subject', 'Changes']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeTruthy();
    }
    expect(within(table).getByText('Desk changed')).toBeTruthy();
    expect(within(table).getByText('18/03/2027, 09:12:00')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Inès Lefèvre' }).title).toBe(
      'See the actions by Inès Lefèvre',
    );
    expect(within(table).getByText('Login (automatic) or deleted account')).toBeTruthy();
    expect(within(table).getByText('value').parentElement?.textContent).toBe('value: 3 → 5');
    expect(screen.getByRole('form', { name: 'Filter the log' })).toBeTruthy();
    expect(screen.getByLabelText('Type of action')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Last 50' })).toBeTruthy();
    expect(screen.queryByText(/la plus récente/)).toBeNull();
    expect(screen.queryByText('Tiers-lieu')).toBeNull();
  });
});
