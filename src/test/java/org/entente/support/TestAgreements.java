package org.entente.support;

import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.agreements.AgreementEventKind;
import org.entente.agreements.AgreementKind;
import org.entente.agreements.Agreements;
import org.entente.agreements.NewAgreement;
import org.entente.agreements.NewStatusEvent;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.springframework.transaction.PlatformTransactionManager;

/** An agreement of Morocco with one other nation, at a chosen classification, made by the host for a test. */
public final class TestAgreements {

    private TestAgreements() {}

    public static long add(
            Agreements agreements,
            PlatformTransactionManager transactions,
            String title,
            Classification classification,
            String releasedTo) {
        return inTransaction(
                transactions,
                HOST,
                () -> agreements.add(new NewAgreement(
                        AgreementKind.TECHNICAL_ARRANGEMENT,
                        List.of("MAR", releasedTo),
                        List.of(),
                        LocalDate.of(2024, 1, 10),
                        LocalizedText.of("en", "Rabat"),
                        3,
                        false,
                        List.of("AIR_DEFENCE"),
                        null,
                        LocalizedText.of("en", title),
                        null,
                        true,
                        new Label(classification, "MAR", Set.of(releasedTo)),
                        List.of(new NewStatusEvent(
                                AgreementEventKind.ENTERED_INTO_FORCE, LocalDate.of(2024, 2, 1), null, null, true)))));
    }
}
