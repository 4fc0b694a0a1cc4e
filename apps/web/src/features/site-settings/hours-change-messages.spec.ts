import { describe, expect, it } from 'vitest';
import { describeCancelledBookings } from './hours-change-messages';

describe('describeCancelledBookings', () => {
  it('counts the cancelled bookings and says the people were told by mail', () => {
    expect(describeCancelledBookings(3)).toBe(
      '3 réservations annulées ; les personnes concernées ont été prévenues par courriel.',
    );
    expect(describeCancelledBookings(1)).toBe(
      '1 réservation annulée ; la personne concernée a été prévenue par courriel.',
    );
  });

  it('says so when nothing had to be cancelled after all', () => {
    expect(describeCancelledBookings(0)).toBe('Aucune réservation n’a dû être annulée.');
  });

  it('says the same in English for a host who picked it', () => {
    expect(describeCancelledBookings(2, 'en')).toBe(
      '2 bookings cancelled; the people concerned were told by e-mail.',
    );
    expect(describeCancelledBookings(0, 'en')).toBe('No booking had to be cancelled.');
  });
});
