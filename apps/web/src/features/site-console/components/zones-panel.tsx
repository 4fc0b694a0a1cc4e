import { zoneNameSchema, type ZoneSummary } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../components/error-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useCreateZone, useDeleteZone, useUpdateZone } from '../hooks/use-site-console';

const deleteZoneModal = createModal({ id: 'delete-zone-modal', isOpenedByDefault: false });

const deskCountLabel = (count: number) =>
  count === 0
    ? 'aucun poste actif'
    : `${count} poste${count > 1 ? 's' : ''} actif${count > 1 ? 's' : ''}`;

/** The site's zones in their order: renamed in place, moved up or down, created, deleted. */
export function ZonesPanel({ siteId, zones }: { siteId: string; zones: ZoneSummary[] }) {
  const updateMutation = useUpdateZone(siteId);
  const deleteMutation = useDeleteZone(siteId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<ZoneSummary | null>(null);
  const [announce, setAnnounce] = useState('');

  function move(zone: ZoneSummary, position: number) {
    updateMutation.mutate(
      { zoneId: zone.id, position },
      { onSuccess: () => setAnnounce(`Zone « ${zone.zone} » déplacée en position ${position}.`) },
    );
  }

  return (
    <>
      {zones.length > 0 && (
        <ol className="site-console__zones">
          {zones.map((zone, index) => (
            <li key={zone.id} className="site-console__zone">
              {renaming === zone.id ? (
                <RenameZoneForm
                  zone={zone}
                  isPending={updateMutation.isPending}
                  onRename={(name) =>
                    updateMutation.mutate(
                      { zoneId: zone.id, name },
                      {
                        onSuccess: () => {
                          setRenaming(null);
                          setAnnounce(`Zone « ${zone.zone} » renommée « ${name} ».`);
                        },
                      },
                    )
                  }
                  onCancel={() => {
                    setRenaming(null);
                    updateMutation.reset();
                  }}
                />
              ) : (
                <>
                  <span className="site-console__zone-name">
                    <strong>{zone.zone}</strong>
                    <span className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                      {' '}
                      — {deskCountLabel(zone.deskCount)}
                      {zone.plan ? ', plan en ligne' : ', sans plan'} ·{' '}
                      <Link
                        to={`/plans-des-zones?site=${encodeURIComponent(siteId)}&zone=${encodeURIComponent(zone.zone)}`}
                      >
                        {zone.plan ? `Plan de ${zone.zone}` : `Déposer le plan de ${zone.zone}`}
                      </Link>
                    </span>
                  </span>
                  <span className="site-console__zone-actions">
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-arrow-up-line"
                      title={`Monter la zone ${zone.zone}`}
                      disabled={index === 0 || updateMutation.isPending}
                      onClick={() => move(zone, index)}
                    />
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-arrow-down-line"
                      title={`Descendre la zone ${zone.zone}`}
                      disabled={index === zones.length - 1 || updateMutation.isPending}
                      onClick={() => move(zone, index + 2)}
                    />
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-edit-line"
                      title={`Renommer la zone ${zone.zone}`}
                      onClick={() => {
                        updateMutation.reset();
                        setRenaming(zone.id);
                      }}
                    />
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-delete-line"
                      title={`Supprimer la zone ${zone.zone}`}
                      onClick={() => {
                        deleteMutation.reset();
                        setToDelete(zone);
                        deleteZoneModal.open();
                      }}
                    />
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="fr-sr-only" aria-live="polite">
        {announce}
      </p>
      {renaming === null && <MutationFeedback mutation={updateMutation} />}
      <CreateZoneForm siteId={siteId} />
      <deleteZoneModal.Component
        title={toDelete ? `Supprimer la zone « ${toDelete.zone} » ?` : 'Supprimer la zone ?'}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: 'Ne rien supprimer', priority: 'secondary' },
          {
            children: deleteMutation.isPending ? 'Suppression…' : 'Oui, supprimer la zone',
            doClosesModal: false,
            disabled: deleteMutation.isPending || toDelete === null,
            onClick: () => {
              if (!toDelete) return;
              deleteMutation.mutate(toDelete.id, {
                onSuccess: () => {
                  setAnnounce(`Zone « ${toDelete.zone} » supprimée.`);
                  deleteZoneModal.close();
                },
              });
            },
          },
        ]}
      >
        {toDelete && (
          <p>
            La zone disparaît de la liste des zones et des règles de réservation à l’heure
            {toDelete.plan ? ', et son plan est supprimé' : ''}. Seule une zone sans aucun poste
            (actif ou désactivé) peut être supprimée : déplacez ses postes d’abord.
          </p>
        )}
        {deleteMutation.isError && (
          <Alert severity="error" small description={describeError(deleteMutation.error)} />
        )}
      </deleteZoneModal.Component>
    </>
  );
}

function RenameZoneForm({
  zone,
  isPending,
  onRename,
  onCancel,
}: {
  zone: ZoneSummary;
  isPending: boolean;
  onRename: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(zone.zone);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = zoneNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Nom de zone invalide.');
      return;
    }
    setError(null);
    onRename(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate className="site-console__rename">
      <Input
        label={`Nouveau nom de la zone ${zone.zone}`}
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error ?? undefined}
        nativeInputProps={{
          value: name,
          maxLength: 80,
          autoFocus: true,
          onChange: (event) => setName(event.target.value),
        }}
      />
      <span className="site-console__zone-actions">
        <Button type="submit" size="small" disabled={isPending}>
          {isPending ? 'Enregistrement…' : 'Renommer'}
        </Button>
        <Button type="button" size="small" priority="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </span>
    </form>
  );
}

function CreateZoneForm({ siteId }: { siteId: string }) {
  const mutation = useCreateZone(siteId);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = zoneNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Nom de zone invalide.');
      return;
    }
    setError(null);
    mutation.mutate(parsed.data, {
      onSuccess: () => {
        setCreated(parsed.data);
        setName('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className={fr.cx('fr-mt-3w')}>
      <Input
        label="Nouvelle zone"
        hintText="Elle se place en dernier ; ajoutez-y ensuite des postes."
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error ?? undefined}
        nativeInputProps={{
          value: name,
          maxLength: 80,
          onChange: (event) => {
            setName(event.target.value);
            setCreated(null);
            mutation.reset();
          },
        }}
      />
      <MutationFeedback
        mutation={mutation}
        successMessage={created ? `Zone « ${created} » créée.` : undefined}
      />
      <Button type="submit" iconId="fr-icon-add-line" disabled={mutation.isPending}>
        {mutation.isPending ? 'Création…' : 'Créer la zone'}
      </Button>
    </form>
  );
}
