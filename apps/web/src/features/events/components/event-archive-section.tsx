import {
  archiveLinkKinds,
  maxArchiveLinks,
  maxArchiveSummaryLength,
  replaceEventArchiveSchema,
  type ArchiveLink,
  type ArchiveLinkKind,
  type Event,
  type EventArchive,
  type ReplaceEventArchiveInput,
  type SentenceTranslator,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../components/error-state';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { eventsMessages } from '../events.messages';
import { useEventArchive, useReplaceEventArchive } from '../hooks/use-events';

const removeLinkModal = createModal({ id: 'remove-archive-link-modal', isOpenedByDefault: false });

/** Once an approved event is over: what it produced, and for its organisers the form to write it. */
export function EventArchiveSection({ event }: { event: Event }) {
  const archiveQuery = useEventArchive(event.id, event.status === 'approved');
  const { archive: texts, common } = useMessages(eventsMessages);
  const labels = useEventLabels();
  if (!archiveQuery.isSuccess || !archiveQuery.data.isOver) return null;
  const archive = archiveQuery.data;
  const isEmpty = archive.summary === '' && archive.links.length === 0;
  return (
    <section aria-labelledby="event-archive-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="event-archive-title" className={fr.cx('fr-h4')}>
        {texts.title}
      </h2>
      {isEmpty ? (
        <p>{texts.empty}</p>
      ) : (
        <>
          {archive.summary && (
            <>
              <h3 className={fr.cx('fr-h6')}>{texts.summary}</h3>
              <p style={{ whiteSpace: 'pre-line' }}>{archive.summary}</p>
            </>
          )}
          {archive.links.length > 0 && (
            <>
              <h3 className={fr.cx('fr-h6')}>{texts.links}</h3>
              <ul>
                {archive.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} target="_blank" rel="noreferrer noopener">
                      {link.label}
                      <span className={fr.cx('fr-sr-only')}>{` (${common.newWindow})`}</span>
                    </a>{' '}
                    — {labels.archiveLinkKind[link.kind]}
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

/**
 * Issues of the shared schema by field (« summary », « themes », « links.0.url »…), in the
 * person's language.
 */
function fieldErrors(
  body: ReplaceEventArchiveInput,
  translate: SentenceTranslator,
): Record<string, string> {
  const parsed = replaceEventArchiveSchema.safeParse(body);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    errors[issue.path.join('.')] ??= translate(issue.message);
  }
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
  const { archive: texts, common } = useMessages(eventsMessages);
  const translate = useSentence();
  const labels = useEventLabels();

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
    const found = fieldErrors(body, translate);
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
          {texts.formTitle}
        </h3>
        <p className={fr.cx('fr-text--sm')}>{texts.formIntro}</p>
        <Input
          label={texts.summary}
          hintText={texts.summaryHint(maxArchiveSummaryLength)}
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
          label={common.themes}
          hintText={texts.themesHint}
          {...state('themes')}
          nativeInputProps={{ value: themes, onChange: (change) => setThemes(change.target.value) }}
        />
        <fieldset className={fr.cx('fr-fieldset')} aria-labelledby="archive-links-legend">
          <legend id="archive-links-legend" className={fr.cx('fr-fieldset__legend')}>
            {texts.linksLegend(links.length, maxArchiveLinks)}
          </legend>
          {errors.links && <p className={fr.cx('fr-error-text', 'fr-mb-2w')}>{errors.links}</p>}
          {links.map((link, index) => (
            <div key={index} className="admz-archive-link-fields">
              <Select
                label={texts.linkKind(index + 1)}
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
                    {labels.archiveLinkKind[kind]}
                  </option>
                ))}
              </Select>
              <Input
                label={texts.linkLabel(index + 1)}
                {...state(`links.${index}.label`)}
                nativeInputProps={{
                  value: link.label,
                  maxLength: 120,
                  onChange: (change) => setLink(index, { label: change.target.value }),
                }}
              />
              <Input
                label={texts.linkUrl(index + 1)}
                hintText={texts.linkUrlHint}
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
                {texts.removeLink(index + 1)}
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
            {texts.addLink}
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
          <Alert severity="success" small description={texts.saved} className={fr.cx('fr-mb-2w')} />
        )}
        <Button type="submit" disabled={replacement.isPending}>
          {replacement.isPending ? texts.saving : texts.save}
        </Button>
      </form>
      <removeLinkModal.Component
        title={texts.removeTitle}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: texts.keepLink, priority: 'secondary' },
          {
            children: texts.removeConfirm,
            onClick: () => {
              if (removal !== null) {
                setLinks((current) => current.filter((_, position) => position !== removal));
              }
              setRemoval(null);
            },
          },
        ]}
      >
        <p>{texts.removeBody(linkToRemove?.label || undefined)}</p>
      </removeLinkModal.Component>
    </>
  );
}
