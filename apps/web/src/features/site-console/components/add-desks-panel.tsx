import {
  bulkCreateDesksSchema,
  bulkDeskLabels,
  createDeskSchema,
  deskAttributeSchema,
  maxBulkDesks,
  type DeskAttribute,
  type ZoneSummary,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useBulkCreateDesks, useCreateDesk } from '../hooks/use-site-console';
import { siteConsoleMessages } from '../site-console.messages';

const attributes = deskAttributeSchema.options;

/** The equipment of a desk, as checkboxes. */
export function AttributesField({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: DeskAttribute[];
  onChange: (value: DeskAttribute[]) => void;
}) {
  const labels = useDomainLabels();
  return (
    <Checkbox
      legend={legend}
      small
      orientation="horizontal"
      options={attributes.map((attribute) => ({
        label: labels.deskAttribute[attribute],
        nativeInputProps: {
          value: attribute,
          checked: value.includes(attribute),
          onChange: (event) =>
            onChange(
              event.target.checked
                ? [...value, attribute]
                : value.filter((candidate) => candidate !== attribute),
            ),
        },
      }))}
    />
  );
}

function ZoneSelect({
  zones,
  value,
  onChange,
}: {
  zones: ZoneSummary[];
  value: string;
  onChange: (zone: string) => void;
}) {
  const messages = useMessages(siteConsoleMessages).addDesks;
  return (
    <Select
      label={messages.zone}
      nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value) }}
    >
      {zones.map((zone) => (
        <option key={zone.id} value={zone.zone}>
          {zone.zone}
        </option>
      ))}
    </Select>
  );
}

/** «, …, A-12 »: the labels a series makes, shortened when long. */
export function describeLabels(labels: string[]): string {
  if (labels.length <= 14) return labels.join(', ');
  return `${labels.slice(0, 10).join(', ')}, …, ${labels.slice(-2).join(', ')}`;
}

/** One desk, or a series « A-01 à A-12 » with a live preview of its labels. */
export function AddDesksPanel({ siteId, zones }: { siteId: string; zones: ZoneSummary[] }) {
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
        <BulkDesksForm siteId={siteId} zones={zones} />
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-5')}>
        <SingleDeskForm siteId={siteId} zones={zones} />
      </div>
    </div>
  );
}

