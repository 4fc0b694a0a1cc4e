import type { ReactNode } from 'react';

/**
 * `text` with the desk label in it kept on one line (« A-01 » never split at its hyphen on the
 * greeting's big type): the label's last occurrence is wrapped in a no-wrap span.
 */
export function withUnbreakableDesk(text: string, deskLabel: string): ReactNode {
  const at = text.lastIndexOf(deskLabel);
  if (deskLabel === '' || at === -1) return text;
  return (
    <>
      {text.slice(0, at)}
      <span className="kiosk-desk-label">{deskLabel}</span>
      {text.slice(at + deskLabel.length)}
    </>
  );
}
