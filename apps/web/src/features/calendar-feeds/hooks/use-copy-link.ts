import { useRef, useState } from 'react';

export type CopyOutcome = 'copied' | 'select-by-hand' | null;

/** Copies a subscription link; without clipboard access, selects it in its field instead. */
export function useCopyLink() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyOutcome, setCopyOutcome] = useState<CopyOutcome>(null);

  async function copyLink(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopyOutcome('copied');
    } catch {
      // No clipboard access (plain http, old browser): select the text for a manual copy.
      inputRef.current?.select();
      setCopyOutcome('select-by-hand');
    }
  }

  return { inputRef, copyOutcome, copyLink, resetCopyOutcome: () => setCopyOutcome(null) };
}
