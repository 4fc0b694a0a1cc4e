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
import type { NonEmptyArray } from '../../../lib/non-empty';
import { SiteSelect } from '../../sites/components/site-select';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { useDeleteZonePlan } from '../hooks/use-delete-zone-plan';
import { useSiteDesks } from '../hooks/use-site-desks';
import { useUploadZonePlan } from '../hooks/use-upload-zone-plan';
import { useZones } from '../hooks/use-zones';
import '../floor-plans.css';
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
              label="Zone"
              nativeSelectProps={{
                name: 'zone',
                value: zone.zone,
                onChange: (event) => updateSearch({ zone: event.target.value }),
              }}
            >
              {zones.map((item) => (
                <option key={item.zone} value={item.zone}>
                  {item.zone} — {item.plan ? 'plan en ligne' : 'sans plan'}
                </option>
              ))}
            </Select>
          )}
        </div>
      </div>
      {zonesQuery.isPending && <LoadingState label="Chargement des zones…" />}
      {zonesQuery.isError && (
        <ErrorState error={zonesQuery.error} onRetry={() => void zonesQuery.refetch()} />
      )}
      {zonesQuery.isSuccess && !zone && (
        <EmptyState title="Ce tiers-lieu n'a encore aucun poste : créez des postes pour définir ses zones." />
      )}
      {zone && <ZonePlanPanel key={`${site.id}/${zone.zone}`} siteId={site.id} zone={zone} />}
    </>
  );
}

const acceptedTypes: readonly string[] = zonePlanContentTypes;

/** The reason a file cannot be a plan, in French, before anything is sent. */
function checkPlanFile(file: File): string | null {
  if (!acceptedTypes.includes(file.type)) {
    return `« ${file.name} » n'est pas une image SVG ou PNG. Exportez le plan dans l'un de ces formats.`;
  }
  if (file.size > maxZonePlanBytes) {
    const sizeInMb = (file.size / 1024 / 1024).toLocaleString('fr-FR', {
      maximumFractionDigits: 1,
    });
    return `« ${file.name} » pèse ${sizeInMb} Mo : le plan ne doit pas dépasser 2 Mo.`;
  }
  if (file.size === 0) return `« ${file.name} » est vide.`;
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

  function chooseFile(chosen: File | null) {
    setUploaded(null);
    uploadMutation.reset();
    setFile(chosen);
    setFileError(chosen ? checkPlanFile(chosen) : null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError('Choisissez d’abord le fichier du plan (SVG ou PNG).');
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
        Zone {zone.zone}
      </h2>
      <p>
        {zone.deskCount} {zone.deskCount > 1 ? 'postes' : 'poste'}, dont {zone.placedDeskCount} sur
        le plan.{' '}
        {plan
          ? `Plan ${plan.contentType === 'image/png' ? 'PNG' : 'SVG'} de ${Math.round(plan.width)} × ${Math.round(plan.height)} pixels.`
          : "Cette zone n'a pas encore de plan."}
      </p>

      <form onSubmit={submit} className={fr.cx('fr-mb-3w')} noValidate>
        <Upload
          label={plan ? 'Remplacer le plan de la zone' : 'Plan de la zone'}
          hint="Image SVG ou PNG, 2 Mo au plus. Les scripts et liens externes d'un SVG sont retirés."
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
            {uploadMutation.isPending ? 'Envoi du plan…' : 'Envoyer le plan'}
          </Button>
          {plan && !isConfirmingDelete && (
            <Button
              priority="tertiary"
              iconId="fr-icon-delete-line"
              onClick={() => setIsConfirmingDelete(true)}
            >
              Supprimer le plan
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
                Confirmer la suppression du plan
              </Button>
              <Button priority="tertiary" onClick={() => setIsConfirmingDelete(false)}>
                Annuler
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
              ? `Plan enregistré. Pour la sécurité des agents, ces éléments ont été retirés : ${uploaded.removedContent.join(', ')}.`
              : 'Plan enregistré : placez maintenant les postes de la zone.'
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
          <LoadingState label="Chargement des postes…" />
        ) : desksQuery.isError ? (
          <ErrorState error={desksQuery.error} onRetry={() => void desksQuery.refetch()} />
        ) : (
          <PlanDeskEditor siteId={siteId} zone={zone.zone} plan={plan} desks={zoneDesks} />
        ))}
    </section>
  );
}
