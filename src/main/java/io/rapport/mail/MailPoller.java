package io.rapport.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Instant;
import java.util.Optional;
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

    /**
     * Fetches runs of messages until the INBOX is read (or half the lease has gone), then records the fetch. A
     * mailbox deleted meanwhile is left alone.
     */
    private static void fetchWhileMore(Mailboxes mailboxes, MailboxFetcher fetcher, Mailbox leased) {
        Instant until = Instant.now().plusSeconds(LEASE_SECONDS / 2);
        Optional<Mailbox> box = Optional.of(leased);
        MailboxFetcher.Outcome outcome;
        int taken = 0;
        String problem = null;
        do {
            outcome = fetcher.fetch(box.get());
            taken += outcome.count();
            problem = outcome.problem() != null ? outcome.problem() : problem;
            box = mailboxes.find(leased.id());
        } while (outcome.more() && box.isPresent() && Instant.now().isBefore(until));
        if (box.isPresent()) {
            mailboxes.fetched(leased.id(), outcome.connected(), taken, problem, outcome.more());
        }
    }

    @Bean
    RecurringTask<Void> mailPoll(Mailboxes mailboxes, MailboxFetcher fetcher) {
        return Tasks.recurring(NAME, FixedDelay.ofSeconds(1)).execute((instance, context) -> {
            for (Mailbox box : mailboxes.leaseDue(LEASE_SECONDS)) {
                fetchWhileMore(mailboxes, fetcher, box);
            }
        });
    }
}
