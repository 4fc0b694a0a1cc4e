import type { Language } from '../../i18n/language';
import { siteSettingsMessages } from './site-settings.messages';

/** After a confirmed change of hours: how many bookings it cancelled, and that people were told. */
export function describeCancelledBookings(count: number, language: Language = 'fr'): string {
  const messages = siteSettingsMessages[language].hoursChange;
  if (count === 0) return messages.noneCancelled;
  if (count === 1) return messages.oneCancelled;
  return messages.cancelled(count);
}
