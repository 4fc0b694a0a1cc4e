import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useZones } from '../../floor-plans/hooks/use-zones';
import { describeHourlyZoneChoice, listHourlyZoneChoices } from '../hourly-zone-choices';

type HourlyZonesFieldProps = {
  siteId: string;
  value: string[];
  onChange: (zones: string[]) => void;
};

/** « Zones proposées à l'heure »: the zones where agents may book by the hour (none = all). */
export function HourlyZonesField({ siteId, value, onChange }: HourlyZonesFieldProps) {
  const zonesQuery = useZones(siteId);
  if (zonesQuery.isPending) return <LoadingState label="Chargement des zones…" />;
  if (zonesQuery.isError) {
    return <ErrorState error={zonesQuery.error} onRetry={() => void zonesQuery.refetch()} />;
  }
  const choices = listHourlyZoneChoices(zonesQuery.data, value);
  if (choices.length === 0) {
    return (
      <EmptyState title="Ce site n'a encore aucune zone : tous ses postes se réservent à l'heure." />
    );
  }
  return (
    <Checkbox
      legend="Zones proposées à l'heure"
      hintText="Aucune zone cochée : toutes les zones."
      small
      options={choices.map((choice) => ({
        label: choice.zone,
        hintText: describeHourlyZoneChoice(choice),
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
