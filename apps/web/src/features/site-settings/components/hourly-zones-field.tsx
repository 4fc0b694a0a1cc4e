import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useLanguage, useMessages } from '../../../i18n/language';
import { useZones } from '../../floor-plans/hooks/use-zones';
import { describeHourlyZoneChoice, listHourlyZoneChoices } from '../hourly-zone-choices';
import { siteSettingsMessages } from '../site-settings.messages';

type HourlyZonesFieldProps = {
  siteId: string;
  value: string[];
  onChange: (zones: string[]) => void;
};

/** « Zones proposées à l'heure »: the zones where agents may book by the hour (none = all). */
export function HourlyZonesField({ siteId, value, onChange }: HourlyZonesFieldProps) {
  const zonesQuery = useZones(siteId);
  const language = useLanguage();
  const t = useMessages(siteSettingsMessages).hourlyZones;
  if (zonesQuery.isPending) return <LoadingState label={t.loading} />;
  if (zonesQuery.isError) {
    return <ErrorState error={zonesQuery.error} onRetry={() => void zonesQuery.refetch()} />;
  }
  const choices = listHourlyZoneChoices(zonesQuery.data, value);
  if (choices.length === 0) {
    return <EmptyState title={t.noZones} />;
  }
  return (
    <Checkbox
      legend={t.legend}
      hintText={t.hint}
      small
      options={choices.map((choice) => ({
        label: choice.zone,
        hintText: describeHourlyZoneChoice(choice, language),
        nativeInputProps: {
          name: 'hourlyZones',
          value: choice.zone,
          checked: value.includes(choice.zone),
          onChange: (event) =>
            onChange(
              event.target.checked
                ? [...value, choice.zone]
                : value.filter((zone) => zone !== choice.zone),
            ),
        },
      }))}
    />
  );
}
