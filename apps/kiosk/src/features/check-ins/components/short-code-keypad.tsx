import { shortCodeAlphabet } from '@admz/shared';
import type { MouseEvent } from 'react';

type ShortCodeKeypadProps = {
  isDisabled: boolean;
  onCharacter: (character: string) => void;
  onErase: () => void;
};

// Keeps the focus (and a physical keyboard's typing) in the code field while keys are tapped.
const keepFocus = (event: MouseEvent) => event.preventDefault();

export function ShortCodeKeypad({ isDisabled, onCharacter, onErase }: ShortCodeKeypadProps) {
  return (
    <div className="kiosk-keypad" role="group" aria-label="Clavier">
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
        aria-label="Effacer le dernier caractère"
      >
        ⌫
      </button>
    </div>
  );
}
