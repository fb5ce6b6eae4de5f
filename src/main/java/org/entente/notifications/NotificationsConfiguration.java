package org.entente.notifications;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The outbox's listeners run after the write commits, on their own threads ({@code @Async}); the
 * mail sender, the outbox's retries and the daily reminders are scheduled.
 *
 * <p>The listeners share {@code entente.notifications.threads} threads (default 2), not one per
 * request thread: what a write sets off (a comment's watchers, their notices and mails) waits its
 * turn behind the requests instead of taking the processors from them while they are busy (the
 * comment write at 8 users: the fan-out of earlier comments ran on up to 8 threads beside it).
 * What waits is in the outbox already, so a stop loses nothing: publications not yet completed are
 * handed out again at the next start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotificationsConfiguration implements AsyncConfigurer, DisposableBean {

    private final ThreadPoolTaskExecutor outbox = new ThreadPoolTaskExecutor();

    NotificationsConfiguration(@Value("${entente.notifications.threads:2}") int threads) {
        outbox.setCorePoolSize(Math.max(1, threads));
        outbox.setMaxPoolSize(Math.max(1, threads));
        outbox.setThreadNamePrefix("outbox-");
        outbox.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return outbox;
    }

    @Override
    public void destroy() {
        outbox.shutdown();
    }
}
