import { fr } from '@codegouvfr/react-dsfr';
import type { PresenceCounts as Counts } from '../presence-summary';

export function PresenceCounts({ counts }: { counts: Counts }) {
  const items = [
    { label: 'Réservés', value: counts.booked },
    { label: 'Arrivés', value: counts.arrived },
    { label: 'Pas encore arrivés', value: counts.notArrived },
    { label: 'Libérés (absence)', value: counts.released },
  ];
  return (
    <ul
      className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}
      aria-label="Résumé de la journée"
      style={{ listStyle: 'none', paddingLeft: 0 }}
    >
      {items.map((item) => (
        <li key={item.label} className={fr.cx('fr-col-6', 'fr-col-md-3')}>
          <div className="admz-count">
            <span className="admz-count__value">{item.value}</span>
            <span className="admz-count__label">{item.label}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
