import { personByEmailSchema } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { usePeopleSearch } from '../hooks/use-people-search';
import { useAppointHost } from '../hooks/use-site-hosts';
import { hostsMessages } from '../hosts.messages';

/**
 * An admin names a host by e-mail, or picks a person who has logged in by typing part of their
 * name. An address nobody has logged in with becomes an invitation.
 */
export function AppointHostForm({ siteId, siteName }: { siteId: string; siteName: string }) {
  const [text, setText] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  const mutation = useAppointHost(siteId);
  const search = usePeopleSearch(text.includes('@') ? '' : text);
  const matches = search.data ?? [];
  const t = useMessages(hostsMessages).appointForm;
  const translate = useSentence();

  function appoint(email: string) {
    const parsed = personByEmailSchema.safeParse({ email });
    if (!parsed.success) {
      setValidationError(translate(parsed.error.issues[0]?.message ?? t.invalidEmail));
      return;
    }
    setValidationError(null);
    mutation.mutate(parsed.data.email, { onSuccess: () => setText('') });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    appoint(text);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Input
        label={t.label}
        hintText={t.hint}
        state={validationError ? 'error' : 'default'}
        stateRelatedMessage={validationError ?? undefined}
        nativeInputProps={{
          value: text,
          maxLength: 254,
          autoComplete: 'off',
          onChange: (event) => {
            setText(event.target.value);
            mutation.reset();
          },
        }}
      />
      {matches.length > 0 && (
        <div className={fr.cx('fr-mb-2w')}>
          <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} aria-live="polite">
            {t.found(matches.length)}
          </p>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--sm')}>
            {matches.map((person) => (
              <li key={person.userId}>
                <Button
                  type="button"
                  priority="tertiary"
                  onClick={() => appoint(person.email)}
                  disabled={mutation.isPending}
                >
                  {t.appointPerson(`${person.givenName} ${person.usualName}`, person.email)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <MutationFeedback mutation={mutation} successMessage={t.saved(siteName)} />
      <Button type="submit" iconId="fr-icon-user-add-line" disabled={mutation.isPending}>
        {mutation.isPending ? t.saving : t.submit}
      </Button>
    </form>
  );
}
