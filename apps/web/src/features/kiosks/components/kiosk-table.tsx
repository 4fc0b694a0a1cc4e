import type { Kiosk } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useNow } from '../../../hooks/use-now';
import { formatTimeAgo } from '../../../lib/countdown';
import { useLanguage, useLocale, useMessages } from '../../../i18n/language';
import { getKioskState, sortKiosks, type KioskState } from '../kiosk-state';
import { kiosksMessages } from '../kiosks.messages';

const stateSeverities: Record<KioskState, BadgeProps['severity']> = {
  awaiting_pairing: 'info',
  active: 'success',
  unpaired: 'warning',
  revoked: undefined,
};

type KioskTableProps = {
  kiosks: Kiosk[];
  caption: string;
  isRenewing: boolean;
  onRenewPairingCode: (kiosk: Kiosk) => void;
  onAskRevoke: (kiosk: Kiosk) => void;
  onAskSettingsPin: (kiosk: Kiosk) => void;
};

export function KioskTable({
  kiosks,
  caption,
  isRenewing,
  onRenewPairingCode,
  onAskRevoke,
  onAskSettingsPin,
}: KioskTableProps) {
  const now = useNow(10_000);
  const { state: stateLabels, table: t } = useMessages(kiosksMessages);
  const locale = useLocale();
  const language = useLanguage();
  const settingsPinAction = (kiosk: Kiosk) => (kiosk.hasSettingsPin ? t.changePin : t.setPin);
  return (
    <Table
      caption={caption}
      noCaption
      headers={t.headers}
      data={sortKiosks(kiosks).map((kiosk) => {
        const state = getKioskState(kiosk, now);
        const severity = stateSeverities[state];
        return [
          kiosk.name,
          <Badge key="state" small severity={severity} noIcon={severity === undefined}>
            {stateLabels[state]}
          </Badge>,
          kiosk.lastSeenAt ? (
            <time
              key="seen"
              dateTime={kiosk.lastSeenAt}
              title={new Date(kiosk.lastSeenAt).toLocaleString(locale)}
            >
              {formatTimeAgo(kiosk.lastSeenAt, now, language)}
            </time>
          ) : (
            t.never
          ),
          kiosk.appVersion ?? '—',
          kiosk.hasSettingsPin ? t.pinSet : t.pinNone,
          state === 'revoked' ? (
            '—'
          ) : (
            <ul
              key="actions"
              className={fr.cx(
                'fr-btns-group',
                'fr-btns-group--inline',
                'fr-btns-group--sm',
                'fr-btns-group--icon-left',
              )}
            >
              <li>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-refresh-line"
                  disabled={isRenewing}
                  onClick={() => onRenewPairingCode(kiosk)}
                  nativeButtonProps={{
                    'aria-label': t.newPairingCodeFor(kiosk.name),
                  }}
                >
                  {t.newPairingCode}
                </Button>
              </li>
              <li>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-lock-line"
                  onClick={() => onAskSettingsPin(kiosk)}
                  nativeButtonProps={{
                    'aria-label': t.pinActionFor(settingsPinAction(kiosk), kiosk.name),
                  }}
                >
                  {settingsPinAction(kiosk)}
                </Button>
              </li>
              <li>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-close-circle-line"
                  onClick={() => onAskRevoke(kiosk)}
                  nativeButtonProps={{ 'aria-label': t.revokeFor(kiosk.name) }}
                >
                  {t.revoke}
                </Button>
              </li>
            </ul>
          ),
        ];
      })}
    />
  );
}
