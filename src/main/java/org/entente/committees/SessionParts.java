package org.entente.committees;

import java.time.Instant;
import java.time.LocalDate;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** The parts of a session as its page shows them; each carries the label it was recorded under. */
public final class SessionParts {

    private SessionParts() {}

    public record Delegate(long id, String nation, Long personId, LocalizedText name, DelegateRole role, Label label) {}

    public record AgendaItem(long id, int position, LocalizedText title, Label label) {}

    public record ProgrammeItem(long id, LocalDate day, ProgrammeKind kind, LocalizedText title, Label label) {}

    public record Minutes(String language, String body, Label label) {}

    public record Decision(long id, int number, LocalizedText text, Label label) {}

    /** A party's signature: the account that signed and the person it belongs to, as the reader may know them. */
    public record Signature(
            String nation, String signedBy, Instant signedAt, Label label, org.entente.shared.PersonName signatory) {

        /** A signature before its person is looked up: known only by the signing party's nation. */
        public Signature(String nation, String signedBy, Instant signedAt, Label label) {
            this(nation, signedBy, signedAt, label, org.entente.shared.PersonName.unnamed(nation));
        }
    }

    public record Corrigendum(int number, LocalDate dated, LocalizedText text, String recordedBy, Label label) {}
}
