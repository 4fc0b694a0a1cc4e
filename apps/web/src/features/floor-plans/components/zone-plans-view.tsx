import {
  maxZonePlanBytes,
  zonePlanContentTypes,
  type Me,
  type Site,
  type UploadedZonePlan,
  type ZoneSummary,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useLocale, useMessages } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { SiteSelect } from '../../sites/components/site-select';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { useDeleteZonePlan } from '../hooks/use-delete-zone-plan';
import { useSiteDesks } from '../hooks/use-site-desks';
import { useUploadZonePlan } from '../hooks/use-upload-zone-plan';
import { useZones } from '../hooks/use-zones';
import '../floor-plans.css';
import { floorPlansMessages } from '../floor-plans.messages';
import { PlanDeskEditor } from './plan-desk-editor';

/** « Plans des zones »: a host uploads each zone's plan and places its desks on it. */
export function ZonePlansView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <SiteZonePlans sites={sites} />}</HostedSitesGate>;
}

function SiteZonePlans({ sites }: { sites: NonEmptyArray<Site> }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const site = sites.find((item) => item.id === searchParams.get('site')) ?? sites[0];
  const zonesQuery = useZones(site.id);
  const zones = zonesQuery.data ?? [];
  const zone = zones.find((item) => item.zone === searchParams.get('zone')) ?? zones[0];
  const messages = useMessages(floorPlansMessages).zonePlans;

  function updateSearch(next: { site?: string; zone?: string }) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next.site !== undefined) {
          params.set('site', next.site);
          params.delete('zone');
        }
        if (next.zone !== undefined) params.set('zone', next.zone);
        return params;
      },
      { replace: true },
    );
  }

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect
            sites={sites}
            selectedSiteId={site.id}
            onSelectSite={(siteId) => updateSearch({ site: siteId })}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          {zones.length > 0 && zone && (
            <Select
              label={messages.zone}
              nativeSelectProps={{
                name: 'zone',
                value: zone.zone,
                onChange: (event) => updateSearch({ zone: event.target.value }),
              }}
            >
              {zones.map((item) => (
                <option key={item.zone} value={item.zone}>
                  {item.zone} — {item.plan ? messages.withPlan : messages.withoutPlan}
                </option>
              ))}
            </Select>
          )}
        </div>
      </div>
      {zonesQuery.isPending && <LoadingState label={messages.loadingZones} />}
      {zonesQuery.isError && (
        <ErrorState error={zonesQuery.error} onRetry={() => void zonesQuery.refetch()} />
      )}
      {zonesQuery.isSuccess && !zone && <EmptyState title={messages.noZones} />}
      {zone && <ZonePlanPanel key={`${site.id}/${zone.zone}`} siteId={site.id} zone={zone} />}
    </>
  );
}

const acceptedTypes: readonly string[] = zonePlanContentTypes;

/** The reason a file cannot be a plan, in the person's language, before anything is sent. */
function checkPlanFile(
  file: File,
  messages: (typeof floorPlansMessages)['fr']['zonePlans'],
  locale: string,
): string | null {
  if (!acceptedTypes.includes(file.type)) return messages.notAnImage(file.name);
  if (file.size > maxZonePlanBytes) {
    const sizeInMb = (file.size / 1024 / 1024).toLocaleString(locale, {
      maximumFractionDigits: 1,
    });
    return messages.tooBig(file.name, sizeInMb);
  }
  if (file.size === 0) return messages.empty(file.name);
  return null;
}

