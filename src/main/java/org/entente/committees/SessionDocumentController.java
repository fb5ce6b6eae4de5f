package org.entente.committees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.documents.PdfDocuments;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.SessionOrdinal;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A session's minutes as a bilingual PDF: the minutes text in each language side by side, the
 * numbered decisions, the action items decided at the session, the signatures recorded and the
 * corrigenda, only what the reader may read. An unreadable session is a 404; every export is audited.
 */
@RestController
class SessionDocumentController {

    private final Sessions sessions;
    private final ActionItems actions;
    private final PdfDocuments documents;
    private final AuditTrail audit;
    private final Translator messages;
    private final ProcesVerbals procesVerbals;

    SessionDocumentController(
            Sessions sessions,
            ActionItems actions,
            PdfDocuments documents,
            AuditTrail audit,
            Translator messages,
            ProcesVerbals procesVerbals) {
        this.procesVerbals = procesVerbals;
        this.sessions = sessions;
        this.actions = actions;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The minutes in one or two languages ({@code ?languages=ar,fr}): 400 for any other languages, 404
     * (audited) for a session the reader may not read.
     */
    @GetMapping("/api/v1/committees/{id}/sessions/{number}/minutes.pdf")
    @DeniedAs(action = "committees.minutes.export", objectType = "session")
    ResponseEntity<?> minutes(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(required = false) String languages,
            Locale locale) {
        List<String> codes = PdfDocuments.languages(languages, locale);
        String object = id + "/" + number;
        SessionDetail session = sessions.find(reader, id, number).orElseThrow(() -> new NotReadable("session", object));
        SessionSummary summary = session.summary();
        List<ActionItem> items = actions.ofCommittee(reader, id).stream()
                .filter(i -> i.sessionNumber() != null && i.sessionNumber() == summary.number())
                .toList();
        var labels = new ArrayList<Label>(session.labels());
        items.forEach(i -> labels.add(i.label()));
        Label whole = Label.highWaterMark(summary.label().owner(), labels);
        var title = new HashMap<String, String>();
        for (String language : PdfDocuments.LANGUAGES) {
            Locale in = Locale.forLanguageTag(language);
            SessionOrdinal ordinal = SessionOrdinal.of(in, summary.number());
            title.put(
                    language,
                    messages.t(
                            in,
                            "minutes.pdf.title",
                            messages.t(in, ordinal.key(), ordinal.ordinal()),
                            summary.committeeName().in(in)));
        }
        var model = new HashMap<String, Object>();
        model.put("pv", procesVerbals.of(reader, session, items));
        byte[] pdf = documents.render(
                "committees/minutes-document.jte",
                Map.copyOf(model),
                whole,
                new LocalizedText(title),
                PdfDocuments.locales(codes, reader.nation()));
        audit.recordSeparately(AuditEvent.read("committees.minutes.export", "session", object, whole)
                .with("format", "pdf")
                .with("languages", String.join(",", codes)));
        return PdfDocuments.response(
                pdf,
                "minutes-" + summary.committeeId() + "-" + summary.number() + "-" + String.join("-", codes) + ".pdf");
    }
}
