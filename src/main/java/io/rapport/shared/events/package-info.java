/**
 * Module events that are never lost. Listeners that need not share the publisher's transaction are
 * {@code @ApplicationModuleListener}s: Spring Modulith's event publication registry writes one row per event and
 * such listener in the publisher's transaction (table {@code event_publication}), the listener runs after commit
 * on its own threads ({@link io.rapport.shared.events.EventListenerThreads}) in a transaction of its own, and the
 * row is deleted once it has succeeded. {@link io.rapport.shared.events.EventRetry} resubmits what failed, once
 * across nodes. Delivery is at least once: such a listener must be idempotent.
 */
package io.rapport.shared.events;
