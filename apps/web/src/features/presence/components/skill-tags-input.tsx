import {
  foldPresenceTag,
  maxPresenceTagLength,
  maxPresenceTags,
  presenceTagSchema,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useId, useState, type KeyboardEvent } from 'react';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { presenceMessages } from '../presence.messages';

type SkillTagsInputProps = {
  tags: string[];
  onChange: (tags: string[]) => void;
  disabled?: boolean;
};

/**
 * Skill tags, typed one at a time: Enter or « Ajouter » adds the tag, each tag's button removes
 * it. Everything is reachable with the keyboard; the list is announced as it changes.
 */
export function SkillTagsInput({ tags, onChange, disabled = false }: SkillTagsInputProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const statusId = useId();
  const { skills: messages } = useMessages(presenceMessages);
  const translate = useSentence();
  const isFull = tags.length >= maxPresenceTags;

  function add() {
    const parsed = presenceTagSchema.safeParse(draft);
    if (!parsed.success) {
      setError(translate(parsed.error.issues[0]?.message ?? messages.invalid));
      return;
    }
    if (tags.some((tag) => foldPresenceTag(tag) === foldPresenceTag(parsed.data))) {
      setError(messages.duplicate);
      return;
    }
    if (isFull) {
      setError(messages.tooMany(maxPresenceTags));
      return;
    }
    onChange([...tags, parsed.data]);
    setDraft('');
    setError(null);
  }

  function addOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  return (
    <div className={fr.cx('fr-mb-3w')}>
      <div className="admz-inline-field">
        <Input
          label={messages.label}
          hintText={messages.hint(maxPresenceTags)}
          state={error ? 'error' : 'default'}
          stateRelatedMessage={error ?? undefined}
          disabled={disabled || isFull}
          nativeInputProps={{
            name: 'competence',
            value: draft,
            maxLength: maxPresenceTagLength,
            onChange: (event) => setDraft(event.target.value),
            onKeyDown: addOnEnter,
          }}
        />
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-add-line"
          onClick={add}
          disabled={disabled || isFull}
        >
          {messages.add}
        </Button>
      </div>
      <p id={statusId} className="fr-sr-only" aria-live="polite">
        {tags.length === 0 ? messages.none : messages.list(tags.join(', '))}
      </p>
      {tags.length > 0 && (
        <ul className={fr.cx('fr-tags-group')} aria-label={messages.mine}>
          {tags.map((tag) => (
            <li key={tag}>
              <Tag
                dismissible
                nativeButtonProps={{
                  type: 'button',
                  disabled,
                  'aria-label': messages.remove(tag),
                  onClick: () => onChange(tags.filter((other) => other !== tag)),
                }}
              >
                {tag}
              </Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
