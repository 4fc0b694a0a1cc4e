export type SiteClock = { time: string; date: string };

const fallbackTimezone = 'Europe/Paris';

/** The wall-clock time and the day as people on the site read them, in French. */
export function formatSiteClock(instant: Date, timezone: string): SiteClock {
  const timeZone = isUsableTimezone(timezone) ? timezone : fallbackTimezone;
  const time = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  const date = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
  return { time, date: date.charAt(0).toUpperCase() + date.slice(1) };
}

function isUsableTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