function ZonePlanPanel({ siteId, zone }: { siteId: string; zone: ZoneSummary }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<UploadedZonePlan | null>(null);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const uploadMutation = useUploadZonePlan(siteId);
  const deleteMutation = useDeleteZonePlan(siteId);
  const desksQuery = useSiteDesks(siteId);
  const plan = zone.plan;
  const messages = useMessages(floorPlansMessages).zonePlans;
  const locale = useLocale();

  function chooseFile(chosen: File | null) {
    setUploaded(null);
    uploadMutation.reset();
    setFile(chosen);
    setFileError(chosen ? checkPlanFile(chosen, messages, locale) : null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError(messages.chooseFirst);
      return;
    }
    if (fileError) return;
    uploadMutation.mutate(
      { zone: zone.zone, file },
      {
        onSuccess: (result) => {
          setUploaded(result);
          setFile(null);
          if (inputRef.current) inputRef.current.value = '';
        },
      },
    );
  }

  const uploadError =
    fileError ?? (uploadMutation.isError ? describeError(uploadMutation.error) : null);
  const zoneDesks = (desksQuery.data ?? []).filter(
    (desk) => desk.zone === zone.zone && desk.isActive,
  );

  return (
    <section aria-labelledby="admz-zone-plan-heading">
      <h2 id="admz-zone-plan-heading" className={fr.cx('fr-h4')}>
        {messages.heading(zone.zone)}
      </h2>
      <p>
        {messages.deskCount(zone.deskCount, zone.placedDeskCount)}{' '}
        {plan
          ? messages.planSize(
              plan.contentType === 'image/png' ? 'PNG' : 'SVG',
              Math.round(plan.width),
              Math.round(plan.height),
            )
          : messages.noPlan}
      </p>

      <form onSubmit={submit} className={fr.cx('fr-mb-3w')} noValidate>
        <Upload
          label={plan ? messages.replace : messages.plan}
          hint={messages.hint}
          state={uploadError ? 'error' : 'default'}
          stateRelatedMessage={uploadError ?? undefined}
          nativeInputProps={{
            ref: inputRef,
            accept: '.svg,.png,image/svg+xml,image/png',
            name: 'plan',
            onChange: (event) => chooseFile(event.target.files?.[0] ?? null),
          }}
        />
        <div
          className={fr.cx(
            'fr-btns-group',
            'fr-btns-group--inline',
            'fr-btns-group--icon-left',
            'fr-mt-2w',
          )}
        >
          <Button
            type="submit"
            iconId="fr-icon-upload-line"
            disabled={uploadMutation.isPending}
            nativeButtonProps={{ 'aria-busy': uploadMutation.isPending }}
          >
            {uploadMutation.isPending ? messages.sending : messages.send}
          </Button>
          {plan && !isConfirmingDelete && (
            <Button
              priority="tertiary"
              iconId="fr-icon-delete-line"
              onClick={() => setIsConfirmingDelete(true)}
            >
              {messages.delete}
            </Button>
          )}
          {plan && isConfirmingDelete && (
            <>
              <Button
                priority="secondary"
                iconId="fr-icon-delete-line"
                disabled={deleteMutation.isPending}
                onClick={() =>
                  deleteMutation.mutate(zone.zone, {
                    onSettled: () => setIsConfirmingDelete(false),
                  })
                }
              >
                {messages.confirmDelete}
              </Button>
              <Button priority="tertiary" onClick={() => setIsConfirmingDelete(false)}>
                {messages.cancel}
              </Button>
            </>
          )}
        </div>
      </form>

      {uploaded && (
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity={uploaded.removedContent.length > 0 ? 'warning' : 'success'}
          small
          closable
          onClose={() => setUploaded(null)}
          description={
            uploaded.removedContent.length > 0
              ? messages.savedWithRemovals(uploaded.removedContent.join(', '))
              : messages.saved
          }
        />
      )}
      {deleteMutation.isError && (
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="error"
          small
          description={describeError(deleteMutation.error)}
        />
      )}

      {plan &&
        (desksQuery.isPending ? (
          <LoadingState label={messages.loadingDesks} />
        ) : desksQuery.isError ? (
          <ErrorState error={desksQuery.error} onRetry={() => void desksQuery.refetch()} />
        ) : (
          <PlanDeskEditor siteId={siteId} zone={zone.zone} plan={plan} desks={zoneDesks} />
        ))}
    </section>
  );
}
