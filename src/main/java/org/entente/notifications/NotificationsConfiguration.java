package org.entente.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox's listeners run after the write commits, on their own threads ({@code @Async}); the
 * mail sender, the outbox's retries and the daily reminders are scheduled.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotificationsConfiguration {}