function BulkDesksForm({ siteId, zones }: { siteId: string; zones: ZoneSummary[] }) {
  const mutation = useBulkCreateDesks(siteId);
  const messages = useMessages(siteConsoleMessages).addDesks;
  const translate = useSentence();
  const [prefix, setPrefix] = useState('A-');
  const [first, setFirst] = useState('1');
  const [last, setLast] = useState('12');
  const [width, setWidth] = useState('2');
  const [zone, setZone] = useState(zones[0]?.zone ?? '');
  const [chosen, setChosen] = useState<DeskAttribute[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const zoneName = zones.some((candidate) => candidate.zone === zone)
    ? zone
    : (zones[0]?.zone ?? '');

  const parsed = bulkCreateDesksSchema.safeParse({
    prefix,
    first: first === '' ? Number.NaN : Number(first),
    last: last === '' ? Number.NaN : Number(last),
    width: width === '' ? Number.NaN : Number(width),
    zone: zoneName,
    attributes: chosen,
  });
  const problem = parsed.success
    ? null
    : translate(parsed.error.issues[0]?.message ?? messages.invalidSeries);
  const labels = parsed.success ? bulkDeskLabels(parsed.data) : [];

  function change(setter: (value: string) => void) {
    return (value: string) => {
      setter(value);
      setCreated(null);
      mutation.reset();
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.success) return;
    mutation.mutate(parsed.data, {
      onSuccess: (desks) =>
        setCreated(
          messages.seriesAdded(
            desks.length,
            parsed.data.zone,
            describeLabels(desks.map((desk) => desk.label)),
          ),
        ),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="bulk-desks-title">
      <h3 id="bulk-desks-title" className={fr.cx('fr-h6')}>
        {messages.seriesTitle}
      </h3>
      <div className="site-console__series">
        <Input
          label={messages.prefix}
          hintText={messages.prefixHint}
          nativeInputProps={{
            value: prefix,
            maxLength: 30,
            onChange: (event) => change(setPrefix)(event.target.value),
          }}
        />
        <Input
          label={messages.first}
          hintText={messages.firstHint}
          nativeInputProps={{
            type: 'number',
            inputMode: 'numeric',
            min: 0,
            value: first,
            onChange: (event) => change(setFirst)(event.target.value),
          }}
        />
        <Input
          label={messages.last}
          hintText={messages.lastHint}
          nativeInputProps={{
            type: 'number',
            inputMode: 'numeric',
            min: 0,
            value: last,
            onChange: (event) => change(setLast)(event.target.value),
          }}
        />
        <Input
          label={messages.width}
          hintText={messages.widthHint}
          nativeInputProps={{
            type: 'number',
            inputMode: 'numeric',
            min: 0,
            max: 5,
            value: width,
            onChange: (event) => change(setWidth)(event.target.value),
          }}
        />
      </div>
      <ZoneSelect zones={zones} value={zoneName} onChange={change(setZone)} />
      <AttributesField
        legend={messages.seriesAttributes}
        value={chosen}
        onChange={(value) => {
          setChosen(value);
          mutation.reset();
        }}
      />
      <div className={fr.cx('fr-mb-2w')} aria-live="polite">
        {problem ? (
          <p className={fr.cx('fr-error-text', 'fr-mt-0')}>{problem}</p>
        ) : (
          <p className={fr.cx('fr-mb-0')}>
            <strong>{messages.preview(labels.length)}</strong> —{' '}
            <span data-testid="bulk-preview">{describeLabels(labels)}</span>
          </p>
        )}
      </div>
      <MutationFeedback mutation={mutation} successMessage={created ?? undefined} />
      <Button
        type="submit"
        iconId="fr-icon-add-line"
        disabled={mutation.isPending || !parsed.success}
      >
        {mutation.isPending
          ? messages.creating
          : parsed.success
            ? messages.createCount(labels.length)
            : messages.createAtMost(maxBulkDesks)}
      </Button>
    </form>
  );
}

function SingleDeskForm({ siteId, zones }: { siteId: string; zones: ZoneSummary[] }) {
  const mutation = useCreateDesk(siteId);
  const messages = useMessages(siteConsoleMessages).addDesks;
  const translate = useSentence();
  const [label, setLabel] = useState('');
  const [zone, setZone] = useState(zones[0]?.zone ?? '');
  const [chosen, setChosen] = useState<DeskAttribute[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const zoneName = zones.some((candidate) => candidate.zone === zone)
    ? zone
    : (zones[0]?.zone ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createDeskSchema.safeParse({ label, zone: zoneName, attributes: chosen });
    if (!parsed.success) {
      setError(translate(parsed.error.issues[0]?.message ?? messages.invalidDesk));
      return;
    }
    setError(null);
    mutation.mutate(parsed.data, {
      onSuccess: (desk) => {
        setCreated(messages.deskAdded(desk.label, desk.zone));
        setLabel('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="single-desk-title">
      <h3 id="single-desk-title" className={fr.cx('fr-h6')}>
        {messages.singleTitle}
      </h3>
      <Input
        label={messages.label}
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error ?? undefined}
        nativeInputProps={{
          value: label,
          maxLength: 40,
          onChange: (event) => {
            setLabel(event.target.value);
            setCreated(null);
            mutation.reset();
          },
        }}
      />
      <ZoneSelect zones={zones} value={zoneName} onChange={setZone} />
      <AttributesField legend={messages.attributes} value={chosen} onChange={setChosen} />
      <MutationFeedback mutation={mutation} successMessage={created ?? undefined} />
      <Button
        type="submit"
        priority="secondary"
        iconId="fr-icon-add-line"
        disabled={mutation.isPending}
      >
        {mutation.isPending ? messages.creating : messages.addDesk}
      </Button>
    </form>
  );
}
