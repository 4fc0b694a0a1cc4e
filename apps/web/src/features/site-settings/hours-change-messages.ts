/** After a confirmed change of hours: how many bookings it cancelled, and that people were told. */
export function describeCancelledBookings(count: number): string {
  if (count === 0) return 'Aucune réservation n’a dû être annulée.';
  if (count === 1) {
    return '1 réservation annulée ; la personne concernée a été prévenue par courriel.';
  }
  return `${count} réservations annulées ; les personnes concernées ont été prévenues par courriel.`;
}
