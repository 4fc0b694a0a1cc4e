import type { Site } from '@admz/shared';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMessages } from '../../../i18n/language';
import { sitesMessages } from '../sites.messages';

type SiteSelectProps = {
  sites: Site[];
  selectedSiteId: string | undefined;
  onSelectSite: (siteId: string) => void;
  label?: string;
};

export function SiteSelect({ sites, selectedSiteId, onSelectSite, label }: SiteSelectProps) {
  const { siteSelect } = useMessages(sitesMessages);
  const selectedSite = sites.find((site) => site.id === selectedSiteId);
  return (
    <Select
      label={label ?? siteSelect.label}
      hint={selectedSite?.address}
      nativeSelectProps={{
        value: selectedSiteId ?? '',
        onChange: (event) => onSelectSite(event.target.value),
        name: 'site',
      }}
    >
      {sites.map((site) => (
        <option key={site.id} value={site.id}>
          {site.name}
        </option>
      ))}
    </Select>
  );
}
