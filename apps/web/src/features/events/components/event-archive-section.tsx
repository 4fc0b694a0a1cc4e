import {
  archiveLinkKindLabels,
  archiveLinkKinds,
  maxArchiveLinks,
  maxArchiveSummaryLength,
  replaceEventArchiveSchema,
  type ArchiveLink,
  type ArchiveLinkKind,
  type Event,
  type EventArchive,
  type ReplaceEventArchiveInput,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../components/error-state';
import { useEventArchive, useReplaceEventArchive } from '../hooks/use-events';

const removeLinkModal = createModal({ id: 'remove-archive-link-modal', isOpenedByDefault: false });

/** Once an approved event is over: what it produced, and for its organisers the form to write it. */
export function EventArchiveSection({ event }: { event: Event }) {
  const archiveQuery = useEventArchive(event.id, event.status === 'approved');
  if (!archiveQuery.isSuccess || !archiveQuery.data.isOver) return null;
  const archive = archiveQuery.data;
  const isEmpty = archive.summary === '' && archive.links.length === 0;
  return (
    <section aria-labelledby="event-archive-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="event-archive-title" className={fr.cx('fr-h4')}>
        Archives de l’événement
      </h2>
      {isEmpty ? (
        <p>Rien n’a encore été joint à cet événement : ni résumé, ni support.</p>
      ) : (
        <>
          {archive.summary && (
            <>
              <h3 className={fr.cx('fr-h6')}>Résumé</h3>
              <p style={{ whiteSpace: 'pre-line' }}>{archive.summary}</p>
            </>
          )}
          {archive.links.length > 0 && (
            <>
              <h3 className={fr.cx('fr-h6')}>Supports et liens</h3>
              <ul>
                {archive.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} target="_blank" rel="noreferrer noopener">
                      {link.label}
                      <span className={fr.cx('fr-sr-only')}> (nouvelle fenêtre)</span>
                    </a>{' '}
                    — {archiveLinkKindLabels[link.kind]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {archive.canEdit && <ArchiveForm event={event} archive={archive} />}
    </section>
  );
}

type LinkFields = { kind: ArchiveLinkKind; label: string; url: string };
const emptyLink: LinkFields = { kind: 'slides', label: '', url: '' };

/** Issues of the shared schema by field: « summary », « themes », « links.0.url »… */
function fieldErrors(body: ReplaceEventArchiveInput): Record<string, string> {
  const parsed = replaceEventArchiveSchema.safeParse(body);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

function ArchiveForm({ event, archive }: { event: Event; archive: EventArchive }) {
  const [summary, setSummary] = useState(archive.summary);
  const [themes, setThemes] = useState(archive.themes.join(', '));
  const [links, setLinks] = useState<LinkFields[]>(archive.links);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [removal, setRemoval] = useState<number | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const replacement = useReplaceEventArchive(event.siteId, event.id);

  const setLink = (index: number, change: Partial<LinkFields>) =>
    setLinks((current) =>
      current.map((link, position) => (position === index ? { ...link, ...change } : link)),
    );

  function submit(submitted: FormEvent) {
    submitted.preventDefault();
    setIsSaved(false);
    const body: ReplaceEventArchiveInput = {
      summary,
      links: links.map((link): ArchiveLink => ({ ...link })),
      themes: themes
        .split(',')
        .map((theme) => theme.trim())
        .filter(Boolean),
    };
    const found = fieldErrors(body);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    replacement.mutate(body, { onSuccess: () => setIsSaved(true) });
  }

  const state = (path: string) =>
    errors[path]
      ? { state: 'error' as const, stateRelatedMessage: errors[path] }
      : { state: 'default' as const };
  const linkToRemove = removal === null ? undefined : links[removal];

  return (
    <>
      <form
        onSubmit={submit}
        noValidate
        className={fr.cx('fr-mt-3w')}
        aria-labelledby="archive-form-title"
      >
        <h3 id="archive-form-title" className={fr.cx('fr-h5')}>
          Compléter les archives
        </h3>
        <p className={fr.cx('fr-text--sm')}>
          Vous organisez cet événement : joignez ce qu’il a produit. Chaque enregistrement remplace
          les archives précédentes.
        </p>
        <Input
          label="Résumé"
          hintText={`Texte simple, ${maxArchiveSummaryLength.toLocaleString('fr-FR')} caractères au plus.`}
          textArea
          {...state('summary')}
          nativeTextAreaProps={{
            value: summary,
            rows: 6,
            maxLength: maxArchiveSummaryLength,
            onChange: (change) => setSummary(change.target.value),
          }}
        />
        <Input
          label="Thèmes"
          hintText="Les thèmes de l’événement, séparés par des virgules (8 au plus)."
          {...state('themes')}
          nativeInputProps={{ value: themes, onChange: (change) => setThemes(change.target.value) }}
        />
        <fieldset className={fr.cx('fr-fieldset')} aria-labelledby="archive-links-legend">
          <legend id="archive-links-legend" className={fr.cx('fr-fieldset__legend')}>
            Liens ({links.length} sur {maxArchiveLinks} au plus)
          </legend>
          {errors.links && <p className={fr.cx('fr-error-text', 'fr-mb-2w')}>{errors.links}</p>}
          {links.map((link, index) => (
            <div key={index} className="admz-archive-link-fields">
              <Select
                label={`Type du lien ${index + 1}`}
                {...state(`links.${index}.kind`)}
                nativeSelectProps={{
                  value: link.kind,
                  onChange: (change) => {
                    const kind = archiveLinkKinds.find((value) => value === change.target.value);
                    if (kind) setLink(index, { kind });
                  },
                }}
              >
                {archiveLinkKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {archiveLinkKindLabels[kind]}
                  </option>
                ))}
              </Select>
              <Input
                label={`Intitulé du lien ${index + 1}`}
                {...state(`links.${index}.label`)}
                nativeInputProps={{
                  value: link.label,
                  maxLength: 120,
                  onChange: (change) => setLink(index, { label: change.target.value }),
                }}
              />
              <Input
                label={`Adresse du lien ${index + 1}`}
                hintText="Adresse complète, en https://"
                {...state(`links.${index}.url`)}
                nativeInputProps={{
                  type: 'url',
                  value: link.url,
                  onChange: (change) => setLink(index, { url: change.target.value }),
                }}
              />
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => {
                  setRemoval(index);
                  removeLinkModal.open();
                }}
              >
                Retirer le lien {index + 1}
              </Button>
            </div>
          ))}
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            disabled={links.length >= maxArchiveLinks}
            onClick={() => setLinks((current) => [...current, { ...emptyLink }])}
          >
            Ajouter un lien
          </Button>
        </fieldset>
        {replacement.isError && (
          <Alert
            severity="error"
            small
            description={describeError(replacement.error)}
            className={fr.cx('fr-mb-2w')}
          />
        )}
        {isSaved && (
          <Alert
            severity="success"
            small
            description="Archives enregistrées."
            className={fr.cx('fr-mb-2w')}
          />
        )}
        <Button type="submit" disabled={replacement.isPending}>
          {replacement.isPending ? 'Enregistrement…' : 'Enregistrer les archives'}
        </Button>
      </form>
      <removeLinkModal.Component
        title="Retirer ce lien ?"
        iconId="fr-icon-warning-line"
        buttons={[
          { children: 'Garder le lien', priority: 'secondary' },
          {
            children: 'Retirer le lien',
            onClick: () => {
              if (removal !== null) {
                setLinks((current) => current.filter((_, position) => position !== removal));
              }
              setRemoval(null);
            },
          },
        ]}
      >
        <p>
          {linkToRemove?.label
            ? `« ${linkToRemove.label} » sera retiré des archives`
            : 'Ce lien sera retiré des archives'}{' '}
          à l’enregistrement du formulaire.
        </p>
      </removeLinkModal.Component>
    </>
  );
}
