package org.entente.documents;

import java.net.URI;
import java.util.Locale;
import org.entente.shared.Translator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The refusals of a document's route, as {@code application/problem+json} in the reader's language. */
public final class PdfProblems {

    private PdfProblems() {}

    /** 404: nothing the reader may read there. */
    public static ResponseEntity<?> notFound(Translator messages, Locale locale) {
        return ResponseEntity.of(problem(messages, HttpStatus.NOT_FOUND, "api.notFound", locale))
                .build();
    }

    private static ProblemDetail problem(Translator messages, HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.t(locale, key));
        problem.setTitle(messages.t(locale, "api.status." + status.value()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
