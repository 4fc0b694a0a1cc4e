import type { holidayRegionLabels, siteKindLabels, slotTypeLabels } from '@admz/shared';
import { defineMessages, useMessages } from './language';

type SiteLabels = {
  slotType: typeof slotTypeLabels;
  holidayRegion: typeof holidayRegionLabels;
  siteKind: typeof siteKindLabels;
};

/**
 * The names of the values of a site’s settings (kinds of slot, holiday regions, kinds of site), in their own catalogue so that a page loads only the names it shows. French is the
 * shared library's records, copied as in domain-labels.messages.ts; a test keeps the copy equal.
 */
export const siteLabels = defineMessages<SiteLabels>({
  fr: {
    slotType: { half_day: 'Demi-journée', full_day: 'Journée entière', hourly: "À l'heure" },
    holidayRegion: {
      FR: 'France métropolitaine',
      'FR-57': 'Moselle (Alsace-Moselle)',
      'FR-67': 'Bas-Rhin (Alsace-Moselle)',
      'FR-68': 'Haut-Rhin (Alsace-Moselle)',
      GP: 'Guadeloupe',
      MQ: 'Martinique',
      GF: 'Guyane',
      RE: 'La Réunion',
      YT: 'Mayotte',
    },
    siteKind: { permanent: 'Permanent', temporary: 'Temporaire (itinérant)' },
  },
  en: {
    slotType: { half_day: 'Half day', full_day: 'Full day', hourly: 'By the hour' },
    holidayRegion: {
      FR: 'Metropolitan France',
      'FR-57': 'Moselle (Alsace-Moselle region)',
      'FR-67': 'Bas-Rhin (Alsace-Moselle region)',
      'FR-68': 'Haut-Rhin (Alsace-Moselle region)',
      GP: 'Guadeloupe',
      MQ: 'Martinique',
      GF: 'French Guiana',
      RE: 'Réunion',
      YT: 'Mayotte',
    },
    siteKind: { permanent: 'Permanent', temporary: 'Temporary (travelling)' },
  },
});

/** The names of the values of a site’s settings in the current language. */
export function useSiteLabels(): SiteLabels {
  return useMessages(siteLabels);
}
