package io.rapport.shared.events;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A test-only asynchronous listener (component-scanned from the test classes into the shared test application):
 * it throws, like a listener meeting a database blip, on the first attempts an event asks for, then succeeds.
 */
@Component
class ProbeListener {

    static final String ID = "test-probe";

    private final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();
    private final Set<UUID> succeeded = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener(id = ID)
    void on(ProbeEvent event) {
        int attempt = attempts.merge(event.id(), 1, Integer::sum);
        if (attempt <= event.failures()) {
            throw new IllegalStateException("probe " + event.id() + ": attempt " + attempt + " fails on purpose");
        }
        succeeded.add(event.id());
    }

    int attempts(UUID id) {
        return attempts.getOrDefault(id, 0);
    }

    boolean succeeded(UUID id) {
        return succeeded.contains(id);
    }
}
