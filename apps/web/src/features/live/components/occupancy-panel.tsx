import type { Occupancy } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';

/** Present now / bookings running now / active desks, as the live stream last said. */
export function OccupancyPanel({ occupancy }: { occupancy: Occupancy | null }) {
  const items = [
    { label: 'Présents maintenant', value: occupancy?.present },
    { label: 'Réservations en cours', value: occupancy?.booked },
    { label: 'Capacité', value: occupancy?.capacity },
  ];
  return (
    <ul
      className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}
      aria-label="Occupation en direct"
      aria-busy={occupancy === null}
      style={{ listStyle: 'none', paddingLeft: 0 }}
    >
      {items.map((item) => (
        <li key={item.label} className={fr.cx('fr-col-12', 'fr-col-sm-4')}>
          <div className="admz-count">
            <span className="admz-count__value">{item.value ?? '—'}</span>
            <span className="admz-count__label">{item.label}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
