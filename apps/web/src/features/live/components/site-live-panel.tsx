import type { Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import type { LiveState } from '../live-events';
import { ConnectionIndicator } from './connection-indicator';
import { LiveFeed } from './live-feed';
import { OccupancyPanel } from './occupancy-panel';

/** « En ce moment »: the live part of the host dashboard. */
export function SiteLivePanel({ site, live }: { site: Site; live: LiveState }) {
  return (
    <section aria-labelledby="live-title" className={fr.cx('fr-mb-5w')}>
      <div className="admz-toolbar fr-mb-2w">
        <h2 id="live-title" className={fr.cx('fr-h4', 'fr-mb-0')}>
          En ce moment à {site.name}
        </h2>
        <ConnectionIndicator connection={live.connection} />
      </div>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
          <OccupancyPanel occupancy={live.occupancy} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-5')}>
          <h3 id="live-feed-title" className={fr.cx('fr-h6', 'fr-mb-1w')}>
            Arrivées et départs
          </h3>
          <LiveFeed feed={live.feed} timezone={site.timezone} labelledBy="live-feed-title" />
        </div>
      </div>
    </section>
  );
}
