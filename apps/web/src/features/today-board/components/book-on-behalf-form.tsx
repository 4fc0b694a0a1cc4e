import { bookOnBehalfSchema, slotSchema, type Slot, type TodayBoard } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useBookOnBehalf, useSitePeopleSearch } from '../hooks/use-today-board';
import { todayBoardMessages } from '../today-board.messages';

const slots: Slot[] = ['day', 'morning', 'afternoon'];

type BookOnBehalfFormProps = {
  siteId: string;
  /** Today, on the site's calendar: the board books for today. */
  date: string;
  desks: TodayBoard['freeDesks'];
};

/**
 * A host books a desk for someone who has logged in (by address, or by a part of their name):
 * the person's own rules apply, and they are told by mail.
 */
export function BookOnBehalfForm({ siteId, date, desks }: BookOnBehalfFormProps) {
  const [text, setText] = useState('');
  const [deskId, setDeskId] = useState('');
  const [slot, setSlot] = useState<Slot>('day');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const mutation = useBookOnBehalf(siteId);
  const messages = useMessages(todayBoardMessages).bookForm;
  const translate = useSentence();
  const labels = useDomainLabels();
  const format = useFormat();
  const search = useSitePeopleSearch(siteId, text.includes('@') ? '' : text);
  const matches = search.data ?? [];
  const chosenDesk = desks.find((desk) => desk.id === deskId) ?? desks[0];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = bookOnBehalfSchema.safeParse({
      email: text,
      deskId: chosenDesk?.id ?? '',
      date,
      slot,
    });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'email');
        found[field] ??= translate(issue.message);
      }
      setProblems(found);
      return;
    }
    setProblems({});
    mutation.mutate(parsed.data, { onSuccess: () => setText('') });
  }

  const booked = mutation.data;
  return (
    <form onSubmit={onSubmit} noValidate>
      <p className={fr.cx('fr-text--sm')}>{messages.intro(format.date(date))}</p>
      <Input
        label={messages.person}
        state={problems.email ? 'error' : 'default'}
        stateRelatedMessage={problems.email}
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
            {messages.found(matches.length)}
          </p>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--sm')}>
            {matches.map((person) => (
              <li key={person.userId}>
                <Button type="button" priority="tertiary" onClick={() => setText(person.email)}>
                  {messages.choose(`${person.givenName} ${person.usualName}`, person.email)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label={messages.desk}
            state={problems.deskId ? 'error' : 'default'}
            stateRelatedMessage={problems.deskId}
            nativeSelectProps={{
              value: chosenDesk?.id ?? '',
              onChange: (event) => setDeskId(event.target.value),
              disabled: desks.length === 0,
            }}
          >
            {desks.length === 0 && <option value="">{messages.noFreeDesk}</option>}
            {desks.map((desk) => (
              <option key={desk.id} value={desk.id}>
                {desk.label} — {desk.zone}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label={messages.slot}
            nativeSelectProps={{
              value: slot,
              onChange: (event) => {
                const chosen = slotSchema.safeParse(event.target.value);
                if (chosen.success) setSlot(chosen.data);
              },
            }}
          >
            {slots.map((value) => (
              <option key={value} value={value}>
                {labels.slot[value]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <MutationFeedback
        mutation={mutation}
        successMessage={
          booked
            ? messages.booked(booked.desk.label, labels.slot[booked.slot].toLowerCase())
            : undefined
        }
      />
      <Button
        type="submit"
        iconId="fr-icon-calendar-line"
        disabled={mutation.isPending || desks.length === 0}
      >
        {mutation.isPending ? messages.booking : messages.submit}
      </Button>
    </form>
  );
}
