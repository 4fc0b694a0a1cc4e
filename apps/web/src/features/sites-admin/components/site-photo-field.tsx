import { maxSitePhotoBytes, sitePhotoContentTypes, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useEffect, useState } from 'react';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import { useDeleteSitePhoto, useUploadSitePhoto } from '../hooks/use-sites-admin';
import { sitesAdminMessages } from '../sites-admin.messages';

/** The photo agents see with the access information: preview what was chosen, then send it. */
export function SitePhotoField({ site }: { site: Site }) {
  const [file, setFile] = useState<File | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const upload = useUploadSitePhoto(site.id);
  const remove = useDeleteSitePhoto(site.id);
  const tooBig = file !== null && file.size > maxSitePhotoBytes;
  const t = useMessages(sitesAdminMessages).photo;

  // A blob: URL lives until it is revoked: the previous one goes when another replaces it.
  useEffect(
    () => () => {
      if (previewUrl) URL.revokeObjectURL(previewUrl);
    },
    [previewUrl],
  );

  function choose(next: File | null) {
    setFile(next);
    setPreviewUrl(next ? URL.createObjectURL(next) : null);
  }

  function send() {
    if (!file || tooBig) return;
    remove.reset();
    upload.mutate(file, {
      onSuccess: () => {
        choose(null);
        setInputKey((key) => key + 1);
      },
    });
  }

  const shownUrl = previewUrl ?? site.photo?.url ?? null;
  return (
    <section aria-labelledby={`photo-${site.id}`} className={fr.cx('fr-mt-4w')}>
      <h3 id={`photo-${site.id}`} className={fr.cx('fr-h6')}>
        {t.title}
      </h3>
      {shownUrl ? (
        <img
          className={`admz-site-photo ${fr.cx('fr-mb-2w')}`}
          src={shownUrl}
          alt={previewUrl ? t.previewAlt(site.name) : t.alt(site.name)}
        />
      ) : (
        <p className={fr.cx('fr-text--sm')}>{t.none}</p>
      )}
      <Upload
        key={inputKey}
        label={t.choose}
        hint={t.hint}
        state={tooBig ? 'error' : 'default'}
        stateRelatedMessage={tooBig ? t.tooBig : undefined}
        nativeInputProps={{
          accept: sitePhotoContentTypes.join(','),
          onChange: (event) => {
            upload.reset();
            choose(event.target.files?.[0] ?? null);
          },
        }}
      />
      <MutationFeedback mutation={upload} successMessage={t.saved} />
      <MutationFeedback mutation={remove} successMessage={t.removed} />
      <ul
        className={fr.cx(
          'fr-btns-group',
          'fr-btns-group--inline-md',
          'fr-btns-group--sm',
          'fr-mt-2w',
        )}
      >
        <li>
          <Button type="button" onClick={send} disabled={!file || tooBig || upload.isPending}>
            {upload.isPending ? t.sending : t.save}
          </Button>
        </li>
        {site.photo && (
          <li>
            <Button
              type="button"
              priority="secondary"
              onClick={() => {
                upload.reset();
                remove.mutate();
              }}
              disabled={remove.isPending}
            >
              {t.remove}
            </Button>
          </li>
        )}
      </ul>
    </section>
  );
}
