import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ChangeEvent } from 'react';
import { formatShortCode, sanitizeShortCodeInput } from '../short-code';
import { ShortCodeKeypad } from './short-code-keypad';

type CodeEntryProps = {
  label: string;
  hint: string;
  /** The code without separator, e.g. "AB3DEF7H". */
  code: string;
  problem: string | null;
  isDisabled: boolean;
  onCodeChange: (code: string) => void;
};

/** An 8-character code (booking or pairing): a large field, the on-screen keypad, and the physical keyboard. */
export function CodeEntry({
  label,
  hint,
  code,
  problem,
  isDisabled,
  onCodeChange,
}: CodeEntryProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    const nextCode = sanitizeShortCodeInput(typed);
    // Backspace over the "-" separator removes the character before it.
    const isDeletionOfSeparator = nextCode === code && typed.length < formatShortCode(code).length;
    onCodeChange(isDeletionOfSeparator ? code.slice(0, -1) : nextCode);
  };

  return (
    <>
      <Input
        label={label}
        hintText={hint}
        className="kiosk-field kiosk-code-field"
        state={problem === null ? 'default' : 'error'}
        stateRelatedMessage={problem ?? undefined}
        nativeInputProps={{
          value: formatShortCode(code),
          onChange: handleChange,
          // The on-screen keypad replaces the tablet's own keyboard; a physical keyboard still types here.
          inputMode: 'none',
          autoComplete: 'off',
          autoCapitalize: 'characters',
          autoCorrect: 'off',
          spellCheck: false,
          autoFocus: true,
          readOnly: isDisabled,
        }}
      />
      <ShortCodeKeypad
        isDisabled={isDisabled}
        onCharacter={(character) => onCodeChange(sanitizeShortCodeInput(code + character))}
        onErase={() => onCodeChange(code.slice(0, -1))}
      />
    </>
  );
}
