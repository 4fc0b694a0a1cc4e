const usualChoices = [15, 30, 45, 60, 90, 120, 180, 240];

/** The usual release delays (minutes), plus the saved one if a host set another through the API. */
export function listNoShowReleaseChoices(saved: number | null): number[] {
  const choices = new Set(usualChoices);
  if (saved !== null) choices.add(saved);
  return [...choices].sort((minutesA, minutesB) => minutesA - minutesB);
}
