import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useLanguage, useMessages } from '../../../i18n/language';
import { useRetentionPeriods } from '../../privacy/hooks/use-retention-periods';
import { describeRetentionPeriods } from '../../privacy/my-data-summary';
import { dataProtectionOfficerEmail } from '../legal-contacts';
import { legalMessages } from '../legal.messages';
import { ToComplete } from './to-complete';

/** « Données personnelles »: what AdmZ keeps, why, how long, and the rights of the people. */
export function PersonalDataPage() {
  const { personalData: messages, newWindow } = useMessages(legalMessages);
  const language = useLanguage();
  const periodsQuery = useRetentionPeriods();
  return (
    <article className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
      <h1>{messages.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{messages.lead}</p>

      <h2>{messages.controllerTitle}</h2>
      <p>
        {messages.controller.before}
        <Link to="/mentions-legales">{messages.controller.legalNotice}</Link>) <ToComplete />
        {messages.controller.beforeEmail}
        <a href={`mailto:${dataProtectionOfficerEmail}`}>{dataProtectionOfficerEmail}</a>{' '}
        <ToComplete />
        {messages.controller.after}
      </p>

      <h2>{messages.keptTitle}</h2>
      <ul>
        {messages.kept.map((item) => (
          <li key={item.title}>
            <strong>{item.title}</strong>
            {item.text}
          </li>
        ))}
        <li>
          <strong>{messages.sessions.title}</strong>
          {messages.sessions.before}
          <code>admz_session</code>
          {messages.sessions.after}
        </li>
      </ul>
      <p>{messages.legalBasis}</p>

      <h2>{messages.whoSeesTitle}</h2>
      <p>{messages.whoSees}</p>

      <h2>{messages.howLongTitle}</h2>
      <p>{messages.howLong}</p>
      {periodsQuery.isPending && <LoadingState label={messages.loadingPeriods} />}
      {periodsQuery.isError && (
        <ErrorState error={periodsQuery.error} onRetry={() => void periodsQuery.refetch()} />
      )}
      {periodsQuery.data && (
        <Table
          caption={messages.periodsCaption}
          noCaption
          headers={[messages.periodsHeaders.what, messages.periodsHeaders.howLong]}
          data={describeRetentionPeriods(periodsQuery.data, language).map((row) => [
            row.what,
            row.howLong,
          ])}
        />
      )}
      <p>{messages.cnilRecommendation}</p>

      <h2>{messages.rightsTitle}</h2>
      <p>
        {messages.rights.before}
        <Link to="/mes-donnees">{messages.rights.myData}</Link>
        {messages.rights.after}
      </p>
      <ul>
        {messages.rightsList.map((item) => (
          <li key={item.title}>
            <strong>{item.title}</strong>
            {item.text}
          </li>
        ))}
      </ul>
      <p>
        {messages.otherRequests.before}
        <a href={`mailto:${dataProtectionOfficerEmail}`}>{dataProtectionOfficerEmail}</a>
        {messages.otherRequests.after}
      </p>

      <h2>{messages.complaintTitle}</h2>
      <p>
        {messages.complaint.before}
        <a
          href="https://www.cnil.fr/fr/plaintes"
          target="_blank"
          rel="noreferrer"
          title={newWindow('cnil.fr/fr/plaintes')}
        >
          cnil.fr/fr/plaintes
        </a>
        {messages.complaint.after}
      </p>
    </article>
  );
}
