/**
 * Email through real mail servers: mailboxes (IMAP in, SMTP out) with encrypted credentials, the outbox that
 * sends and retries, the poller that fetches, parses and threads incoming mail, and templates with merge fields.
 * It publishes {@link io.rapport.mail.EmailReceived}, {@link io.rapport.mail.EmailSent} and
 * {@link io.rapport.mail.EmailSendFailed}; the timeline listens.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.rapport.mail;

import org.springframework.modulith.ApplicationModule;
