import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { CopyLinkStatus } from '../../calendar-feeds/components/copy-link-status';
import { useCopyLink } from '../../calendar-feeds/hooks/use-copy-link';

/** A read-only text to copy (a feed address, an iframe snippet), with its copy button. */
export function CopyableField({
  label,
  hint,
  value,
  copyLabel,
}: {
  label: string;
  hint: string;
  value: string;
  copyLabel: string;
}) {
  const { inputRef, copyOutcome, copyLink } = useCopyLink();
  return (
    <div>
      <Input
        label={label}
        hintText={hint}
        nativeInputProps={{
          ref: inputRef,
          value,
          readOnly: true,
          onFocus: (focusEvent) => focusEvent.currentTarget.select(),
          spellCheck: false,
        }}
      />
      <Button
        priority="secondary"
        iconId="fr-icon-clipboard-line"
        onClick={() => void copyLink(value)}
      >
        {copyLabel}
      </Button>
      <CopyLinkStatus outcome={copyOutcome} />
    </div>
  );
}
