import {
  eventAudiences,
  eventTypes,
  maxEventThemes,
  proposeEventSchema,
  type EventAudience,
  type EventType,
  type Me,
  type ProposeEventInput,
  type SentenceTranslator,
  type Site,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../components/error-state';
import { useZones } from '../../floor-plans/hooks/use-zones';
import { useSiteRooms } from '../../rooms/hooks/use-rooms';
import { SiteSelect } from '../../sites/components/site-select';
import { useAffectedBookingsConfirmation } from '../../site-settings/hooks/use-affected-bookings-confirmation';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { eventsMessages } from '../events.messages';
import { useCreateHostedEvent, useProposeEvent } from '../hooks/use-events';
import { AffectedBookingsList } from './affected-bookings-list';

const confirmModal = createModal({ id: 'hosted-event-modal', isOpenedByDefault: false });

type Fields = {
  title: string;
  type: EventType;
  description: string;
  themes: string;
  date: string;
  startTime: string;
  endTime: string;
  zoneId: string;
  capacity: string;
  visioUrl: string;
  audience: EventAudience;
};

const emptyFields: Fields = {
  title: '',
  type: 'talk',
  description: '',
  themes: '',
  date: '',
  startTime: '12:00',
  endTime: '14:00',
  zoneId: '',
  capacity: '20',
  visioUrl: '',
  audience: 'agents',
};

/** The body the API receives: themes split on commas, an empty link left out. */
/** A room is chosen in the space list as `room:<id>`; a zone by its id alone. */
const roomPrefix = 'room:';

function toBody(fields: Fields, spaceId: string): ProposeEventInput {
  const space = spaceId.startsWith(roomPrefix)
    ? { roomId: spaceId.slice(roomPrefix.length) }
    : { zoneId: spaceId };
  return {
    title: fields.title,
    type: fields.type,
    description: fields.description,
    themes: fields.themes
      .split(',')
      .map((theme) => theme.trim())
      .filter(Boolean),
    date: fields.date,
    startTime: fields.startTime,
    endTime: fields.endTime,
    ...space,
    capacity: fields.capacity.trim() === '' ? Number.NaN : Number(fields.capacity),
    visioUrl: fields.visioUrl.trim() === '' ? null : fields.visioUrl.trim(),
    audience: fields.audience,
  };
}

/** The first message of each field the shared schema refuses, in the person's language. */
function fieldErrors(
  body: ProposeEventInput,
  translate: SentenceTranslator,
): Partial<Record<keyof Fields, string>> {
  const parsed = proposeEventSchema.safeParse(body);
  if (parsed.success) return {};
  const errors: Partial<Record<keyof Fields, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') as keyof Fields;
    errors[field] ??= translate(issue.message);
  }
  return errors;
}

/**
 * « Proposer un événement »: any agent proposes to the site's hosts; a host of the chosen site
 * creates it directly (approved), confirming first when it cancels desk bookings of the zone.
 */
export function EventForm({
  me,
  sites,
  initialSiteId,
}: {
  me: Me;
  sites: Site[];
  initialSiteId?: string;
}) {
  const [siteId, setSiteId] = useState(
    sites.find((site) => site.id === initialSiteId)?.id ?? sites[0]?.id ?? '',
  );
  const site = sites.find((candidate) => candidate.id === siteId);
  const isHost = me.isAdmin || me.hostedSiteIds.includes(siteId);
  const { common } = useMessages(eventsMessages);
  return (
    <>
      <SiteSelect
        label={common.site}
        sites={sites}
        selectedSiteId={siteId}
        onSelectSite={setSiteId}
      />
      {site && <EventFields key={site.id} site={site} isHost={isHost} />}
    </>
  );
}

