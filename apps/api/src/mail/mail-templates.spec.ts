import { describe, expect, test } from 'vitest';
import {
  bookingBookedByHostMail,
  bookingCancelledByHostMail,
  bookingConfirmedMail,
  hoursChangedMail,
  type BookingMailView,
} from './mail-templates';

const view: BookingMailView = {
  givenName: 'Camille',
  siteName: 'AdmZ <Paris> & Co',
  siteAddress: '20 avenue de Ségur, 75007 Paris',
  accessInfo: 'Badge "visiteur" à l\'accueil',
  timezone: 'Europe/Paris',
  deskLabel: 'A-01',
  zone: 'Open space',
  dateLabel: 'lundi 23 novembre 2026',
  slotLabel: 'Matin',
  localStart: '09:00',
  localEnd: '13:00',
  shortCode: 'AB3D-EF7H',
  passUrl: 'https://admz.example/reservations/1/qr',
  myBookingsUrl: 'https://admz.example/mes-reservations',
  bookUrl: 'https://admz.example/reserver',
};

describe('mail templates', () => {
  test('the confirmation says the same facts in text and HTML, escaped in HTML', () => {
    const mail = bookingConfirmedMail(view, 'qr@admz');
    expect(mail.subject).toBe(
      'Réservation confirmée : poste A-01, AdmZ <Paris> & Co, lundi 23 novembre 2026 (matin)',
    );
    for (const fact of ['Matin, de 09:00 à 13:00', 'AB3D-EF7H', 'lundi 23 novembre 2026']) {
      expect(mail.text).toContain(fact);
      expect(mail.html).toContain(fact);
    }
    expect(mail.html).toContain('AdmZ &lt;Paris&gt; &amp; Co');
    expect(mail.html).not.toContain('<Paris>');
    expect(mail.html).toContain('src="cid:qr@admz"');
    expect(mail.html).toMatch(/<img [^>]*alt="QR code d'arrivée de votre réservation/);
  });

  test('an hours change lists each cancelled booking with its reason', () => {
    const mail = hoursChangedMail(
      'Camille',
      'AdmZ Paris',
      [
        { view, reason: 'AdmZ Paris sera fermé ce jour-là (travaux).' },
        { view: { ...view, dateLabel: 'mardi 24 novembre 2026' }, reason: 'autre raison' },
      ],
      view.bookUrl,
    );
    expect(mail.subject).toBe('2 réservations annulées (horaires modifiés) à AdmZ Paris');
    expect(mail.text).toContain('Pourquoi : AdmZ Paris sera fermé ce jour-là (travaux).');
    expect(mail.text).toContain('mardi 24 novembre 2026, Matin, de 09:00 à 13:00');
    expect(mail.html.match(/<li /g)).toHaveLength(2);
  });

  test('a booking made or cancelled by a host names the host, escaped, or a host without a name', () => {
    const booked = bookingBookedByHostMail(view, 'Inès <Lefèvre>', 'qr@admz');
    expect(booked.subject).toMatch(/^Réservation faite pour vous : poste A-01/);
    expect(booked.text).toContain(
      'Inès <Lefèvre>, gestionnaire du site, a réservé ce poste pour vous.',
    );
    expect(booked.html).toContain('Inès &lt;Lefèvre&gt;, gestionnaire du site');
    expect(booked.html).toContain('src="cid:qr@admz"');
    const cancelled = bookingCancelledByHostMail(view, null);
    expect(cancelled.subject).toMatch(/^Réservation annulée par un gestionnaire : poste A-01/);
    expect(cancelled.text).toContain('Un gestionnaire du site a annulé votre réservation');
    expect(cancelled.html).toContain('lundi 23 novembre 2026');
  });
});
