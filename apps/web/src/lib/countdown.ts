import { formatCount } from '../i18n/format';
import type { Language } from '../i18n/language';

/** « 9 min 05 s », « 45 s », « 0 s »: time left before something expires, rounded up to the second. */
export function formatCountdown(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/**
 * « à l’instant », « il y a 2 min », « il y a 3 h », « il y a 2 jours »; null reads « jamais »
 * (« just now », « 2 min ago », « 3 h ago », « 2 days ago », « never » in English).
 */
export function formatTimeAgo(
  isoInstant: string | null,
  now: number,
  language: Language = 'fr',
): string {
  const isFrench = language === 'fr';
  if (isoInstant === null) return isFrench ? 'jamais' : 'never';
  const elapsedSeconds = Math.floor((now - Date.parse(isoInstant)) / 1000);
  // A clock slightly ahead of the browser's must not read « dans 3 s ».
  if (elapsedSeconds < 60) return isFrench ? 'à l’instant' : 'just now';
  const minutes = Math.floor(elapsedSeconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const elapsed =
    minutes < 60
      ? `${minutes} min`
      : hours < 24
        ? `${hours} h`
        : formatCount(days, { fr: 'jour', en: 'day' }, language);
  return isFrench ? `il y a ${elapsed}` : `${elapsed} ago`;
}
