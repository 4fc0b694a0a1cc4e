import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { securityContactEmail } from '../legal-contacts';
import { legalMessages } from '../legal.messages';
import { ToComplete } from './to-complete';

/** « Mentions légales »: publisher and host (to complete before going live), licences, security. */
export function LegalNoticePage() {
  const { legalNotice: messages } = useMessages(legalMessages);
  return (
    <article className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
      <h1>{messages.title}</h1>

      <h2>{messages.publisherTitle}</h2>
      <p>
        {messages.publisher.before}
        <ToComplete />
        {messages.publisher.after}
      </p>
      <p>
        {messages.publicationDirector}
        <ToComplete />
      </p>

      <h2>{messages.hostingTitle}</h2>
      <p>
        {messages.hosting.before}
        <ToComplete />
        {messages.hosting.after}
      </p>

      <h2>{messages.sourceTitle}</h2>
      <p>
        {messages.source.before}
        <ToComplete />
        {messages.source.after}
      </p>

      <h2>{messages.dataTitle}</h2>
      <p>
        {messages.data.beforePersonalData}
        <Link to="/donnees-personnelles">{messages.data.personalData}</Link>
        {messages.data.beforeAccessibility}
        <Link to="/declaration-d-accessibilite">{messages.data.accessibility}</Link>
        {messages.data.after}
      </p>

      <h2 id="securite">{messages.securityTitle}</h2>
      <p>
        {messages.security.before}
        <a href={`mailto:${securityContactEmail}`}>{securityContactEmail}</a> <ToComplete />
        {messages.security.beforeSecurityTxt}
        <a href="/.well-known/security.txt">security.txt</a>
        {messages.security.after}
      </p>
    </article>
  );
}
