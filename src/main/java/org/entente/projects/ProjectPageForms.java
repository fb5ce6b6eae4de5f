package org.entente.projects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.shared.Limits;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.LanguageTexts;
import org.springframework.web.multipart.MultipartFile;

/**
 * The project page's forms as posted, every field as typed so that a refused form comes back as
 * typed: a new milestone, a milestone's record, a commitment's measure. Bean Validation checks the
 * lengths; {@link Projects} checks the rules and refuses each bad field by name.
 */
final class ProjectPageForms {

    private ProjectPageForms() {}

    /** A new milestone: its title per language, its planned day and a note per language. */
    record MilestoneForm(
            @Valid @AtMost(max = Limits.TITLE) LanguageTexts title,

            @Size(max = Limits.CODE) String plannedDate,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts note,

            Boolean illustrative) {

        MilestoneForm {
            title = LanguageTexts.orEmpty(title);
            note = LanguageTexts.orEmpty(note);
            illustrative = Boolean.TRUE.equals(illustrative); // an unticked box is not posted
        }

        MilestoneDraft draft() {
            return new MilestoneDraft(title.asMap(), strip(plannedDate), note.asMap(), illustrative);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.putAll(title.fields("title"));
            values.put("plannedDate", orEmpty(plannedDate));
            values.putAll(note.fields("note"));
            return values;
        }
    }

    /** What is recorded about a milestone: its status, the day it was achieved, a note per language. */
    record RecordForm(
            @Size(max = Limits.CODE) String status,

            @Size(max = Limits.CODE) String actualDate,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts note) {

        RecordForm {
            note = LanguageTexts.orEmpty(note);
        }

        /** The update, with the evidence file when one was chosen. */
        MilestoneUpdate update(MultipartFile evidence) {
            boolean withFile = evidence != null
                    && !evidence.isEmpty()
                    && evidence.getOriginalFilename() != null
                    && !evidence.getOriginalFilename().isBlank();
            return new MilestoneUpdate(
                    strip(status),
                    strip(actualDate),
                    note.asMap(),
                    withFile ? new MilestoneUpdate.Evidence(evidence.getOriginalFilename(), evidence) : null);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("status", orEmpty(status));
            values.put("actualDate", orEmpty(actualDate));
            values.putAll(note.fields("note"));
            return values;
        }
    }

    /** A commitment's measure: which commitment, the day, the target and the actual value. */
    record KpiForm(
            @Size(max = Limits.CODE) String kpi,

            @Size(max = Limits.CODE) String date,

            @Size(max = Limits.CODE) String target,

            @Size(max = Limits.CODE) String actual,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts note,

            Boolean illustrative) {

        KpiForm {
            note = LanguageTexts.orEmpty(note);
            illustrative = Boolean.TRUE.equals(illustrative);
        }

        KpiDraft draft() {
            return new KpiDraft(strip(kpi), strip(date), strip(target), strip(actual), note.asMap(), illustrative);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("kpi", orEmpty(kpi));
            values.put("date", orEmpty(date));
            values.put("target", orEmpty(target));
            values.put("actual", orEmpty(actual));
            values.putAll(note.fields("note"));
            return values;
        }
    }

    static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
