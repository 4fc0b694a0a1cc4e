import { updateSiteSchema, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useUpdateSite } from '../hooks/use-site-rules';
import { siteSettingsMessages } from '../site-settings.messages';

export const kioskMessageMaxLength = 280;

/** The message the idle screen of the site's kiosks shows. */
export function KioskMessageForm({ site }: { site: Site }) {
  const [message, setMessage] = useState(site.kioskMessage);
  const [validationError, setValidationError] = useState<string | null>(null);
  const mutation = useUpdateSite(site.id);
  const length = message.trim().length;
  const t = useMessages(siteSettingsMessages).kioskMessage;
  const translate = useSentence();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = updateSiteSchema.safeParse({ kioskMessage: message });
    if (!parsed.success) {
      setValidationError(translate(parsed.error.issues[0]?.message ?? t.invalid));
      return;
    }
    setValidationError(null);
    mutation.mutate({ kioskMessage: parsed.data.kioskMessage ?? '' });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Input
        label={t.label}
        hintText={t.hint(site.name, kioskMessageMaxLength)}
        textArea
        state={validationError ? 'error' : 'default'}
        stateRelatedMessage={validationError ?? undefined}
        nativeTextAreaProps={{
          rows: 3,
          value: message,
          onChange: (event) => setMessage(event.target.value),
        }}
      />
      <p
        className={fr.cx(
          'fr-text--sm',
          length > kioskMessageMaxLength ? 'fr-error-text' : 'fr-hint-text',
        )}
      >
        {t.length(length, kioskMessageMaxLength)}
      </p>
      <MutationFeedback mutation={mutation} successMessage={t.saved} />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t.saving : t.save}
      </Button>
    </form>
  );
}
