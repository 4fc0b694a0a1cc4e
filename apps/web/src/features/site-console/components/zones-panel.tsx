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
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useCreateZone, useDeleteZone, useUpdateZone } from '../hooks/use-site-console';
import { siteConsoleMessages } from '../site-console.messages';

const deleteZoneModal = createModal({ id: 'delete-zone-modal', isOpenedByDefault: false });

/** The site's zones in their order: renamed in place, moved up or down, created, deleted. */
export function ZonesPanel({ siteId, zones }: { siteId: string; zones: ZoneSummary[] }) {
  const updateMutation = useUpdateZone(siteId);
  const deleteMutation = useDeleteZone(siteId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<ZoneSummary | null>(null);
  const [announce, setAnnounce] = useState('');
  const messages = useMessages(siteConsoleMessages).zones;

  function move(zone: ZoneSummary, position: number) {
    updateMutation.mutate(
      { zoneId: zone.id, position },
      { onSuccess: () => setAnnounce(messages.moved(zone.zone, position)) },
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
                          setAnnounce(messages.renamed(zone.zone, name));
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
                      — {messages.deskCount(zone.deskCount)}
                      {zone.plan ? messages.withPlan : messages.withoutPlan} ·{' '}
                      <Link
                        to={`/plans-des-zones?site=${encodeURIComponent(siteId)}&zone=${encodeURIComponent(zone.zone)}`}
                      >
                        {zone.plan ? messages.planOf(zone.zone) : messages.uploadPlanOf(zone.zone)}
                      </Link>
                    </span>
                  </span>
                  <span className="site-console__zone-actions">
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-arrow-up-line"
                      title={messages.moveUp(zone.zone)}
                      disabled={index === 0 || updateMutation.isPending}
                      onClick={() => move(zone, index)}
                    />
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-arrow-down-line"
                      title={messages.moveDown(zone.zone)}
                      disabled={index === zones.length - 1 || updateMutation.isPending}
                      onClick={() => move(zone, index + 2)}
                    />
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-edit-line"
                      title={messages.rename(zone.zone)}
                      onClick={() => {
                        updateMutation.reset();
                        setRenaming(zone.id);
                      }}
                    />
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      iconId="fr-icon-delete-line"
                      title={messages.delete(zone.zone)}
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
        title={toDelete ? messages.deleteTitle(toDelete.zone) : messages.deleteTitleBare}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: messages.keep, priority: 'secondary' },
          {
            children: deleteMutation.isPending ? messages.deleting : messages.confirmDelete,
            doClosesModal: false,
            disabled: deleteMutation.isPending || toDelete === null,
            onClick: () => {
              if (!toDelete) return;
              deleteMutation.mutate(toDelete.id, {
                onSuccess: () => {
                  setAnnounce(messages.deleted(toDelete.zone));
                  deleteZoneModal.close();
                },
              });
            },
          },
        ]}
      >
        {toDelete && <p>{messages.deleteExplained(toDelete.plan !== null)}</p>}
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
  const messages = useMessages(siteConsoleMessages).zones;
  const translate = useSentence();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = zoneNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(translate(parsed.error.issues[0]?.message ?? messages.invalidName));
      return;
    }
    setError(null);
    onRename(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate className="site-console__rename">
      <Input
        label={messages.newName(zone.zone)}
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
          {isPending ? messages.saving : messages.renameButton}
        </Button>
        <Button type="button" size="small" priority="secondary" onClick={onCancel}>
          {messages.cancel}
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
  const messages = useMessages(siteConsoleMessages).zones;
  const translate = useSentence();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = zoneNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(translate(parsed.error.issues[0]?.message ?? messages.invalidName));
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
        label={messages.newZone}
        hintText={messages.newZoneHint}
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
        successMessage={created ? messages.created(created) : undefined}
      />
      <Button type="submit" iconId="fr-icon-add-line" disabled={mutation.isPending}>
        {mutation.isPending ? messages.creating : messages.create}
      </Button>
    </form>
  );
}
