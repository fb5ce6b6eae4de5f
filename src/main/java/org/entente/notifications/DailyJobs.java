package org.entente.notifications;

import java.time.Clock;
import java.time.LocalDate;
import org.entente.shared.OncePerCluster;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notifications' once-a-day work, in one place so that it can be made to run once per cluster:
 * the reminders ({@link DailyReminders}), then the digests of those who chose one a day ({@link
 * MailQueue#queueDigests}). The day is the {@link Clock} bean's.
 */
@Component
class DailyJobs {

    private final DailyReminders reminders;
    private final MailQueue mails;
    private final Clock clock;

    DailyJobs(DailyReminders reminders, MailQueue mails, Clock clock) {
        this.reminders = reminders;
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(cron = "${entente.mail.digest-cron:0 0 6 * * *}")
    @OncePerCluster(name = "daily-jobs", atLeast = "PT1H")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        reminders.remind(today);
        mails.queueDigests(today);
    }
}
