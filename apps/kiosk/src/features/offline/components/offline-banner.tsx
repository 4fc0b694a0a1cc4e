import { useMessages } from '../../../i18n/language';
import type { OfflineQueue } from '../hooks/use-offline-queue';

type OfflineBannerProps = { isOffline: boolean; queue: OfflineQueue };

/** Always in the page (a live region must exist before it speaks); shows offline state and replays. */
export function OfflineBanner({ isOffline, queue }: OfflineBannerProps) {
  const messages = useMessages();
  const count = queue.items.length;
  const { lastReplay } = queue;
  const isWaiting = !isOffline && count > 0;
  return (
    <div className="kiosk-banners" role="status" aria-label={messages.offline.regionLabel}>
      {isOffline && (
        <p className="kiosk-banner kiosk-banner--offline">{messages.offline.banner(count)}</p>
      )}
      {isWaiting && (
        <p className="kiosk-banner kiosk-banner--sending">{messages.offline.sending(count)}</p>
      )}
      {lastReplay !== null && (
        <div className="kiosk-banner kiosk-banner--sent">
          <p>{messages.offline.sent(lastReplay.sentCount)}</p>
          {lastReplay.refused.length > 0 && (
            <ul className="kiosk-banner__refusals">
              {lastReplay.refused.map((refusal) => (
                <li key={refusal.clientId}>
                  {messages.offline.refused(
                    refusal.givenName,
                    refusal.message ?? messages.errors.unexpected,
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
