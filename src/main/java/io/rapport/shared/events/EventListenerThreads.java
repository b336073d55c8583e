package io.rapport.shared.events;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run asynchronous event listeners ({@code @ApplicationModuleListener}): a few, with a queue, so a
 * burst of events (an import renaming thousands of companies) waits its turn instead of taking every database
 * connection from the requests. Not a bean: an {@link Executor} bean would replace Spring Boot's own task executor
 * (which Spring MVC uses). At shutdown, after the web server has finished its requests, the queue gets a few
 * seconds; whatever is still waiting then stays in the registry and is retried.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerThreads implements AsyncConfigurer, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventListenerThreads.class);
    static final int THREADS = 4;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private volatile boolean running;

    EventListenerThreads() {
        executor.setThreadNamePrefix("event-");
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    /** The registry keeps the failed publication and {@link EventRetry} tries again: a warning, not an error. */
    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (Throwable failure, Method method, Object... arguments) -> log.warn(
                "Event listener {}.{} failed; the event stays in the registry and is retried",
                method.getDeclaringClass().getSimpleName(),
                method.getName(),
                failure);
    }

    @Override
    public void start() {
        running = true;
    }

    /** Lets queued listeners finish (10 s at most) while the database pool is still open. */
    @Override
    public void stop() {
        running = false;
        executor.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stopped after the web server (graceful shutdown, then stop: phases {@code DEFAULT_PHASE - 1024} and
     * {@code - 2048}), so the events of the last requests are queued first; like every lifecycle, before the
     * connection pool closes.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
