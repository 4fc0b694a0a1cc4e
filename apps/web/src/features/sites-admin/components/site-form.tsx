import {
  createSiteSchema,
  holidayRegionSchema,
  ianaTimezones,
  updateSiteSchema,
  type SentenceTranslator,
  type Site,
  type SiteKind,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../../../api-client';
import { describeError } from '../../../components/error-state';
import { useSiteLabels } from '../../../i18n/site-labels.messages';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { AffectedBookingsPanel } from '../../site-settings/components/affected-bookings-panel';
import { useAffectedBookingsConfirmation } from '../../site-settings/hooks/use-affected-bookings-confirmation';
import { useCreateSite, useEditSite } from '../hooks/use-sites-admin';
import type { SiteEdit } from '../sites-admin.api';
import { sitesAdminMessages } from '../sites-admin.messages';

type Fields = {
  name: string;
  slug: string;
  address: string;
  timezone: string;
  holidayRegion: string;
  kind: SiteKind;
  startsOn: string;
  endsOn: string;
  capacity: string;
  description: string;
  accessInfo: string;
  wifiInfo: string;
};
type FieldName = keyof Fields;
type Errors = Partial<Record<FieldName, string>>;

const emptyFields: Fields = {
  name: '',
  slug: '',
  address: '',
  timezone: 'Europe/Paris',
  holidayRegion: 'FR',
  kind: 'permanent',
  startsOn: '',
  endsOn: '',
  capacity: '',
  description: '',
  accessInfo: '',
  wifiInfo: '',
};

function fieldsOf(site: Site): Fields {
  return {
    name: site.name,
    slug: site.slug,
    address: site.address,
    timezone: site.timezone,
    holidayRegion: site.holidayRegion,
    kind: site.kind,
    startsOn: site.startsOn ?? '',
    endsOn: site.endsOn ?? '',
    capacity: site.capacity === null ? '' : String(site.capacity),
    description: site.description,
    accessInfo: site.accessInfo,
    wifiInfo: site.wifiInfo,
  };
}

/** « AdmZ Tournée Rennes » → « admz-tournee-rennes ». */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** The values the API reads, from what was typed (dates and places only for a temporary site). */
function toBody(fields: Fields) {
  const isTemporary = fields.kind === 'temporary';
  return {
    name: fields.name,
    slug: fields.slug,
    address: fields.address,
    timezone: fields.timezone.trim(),
    holidayRegion: fields.holidayRegion,
    kind: fields.kind,
    startsOn: isTemporary && fields.startsOn !== '' ? fields.startsOn : null,
    endsOn: isTemporary && fields.endsOn !== '' ? fields.endsOn : null,
    capacity: isTemporary && fields.capacity.trim() !== '' ? Number(fields.capacity) : null,
    description: fields.description,
    accessInfo: fields.accessInfo,
    wifiInfo: fields.wifiInfo,
  };
}

/**
 * The first message of each field. `translate` puts a shared schema's French message in the
 * person's language; the API's issues already are in it.
 */
function errorsOf(
  issues: { path: PropertyKey[] | string; message: string }[],
  translate: SentenceTranslator = (sentence) => sentence,
): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = String(Array.isArray(issue.path) ? issue.path[0] : issue.path);
    if (field in emptyFields && !(field in errors)) {
      errors[field as FieldName] = translate(issue.message);
    }
  }
  return errors;
}

type SiteFormProps = { site?: Site; onDone: (site: Site) => void; onCancel: () => void };

