package org.entente.agreements;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A context event as recorded. */
public record ContextEvent(
        long id,
        LocalDate date,
        List<String> nations,
        LocalizedText text,
        LocalizedText source,
        boolean illustrative,
        Label label) {}
