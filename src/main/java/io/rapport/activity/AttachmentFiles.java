package io.rapport.activity;

import io.rapport.mail.OutgoingAttachments;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachment store in step with the database: a file stored by a transaction that then fails is removed
 * again, and files whose rows are deleted are removed once the deletion has committed (never before: a rolled
 * back deletion keeps its files). Outgoing emails read their files through it when they are sent.
 */
@Component
class AttachmentFiles implements OutgoingAttachments {

    private static final Logger log = LoggerFactory.getLogger(AttachmentFiles.class);

    private final AttachmentStore store;

    AttachmentFiles(AttachmentStore store) {
        this.store = store;
    }

    /** Stores the bytes within the current transaction: they are removed unless it commits. */
    long put(String key, InputStream content, long maxBytes) throws IOException {
        long size = store.put(key, content, maxBytes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    remove(key);
                }
            }
        });
        return size;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return store.open(key);
    }

    void removeAfterCommit(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(AttachmentFiles.this::remove);
            }
        });
    }

    private void remove(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            log.warn("Attachment {} could not be removed from the store: {}", key, e.getMessage());
        }
    }
}
