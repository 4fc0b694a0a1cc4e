import type { Kiosk, KioskPairing, Me, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { useRenewPairingCode } from '../hooks/use-renew-pairing-code';
import { useRevokeKiosk } from '../hooks/use-revoke-kiosk';
import { useSiteKiosks } from '../hooks/use-site-kiosks';
import { kiosksMessages } from '../kiosks.messages';
import { CreateKioskForm } from './create-kiosk-form';
import { KioskTable } from './kiosk-table';
import { PairingCodePanel } from './pairing-code-panel';
import { RevokeKioskModal, revokeKioskModal } from './revoke-kiosk-modal';
import { SettingsPinModal, settingsPinModal } from './settings-pin-modal';
import { useSetSettingsPin } from '../hooks/use-set-settings-pin';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';

/** « Bornes d’accueil »: a host pairs, follows and revokes the tablets of each site. */
export function KiosksView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <HostedSiteKiosks sites={sites} />}</HostedSitesGate>;
}

function HostedSiteKiosks({ sites }: { sites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(sites);
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <SiteSelect sites={sites} selectedSiteId={site.id} onSelectSite={selectSite} />
        </div>
      </div>
      {/* Keyed by site: a pairing code shown for one site does not linger on another. */}
      <SiteKiosks key={site.id} site={site} />
    </>
  );
}

function SiteKiosks({ site }: { site: Site }) {
  const kiosksQuery = useSiteKiosks(site.id);
  const renewMutation = useRenewPairingCode(site.id);
  const revokeMutation = useRevokeKiosk(site.id);
  const [pairing, setPairing] = useState<KioskPairing | null>(null);
  const [kioskToRevoke, setKioskToRevoke] = useState<Kiosk | null>(null);
  const pinMutation = useSetSettingsPin(site.id);
  const [kioskForPin, setKioskForPin] = useState<Kiosk | null>(null);
  const t = useMessages(kiosksMessages).view;

  function askSettingsPin(kiosk: Kiosk) {
    pinMutation.reset();
    setKioskForPin(kiosk);
    settingsPinModal.open();
  }

  function saveSettingsPin(kiosk: Kiosk, settingsPin: string) {
    pinMutation.mutate(
      { kioskId: kiosk.id, settingsPin },
      {
        onSuccess: () => {
          setKioskForPin(null);
          settingsPinModal.close();
        },
      },
    );
  }

  function renewPairingCode(kioskId: string) {
    renewMutation.mutate(kioskId, { onSuccess: setPairing });
  }

  function askRevoke(kiosk: Kiosk) {
    revokeMutation.reset();
    setKioskToRevoke(kiosk);
    revokeKioskModal.open();
  }

  function confirmRevoke(kiosk: Kiosk) {
    revokeMutation.mutate(kiosk.id, {
      onSuccess: () => {
        if (pairing?.kiosk.id === kiosk.id) setPairing(null);
        setKioskToRevoke(null);
        revokeKioskModal.close();
      },
    });
  }

  return (
    <>
      {pairing && (
        <PairingCodePanel
          pairing={pairing}
          listedKiosk={kiosksQuery.data?.find((kiosk) => kiosk.id === pairing.kiosk.id)}
          isRenewing={renewMutation.isPending}
          onRenew={() => renewPairingCode(pairing.kiosk.id)}
          onClose={() => setPairing(null)}
        />
      )}

      <section aria-labelledby="kiosks-title" className={fr.cx('fr-mb-5w')}>
        <h2 id="kiosks-title" className={fr.cx('fr-h4')}>
          {t.title(site.name)}
        </h2>
        <MutationFeedback mutation={renewMutation} />
        {revokeMutation.data && (
          <Alert
            severity="success"
            small
            className={fr.cx('fr-mb-2w')}
            description={t.revoked(revokeMutation.data.name)}
          />
        )}
        {pinMutation.data && (
          <Alert
            severity="success"
            small
            className={fr.cx('fr-mb-2w')}
            description={t.pinSaved(pinMutation.data.name)}
          />
        )}
        {kiosksQuery.isPending && <LoadingState label={t.loading} />}
        {kiosksQuery.isError && (
          <ErrorState error={kiosksQuery.error} onRetry={() => void kiosksQuery.refetch()} />
        )}
        {kiosksQuery.data &&
          (kiosksQuery.data.length === 0 ? (
            <EmptyState title={t.emptyTitle}>
              <p className={fr.cx('fr-mb-0')}>{t.emptyText}</p>
            </EmptyState>
          ) : (
            <KioskTable
              kiosks={kiosksQuery.data}
              caption={t.caption(site.name)}
              isRenewing={renewMutation.isPending}
              onRenewPairingCode={(kiosk) => renewPairingCode(kiosk.id)}
              onAskRevoke={askRevoke}
              onAskSettingsPin={askSettingsPin}
            />
          ))}
        <p className={fr.cx('fr-text--sm')}>
          {t.refreshNote}{' '}
          <Link to={`/parametres-du-site?site=${site.id}`} className={fr.cx('fr-link')}>
            {t.settingsLink}
          </Link>
          .
        </p>
      </section>

      <section aria-labelledby="new-kiosk-title">
        <h2 id="new-kiosk-title" className={fr.cx('fr-h4')}>
          {t.addTitle}
        </h2>
        <CreateKioskForm siteId={site.id} onCreated={setPairing} />
      </section>

      <SettingsPinModal
        kiosk={kioskForPin}
        isSaving={pinMutation.isPending}
        error={pinMutation.error}
        onSave={saveSettingsPin}
      />
      <RevokeKioskModal
        kiosk={kioskToRevoke}
        isRevoking={revokeMutation.isPending}
        error={revokeMutation.error}
        onConfirm={confirmRevoke}
      />
    </>
  );
}
