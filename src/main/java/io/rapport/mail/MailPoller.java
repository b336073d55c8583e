package io.rapport.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Polls the mailboxes: a db-scheduler job every second (once across nodes) fetches each mailbox whose own
 * interval ({@code pollSeconds}) has passed. A mailbox is leased while it is fetched, so a slow server or a large
 * mailbox never makes two fetches of one mailbox at a time.
 */
@Configuration
class MailPoller {

    static final String NAME = "mail-poll";
    private static final int LEASE_SECONDS = 600;

    @Bean
    RecurringTask<Void> mailPoll(Mailboxes mailboxes, MailboxFetcher fetcher) {
        return Tasks.recurring(NAME, FixedDelay.ofSeconds(1)).execute((instance, context) -> {
            for (Mailbox box : mailboxes.leaseDue(LEASE_SECONDS)) {
                MailboxFetcher.Outcome outcome = fetcher.fetch(box);
                mailboxes.fetched(box.id(), outcome.connected(), outcome.count(), outcome.problem(), outcome.more());
            }
        });
    }
}
