package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.audit.AuditValues.Shown;
import org.entente.identity.TestViewers;
import org.entente.shared.TestMessages;
import org.junit.jupiter.api.Test;

/**
 * The audit page shows each detail's value in the reader's language, not as the trail stores it:
 * days and moments the CLDR way (Moroccan month names in Arabic), statuses and levels through their
 * message keys, nations and languages by name, pages from 1; what it cannot read it shows as stored.
 */
class AuditValuesTest {

    private static AuditValues in(String language) {
        return AuditValues.forReader(TestViewers.in(language), TestMessages.translator());
    }

    private static final AuditValues ENGLISH = in("en");
    private static final AuditValues ARABIC = in("ar-MA");

    @Test
    void everyDetailTheCodeWritesIsSaidWhatItHolds() throws IOException {
        Set<String> unsaid = new TreeSet<>(AuditActionKeysTest.detailsInCode());
        unsaid.removeAll(AuditValues.BY_KEY.keySet());
        assertThat(unsaid)
                .as("details whose values the page would show as stored")
                .isEmpty();
    }

    @Test
    void daysAndMomentsAreWrittenAsTheReaderWritesThem() {
        Shown day = ARABIC.value("agreements.agreement.event", "date", "2026-03-12");
        assertThat(day.text()).contains("مارس").contains("2026").doesNotContain("2026-03-12");
        assertThat(day.stored()).isEqualTo("2026-03-12");
        assertThat(day.code()).isFalse();
        assertThat(ENGLISH.value("agreements.agreement.event", "date", "2026-03-12")
                        .text())
                .contains("March");
        Shown moment = ENGLISH.value("database.restart", "stopped", "2025-12-08T14:03:07.123Z");
        assertThat(moment.text())
                .contains("14:03")
                .doesNotContain("14:03:07")
                .contains("Dec")
                .doesNotContain("T14");
        // The same key holds a date for one action and a number for another.
        assertThat(ARABIC.value("projects.milestone.record", "actual", "2026-11-05")
                        .text())
                .contains("نونبر");
        assertThat(ENGLISH.value("projects.kpi.record", "actual", "1250.5").text())
                .isEqualTo("1,250.5");
    }

    @Test
    void codesAreNamedThroughTheirMessageKeys() {
        assertThat(ENGLISH.value("projects.milestone.record", "status", "AT_RISK")
                        .text())
                .isEqualTo("At risk");
        assertThat(ARABIC.value("projects.milestone.record", "before", "ACHIEVED")
                        .text())
                .isEqualTo("منجز");
        assertThat(ARABIC.value("identity.account.clearance", "after", "CONFIDENTIAL")
                        .text())
                .isEqualTo("سري");
        assertThat(ENGLISH.value("identity.account.create", "nation", "ISR").text())
                .isEqualTo("Israel");
        assertThat(ENGLISH.value("committees.minutes.export", "languages", "ar,fr")
                        .text())
                .contains("Arabic")
                .contains("French");
        assertThat(ENGLISH.value("audit.list", "outcome", "DENIED").text()).isEqualTo("Denied");
        assertThat(ENGLISH.value("audit.list", "action", "identity.sign-in").text())
                .isEqualTo("Sign-in");
        assertThat(ENGLISH.value("audit.list", "action", "identity.").text())
                .isEqualTo("Accounts and sign-ins: every action");
        assertThat(ENGLISH.value("committees.session.update", "fields", "city,startDate")
                        .text())
                .contains("City")
                .contains("First day");
        assertThat(ENGLISH.value("committees.comment.post", "internal", "true").text())
                .isEqualTo("Yes");
        assertThat(ENGLISH.value("access.route", "reason", "access.notReadable").text())
                .isEqualTo("This record is not released to you.");
        assertThat(ENGLISH.value("identity.sign-in", "reason", "BadCredentialsException")
                        .text())
                .isEqualTo("Wrong name or password");
        assertThat(ENGLISH.value("audit.verify", "reason", "HASH_MISMATCH").text())
                .isEqualTo("Entry altered");
        assertThat(ARABIC.value("comments.comment.post", "record", "session:12").text())
                .startsWith("دورة")
                .contains("12");
        // The auditor's list is read from page 1; the trail counts from 0.
        assertThat(ENGLISH.value("audit.list", "page", "0").text()).isEqualTo("1");
        // A year and an entry are names, not quantities: no grouping.
        assertThat(ENGLISH.value("workplans.plan.create", "year", "2026").text())
                .isEqualTo("2026");
    }

    @Test
    void whatCannotBeReadIsShownAsStoredReadLeftToRight() {
        Shown old = ENGLISH.value("projects.milestone.record", "status", "POSTPONED");
        assertThat(old.text()).isEqualTo("POSTPONED");
        assertThat(old.code()).isTrue();
        assertThat(ENGLISH.value("agreements.agreement.event", "date", "soon").text())
                .isEqualTo("soon");
        assertThat(ENGLISH.value("projects.kpi.record", "target", "many").text())
                .isEqualTo("many");
        Shown digest = ENGLISH.value("attachments.attachment.upload", "sha256", "a".repeat(64));
        assertThat(digest.text()).hasSizeLessThan(20);
        assertThat(digest.stored()).hasSize(64);
    }

    @Test
    void anEntrysDetailsAreShownInTheirOrder() {
        var details = ENGLISH.details(
                "identity.account.clearance",
                new java.util.TreeMap<>(Map.of("before", "RESTRICTED", "after", "SECRET")));
        assertThat(details)
                .extracting(d -> d.key() + "=" + d.value().text())
                .containsExactly("after=Secret", "before=Restricted");
    }

    @Test
    void anIpv6AddressIsShortenedAsPeopleWriteIt() {
        assertThat(AuditValues.address("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(AuditValues.address("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(AuditValues.address("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
        assertThat(AuditValues.address("2001:0db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(AuditValues.address("1:0:2:3:4:5:6:7")).isEqualTo("1:0:2:3:4:5:6:7");
        assertThat(AuditValues.address("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(AuditValues.address(null)).isNull();
    }
}
