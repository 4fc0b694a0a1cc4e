import { createGuestInvitationSchema, siteToday, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { SiteSelect } from '../../sites/components/site-select';
import { guestsMessages } from '../guests.messages';
import { useInviteGuest } from '../hooks/use-guests';

type Fields = {
  date: string;
  givenName: string;
  usualName: string;
  email: string;
  organisation: string;
  siret: string;
  reason: string;
};

const emptyGuest = {
  givenName: '',
  usualName: '',
  email: '',
  organisation: '',
  siret: '',
  reason: '',
};

/** « Inviter une personne »: who, where, which day, why; the zod contract checks it first. */
export function InviteGuestForm({ sites }: { sites: Site[] }) {
  const [siteId, setSiteId] = useState(sites[0]?.id ?? '');
  const site = sites.find((candidate) => candidate.id === siteId);
  const [fields, setFields] = useState<Fields>({
    date: siteToday(site?.timezone ?? 'Europe/Paris'),
    ...emptyGuest,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const inviting = useInviteGuest();
  const { inviteForm: messages } = useMessages(guestsMessages);
  const translate = useSentence();

  const set = (name: keyof Fields) => (value: string) =>
    setFields((current) => ({ ...current, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const parsed = createGuestInvitationSchema.safeParse({
      siteId,
      ...fields,
      siret: fields.siret.trim() === '' ? undefined : fields.siret,
    });
    if (!parsed.success) {
      const found: Partial<Record<keyof Fields, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as keyof Fields;
        found[name] ??= translate(issue.message);
      }
      setErrors(found);
      return;
    }
    setErrors({});
    inviting.mutate(parsed.data, {
      onSuccess: (invitation) => {
        const name = `${fields.givenName} ${fields.usualName}`;
        setNotice(
          invitation.status === 'approved' ? messages.approved(name) : messages.pending(name),
        );
        setFields((current) => ({ ...current, ...emptyGuest }));
      },
    });
  }

  const field = (name: keyof Fields) =>
    errors[name] ? { state: 'error' as const, stateRelatedMessage: errors[name] } : {};

  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title" className={fr.cx('fr-h4')}>
        {messages.title}
      </h2>
      {notice && (
        <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
      )}
      {inviting.isError && (
        <Alert
          severity="error"
          small
          description={describeError(inviting.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect sites={sites} selectedSiteId={siteId} onSelectSite={setSiteId} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={messages.date}
            {...field('date')}
            nativeInputProps={{
              type: 'date',
              name: 'date',
              value: fields.date,
              onChange: (event) => set('date')(event.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={messages.givenName}
            {...field('givenName')}
            nativeInputProps={{
              name: 'givenName',
              autoComplete: 'off',
              value: fields.givenName,
              onChange: (event) => set('givenName')(event.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={messages.usualName}
            {...field('usualName')}
            nativeInputProps={{
              name: 'usualName',
              autoComplete: 'off',
              value: fields.usualName,
              onChange: (event) => set('usualName')(event.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={messages.email}
            hintText={messages.emailHint}
            {...field('email')}
            nativeInputProps={{
              type: 'email',
              name: 'email',
              autoComplete: 'off',
              value: fields.email,
              onChange: (event) => set('email')(event.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={messages.organisation}
            {...field('organisation')}
            nativeInputProps={{
              name: 'organisation',
              value: fields.organisation,
              onChange: (event) => set('organisation')(event.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={messages.siret}
            hintText={messages.siretHint}
            {...field('siret')}
            nativeInputProps={{
              name: 'siret',
              inputMode: 'numeric',
              value: fields.siret,
              onChange: (event) => set('siret')(event.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12')}>
          <Input
            label={messages.reason}
            textArea
            {...field('reason')}
            nativeTextAreaProps={{
              name: 'reason',
              rows: 3,
              maxLength: 500,
              value: fields.reason,
              onChange: (event) => set('reason')(event.target.value),
            }}
          />
        </div>
      </div>
      <Button type="submit" iconId="fr-icon-mail-line" disabled={inviting.isPending}>
        {inviting.isPending ? messages.sending : messages.submit}
      </Button>
    </form>
  );
}