function EventFields({ site, isHost }: { site: Site; isHost: boolean }) {
  const navigate = useNavigate();
  const zonesQuery = useZones(site.id);
  const zones = zonesQuery.data ?? [];
  const rooms = (useSiteRooms(site.id).data ?? []).filter((room) => room.isActive);
  const [fields, setFields] = useState<Fields>(emptyFields);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const proposal = useProposeEvent(site.id);
  const creation = useCreateHostedEvent(site.id);
  const confirmation = useAffectedBookingsConfirmation(creation);
  const { pending } = confirmation;
  const zoneId = fields.zoneId || zones[0]?.id || '';
  const { form: texts, common } = useMessages(eventsMessages);
  const translate = useSentence();
  const labels = useEventLabels();

  useEffect(() => {
    if (pending) confirmModal.open();
  }, [pending]);
  useIsModalOpen(confirmModal, {
    onConceal: () => {
      if (!creation.isPending) confirmation.cancel();
    },
  });

  const set =
    <Field extends keyof Fields>(field: Field) =>
    (value: Fields[Field]) =>
      setFields((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = toBody(fields, zoneId);
    const found = fieldErrors(body, translate);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (isHost) {
      confirmation.send({ ...body, confirm: false }, () => undefined);
      return;
    }
    proposal.mutate(body, {
      onSuccess: (created) =>
        void navigate(`/evenements/${created.id}`, {
          state: { notice: texts.proposalSent },
        }),
    });
  }

  // The hosted creation succeeded (at once or once confirmed): show the event.
  useEffect(() => {
    if (creation.isSuccess) {
      confirmModal.close();
      const { event, cancelledBookings } = creation.data;
      void navigate(`/evenements/${event.id}`, {
        state: { notice: texts.created(cancelledBookings.length) },
      });
    }
  }, [creation.isSuccess, creation.data, navigate, texts]);

  const state = (field: keyof Fields) =>
    errors[field]
      ? { state: 'error' as const, stateRelatedMessage: errors[field] }
      : { state: 'default' as const };
  const serverError = isHost ? confirmation.error : proposal.isError ? proposal.error : null;

  return (
    <>
      <form onSubmit={submit} noValidate aria-describedby="event-form-help">
        <p id="event-form-help" className={fr.cx('fr-text--sm')}>
          {isHost ? texts.hostHelp : texts.agentHelp} {texts.localTimes(site.timezone)}
        </p>
        <Input
          label={texts.title}
          {...state('title')}
          nativeInputProps={{
            value: fields.title,
            onChange: (event) => set('title')(event.target.value),
            maxLength: 120,
            required: true,
          }}
        />
        <Select
          label={texts.type}
          nativeSelectProps={{
            value: fields.type,
            onChange: (event) => set('type')(event.target.value as EventType),
          }}
        >
          {eventTypes.map((type) => (
            <option key={type} value={type}>
              {labels.eventType[type]}
            </option>
          ))}
        </Select>
        <Input
          label={texts.description}
          textArea
          {...state('description')}
          nativeTextAreaProps={{
            value: fields.description,
            onChange: (event) => set('description')(event.target.value),
            rows: 5,
            maxLength: 4000,
            required: true,
          }}
        />
        <Input
          label={common.themes}
          hintText={texts.themesHint(maxEventThemes)}
          {...state('themes')}
          nativeInputProps={{
            value: fields.themes,
            onChange: (event) => set('themes')(event.target.value),
          }}
        />
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Input
              label={texts.date}
              {...state('date')}
              nativeInputProps={{
                type: 'date',
                value: fields.date,
                onChange: (event) => set('date')(event.target.value),
                required: true,
              }}
            />
          </div>
          <div className={fr.cx('fr-col-6', 'fr-col-md-4')}>
            <Input
              label={texts.start}
              {...state('startTime')}
              nativeInputProps={{
                type: 'time',
                value: fields.startTime,
                onChange: (event) => set('startTime')(event.target.value),
                required: true,
              }}
            />
          </div>
          <div className={fr.cx('fr-col-6', 'fr-col-md-4')}>
            <Input
              label={texts.end}
              {...state('endTime')}
              nativeInputProps={{
                type: 'time',
                value: fields.endTime,
                onChange: (event) => set('endTime')(event.target.value),
                required: true,
              }}
            />
          </div>
        </div>
        <Select
          label={texts.zone}
          hint={texts.zoneHint}
          state={errors.zoneId ? 'error' : 'default'}
          stateRelatedMessage={errors.zoneId}
          nativeSelectProps={{
            value: zoneId,
            onChange: (event) => set('zoneId')(event.target.value),
            disabled: zones.length === 0,
          }}
        >
          {zonesQuery.isPending && <option value="">{texts.loadingZones}</option>}
          {zones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {texts.zoneOption(zone.zone, zone.deskCount)}
            </option>
          ))}
          {rooms.length > 0 && (
            <optgroup label={texts.rooms}>
              {rooms.map((room) => (
                <option key={room.id} value={`${roomPrefix}${room.id}`}>
                  {texts.roomOption(room.name, room.capacity)}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
        <Input
          label={texts.capacity}
          {...state('capacity')}
          nativeInputProps={{
            type: 'number',
            inputMode: 'numeric',
            min: 1,
            max: 1000,
            value: fields.capacity,
            onChange: (event) => set('capacity')(event.target.value),
            required: true,
          }}
        />
        <Input
          label={texts.visio}
          hintText={texts.visioHint}
          {...state('visioUrl')}
          nativeInputProps={{
            type: 'url',
            value: fields.visioUrl,
            onChange: (event) => set('visioUrl')(event.target.value),
          }}
        />
        <RadioButtons
          legend={texts.audience}
          orientation="horizontal"
          options={eventAudiences.map((audience) => ({
            label: labels.eventAudience[audience],
            nativeInputProps: {
              value: audience,
              checked: fields.audience === audience,
              onChange: () => set('audience')(audience),
            },
          }))}
        />
        {serverError && (
          <Alert
            severity="error"
            small
            description={describeError(serverError)}
            className={fr.cx('fr-mb-2w')}
          />
        )}
        <Button
          type="submit"
          iconId="fr-icon-calendar-event-line"
          disabled={proposal.isPending || creation.isPending}
        >
          {isHost ? texts.create : texts.propose}
        </Button>
      </form>
      <confirmModal.Component
        title={texts.confirmTitle}
        iconId="fr-icon-warning-line"
        size="large"
        buttons={[
          { children: texts.createNothing, priority: 'secondary' },
          {
            children: confirmation.isConfirming ? texts.creating : texts.confirmCreate,
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: confirmation.isConfirming || !pending,
            onClick: () => {
              if (pending) confirmation.confirm({ ...pending.variables, confirm: true });
            },
          },
        ]}
      >
        {pending && <AffectedBookingsList bookings={pending.affected} />}
      </confirmModal.Component>
    </>
  );
}
