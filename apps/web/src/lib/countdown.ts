/** « 9 min 05 s », « 45 s », « 0 s »: time left before something expires, rounded up to the second. */
export function formatCountdown(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** « à l’instant », « il y a 2 min », « il y a 3 h », « il y a 2 jours »; null reads « jamais ». */
export function formatTimeAgo(isoInstant: string | null, now: number): string {
  if (isoInstant === null) return 'jamais';
  const elapsedSeconds = Math.floor((now - Date.parse(isoInstant)) / 1000);
  // A clock slightly ahead of the browser's must not read « dans 3 s ».
  if (elapsedSeconds < 60) return 'à l’instant';
  const minutes = Math.floor(elapsedSeconds / 60);
  if (minutes < 60) return `il y a ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `il y a ${hours} h`;
  const days = Math.floor(hours / 24);
  return `il y a ${days} jour${days > 1 ? 's' : ''}`;
}