/** Create a site, or edit one: every field an agent or a host relies on. */
export function SiteForm({ site, onDone, onCancel }: SiteFormProps) {
  const [fields, setFields] = useState<Fields>(site ? fieldsOf(site) : emptyFields);
  const [isSlugEdited, setIsSlugEdited] = useState(site !== undefined);
  const [errors, setErrors] = useState<Errors>({});
  const createMutation = useCreateSite();
  const editMutation = useEditSite(site?.id ?? '');
  const edit = useAffectedBookingsConfirmation(editMutation);
  const timezoneListId = useId();
  const t = useMessages(sitesAdminMessages).form;
  const translate = useSentence();
  const labels = useSiteLabels();
  const isPending = createMutation.isPending || editMutation.isPending;
  const failure = site ? edit.error : createMutation.error;

  function set<Name extends FieldName>(name: Name, value: Fields[Name]) {
    setFields((current) => ({
      ...current,
      [name]: value,
      ...(name === 'name' && !isSlugEdited ? { slug: slugOf(String(value)) } : {}),
    }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = toBody(fields);
    if (!site) {
      const parsed = createSiteSchema.safeParse(body);
      if (!parsed.success) return setErrors(errorsOf(parsed.error.issues, translate));
      setErrors({});
      createMutation.mutate(parsed.data, {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error)) setErrors(errorsOf(error.issues));
        },
      });
      return;
    }
    const before = toBody(fieldsOf(site));
    const changes = Object.fromEntries(
      Object.entries(body).filter(([name, value]) => before[name as keyof typeof before] !== value),
    );
    const parsed = updateSiteSchema.safeParse({ ...changes, kind: body.kind });
    if (!parsed.success) return setErrors(errorsOf(parsed.error.issues, translate));
    setErrors({});
    const { confirm: _confirm, ...edits } = parsed.data;
    edit.send(edits as SiteEdit, () => onDone(site));
  }

  const input = (name: FieldName) => ({
    state: errors[name] ? ('error' as const) : ('default' as const),
    stateRelatedMessage: errors[name],
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={site ? t.edit(site.name) : t.newSite}>
      <Input
        label={t.name}
        {...input('name')}
        nativeInputProps={{
          value: fields.name,
          maxLength: 120,
          required: true,
          onChange: (event) => set('name', event.target.value),
        }}
      />
      {!site && (
        <Input
          label={t.slug}
          hintText={t.slugHint}
          {...input('slug')}
          nativeInputProps={{
            value: fields.slug,
            maxLength: 60,
            onChange: (event) => {
              setIsSlugEdited(true);
              set('slug', event.target.value);
            },
          }}
        />
      )}
      <Input
        label={t.address}
        textArea
        {...input('address')}
        nativeTextAreaProps={{
          rows: 2,
          value: fields.address,
          maxLength: 300,
          onChange: (event) => set('address', event.target.value),
        }}
      />
      <Input
        label={t.timezone}
        hintText={t.timezoneHint}
        {...input('timezone')}
        nativeInputProps={{
          value: fields.timezone,
          list: timezoneListId,
          autoComplete: 'off',
          spellCheck: false,
          onChange: (event) => set('timezone', event.target.value),
        }}
      />
      <datalist id={timezoneListId}>
        {ianaTimezones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Select
        label={t.holidays}
        hint={t.holidaysHint}
        {...input('holidayRegion')}
        nativeSelectProps={{
          value: fields.holidayRegion,
          onChange: (event) => set('holidayRegion', event.target.value),
        }}
      >
        {holidayRegionSchema.options.map((region) => (
          <option key={region} value={region}>
            {labels.holidayRegion[region]}
          </option>
        ))}
      </Select>
      <RadioButtons
        legend={t.kind}
        orientation="horizontal"
        options={[
          {
            label: t.permanent,
            nativeInputProps: {
              checked: fields.kind === 'permanent',
              onChange: () => set('kind', 'permanent'),
            },
          },
          {
            label: t.temporary,
            hintText: t.temporaryHint,
            nativeInputProps: {
              checked: fields.kind === 'temporary',
              onChange: () => set('kind', 'temporary'),
            },
          },
        ]}
      />
      {fields.kind === 'temporary' && (
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend')}>{t.temporaryDates}</legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <Input
              label={t.startsOn}
              {...input('startsOn')}
              nativeInputProps={{
                type: 'date',
                value: fields.startsOn,
                onChange: (event) => set('startsOn', event.target.value),
              }}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <Input
              label={t.endsOn}
              {...input('endsOn')}
              nativeInputProps={{
                type: 'date',
                value: fields.endsOn,
                min: fields.startsOn || undefined,
                onChange: (event) => set('endsOn', event.target.value),
              }}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <Input
              label={t.capacity}
              hintText={t.capacityHint}
              {...input('capacity')}
              nativeInputProps={{
                type: 'number',
                inputMode: 'numeric',
                min: 1,
                value: fields.capacity,
                onChange: (event) => set('capacity', event.target.value),
              }}
            />
          </div>
        </fieldset>
      )}
      <Input
        label={t.description}
        textArea
        {...input('description')}
        nativeTextAreaProps={{
          rows: 3,
          value: fields.description,
          maxLength: 2000,
          onChange: (event) => set('description', event.target.value),
        }}
      />
      <Input
        label={t.accessInfo}
        hintText={t.accessInfoHint}
        textArea
        {...input('accessInfo')}
        nativeTextAreaProps={{
          rows: 3,
          value: fields.accessInfo,
          maxLength: 2000,
          onChange: (event) => set('accessInfo', event.target.value),
        }}
      />
      <Input
        label={t.wifiInfo}
        textArea
        {...input('wifiInfo')}
        nativeTextAreaProps={{
          rows: 2,
          value: fields.wifiInfo,
          maxLength: 500,
          onChange: (event) => set('wifiInfo', event.target.value),
        }}
      />
      {failure !== null && failure !== undefined && (
        <Alert
          severity="error"
          small
          description={describeError(failure)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {site && edit.pending && (
        <AffectedBookingsPanel
          bookings={edit.pending.affected}
          change={t.hoursMove(site.name)}
          isConfirming={edit.isConfirming}
          onConfirm={() =>
            edit.pending &&
            edit.confirm({ ...edit.pending.variables, confirm: true }, () => onDone(site))
          }
          onCancel={edit.cancel}
        />
      )}
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button type="submit" disabled={isPending}>
            {isPending ? t.saving : site ? t.saveChanges : t.create}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </li>
      </ul>
    </form>
  );
}
