import { describe, expect, test } from 'vitest';
import { buildBookingInvitation, buildClosuresFeed, foldLinesByOctets } from './booking-events';

const booking = {
  bookingId: '7d1c1a52-2a4e-4a53-9d1a-0d6c1d6c3f11',
  startsAt: new Date('2026-03-30T07:00:00Z'),
  endsAt: new Date('2026-03-30T11:00:00Z'),
  slot: 'morning' as const,
  deskLabel: 'A-01',
  zone: 'Open space lumière',
  siteName: 'AdmZ Paris',
  siteAddress: '20 avenue de Ségur, 75007 Paris',
  accessInfo:
    "Entrée par le hall B, badge délivré à l'accueil du rez-de-chaussée — ascenseur à gauche",
  timezone: 'Europe/Paris',
  passUrl: 'https://admz.example/reservations/7d1c1a52-2a4e-4a53-9d1a-0d6c1d6c3f11/qr',
};
const organizer = { name: 'AdmZ', email: 'ne-pas-repondre@admz.beta.gouv.fr' };
const attendee = { name: 'Camille Martin', email: 'camille.martin@travail.gouv.fr' };
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('booking invitations', () => {
  test('the day after the spring DST change: UTC instants, local times in the description', () => {
    const lines = unfold(buildBookingInvitation(booking, 'REQUEST', organizer, attendee));
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('DTSTART:20260330T070000Z');
    expect(lines).toContain('DTEND:20260330T110000Z');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain('de 09:00 à 13:00');
  });

  test('a cancellation keeps the UID and raises the sequence', () => {
    const request = unfold(buildBookingInvitation(booking, 'REQUEST', organizer, attendee));
    const cancel = unfold(buildBookingInvitation(booking, 'CANCEL', organizer, attendee));
    const uid = (lines: string[]) => lines.find((line) => line.startsWith('UID:'));
    expect(uid(cancel)).toBe(uid(request));
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toContain('SEQUENCE:1');
  });

  test('every line fits in 75 octets, accents included, and unfolds to the original', () => {
    const ics = buildBookingInvitation(booking, 'REQUEST', organizer, attendee);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const description = unfold(ics).find((line) => line.startsWith('DESCRIPTION:'));
    expect(description).toContain("badge délivré à l'accueil du rez-de-chaussée — ascenseur");
  });

  test('folding never cuts a character in two', () => {
    const folded = foldLinesByOctets(`SUMMARY:${'é'.repeat(80)}\r\n`);
    for (const line of folded.split('\r\n')) expect(line).not.toContain('\uFFFD');
    expect(unfold(folded)[0]).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });
});

describe('closures feed', () => {
  test('a closure is an all-day event ending the next day', () => {
    const lines = unfold(
      buildClosuresFeed(
        [
          {
            siteId: 's1',
            siteName: 'AdmZ Lyon',
            siteAddress: '165 rue Garibaldi',
            date: '2026-12-31',
            reason: 'Inventaire',
          },
        ],
        'AdmZ Lyon — fermetures',
      ),
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('SUMMARY:AdmZ Lyon fermé — Inventaire');
    expect(lines).toContain('METHOD:PUBLISH');
  });
});
