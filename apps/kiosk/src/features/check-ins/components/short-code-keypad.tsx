import { shortCodeAlphabet } from '@admz/shared';
import type { MouseEvent } from 'react';
import { useMessages } from '../../../i18n/language';

type ShortCodeKeypadProps = {
  isDisabled: boolean;
  onCharacter: (character: string) => void;
  onErase: () => void;
};

// Keeps the focus (and a physical keyboard's typing) in the code field while keys are tapped.
const keepFocus = (event: MouseEvent) => event.preventDefault();

export function ShortCodeKeypad({ isDisabled, onCharacter, onErase }: ShortCodeKeypadProps) {
  const messages = useMessages();
  return (
    <div className="kiosk-keypad" role="group" aria-label={messages.typing.keypadLabel}>
      {[...shortCodeAlphabet].map((character) => (
        <button
          key={character}
          type="button"
          className="fr-btn fr-btn--secondary kiosk-keypad__key"
          disabled={isDisabled}
          onMouseDown={keepFocus}
          onClick={() => onCharacter(character)}
        >
          {character}
        </button>
      ))}
      <button
        type="button"
        className="fr-btn fr-btn--tertiary kiosk-keypad__key kiosk-keypad__key--erase"
        disabled={isDisabled}
        onMouseDown={keepFocus}
        onClick={onErase}
        aria-label={messages.typing.erase}
      >
        ⌫
      </button>
    </div>
  );
}
