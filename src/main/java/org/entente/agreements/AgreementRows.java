package org.entente.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An agreement and a status event as their rows hold them. */
final class AgreementRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Signatory>> SIGNATORIES = new TypeReference<>() {};

    /** An agreement with the days it entered into force and was last renewed. */
    static final String AGREEMENT_COLUMNS = """
            select t.*,
                   (select max(e.on_date) from agreements.agreement_event e
                     where e.agreement_id = t.id and e.kind = 'ENTERED_INTO_FORCE') as entered_on,
                   (select max(e.on_date) from agreements.agreement_event e
                     where e.agreement_id = t.id and e.kind = 'RENEWED') as renewed_on
              from agreements.agreement t""";

    private AgreementRows() {}

    static String signatories(List<Signatory> signatories) {
        return JSON.writeValueAsString(signatories);
    }

    static AgreementSummary agreement(ResultSet rs) throws SQLException {
        LocalDate entered = Limits.read(rs.getObject("entered_on", LocalDate.class));
        LocalDate renewed = Limits.read(rs.getObject("renewed_on", LocalDate.class));
        Integer term = (Integer) rs.getObject("term_years");
        LocalDate termStart = renewed != null ? renewed : entered;
        Object parent = rs.getObject("parent_id");
        return new AgreementSummary(
                rs.getLong("id"),
                AgreementKind.valueOf(rs.getString("kind")),
                List.of((String[]) rs.getArray("parties").getArray()),
                JSON.readValue(rs.getString("signatories"), SIGNATORIES),
                Limits.read(rs.getObject("signed_on", LocalDate.class)),
                LocalizedText.fromJson(rs.getString("signed_place")),
                entered,
                term,
                rs.getBoolean("tacit_renewal"),
                term == null || termStart == null ? null : termStart.plusYears(term),
                List.of((String[]) rs.getArray("domains").getArray()),
                parent == null ? null : ((Number) parent).longValue(),
                LocalizedText.fromJson(rs.getString("title")),
                LocalizedText.fromJson(rs.getString("summary")),
                AgreementStatus.valueOf(rs.getString("status")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }

    static StatusEvent statusEvent(ResultSet rs) throws SQLException {
        return new StatusEvent(
                rs.getLong("id"),
                rs.getLong("agreement_id"),
                Limits.read(rs.getObject("on_date", LocalDate.class)),
                AgreementEventKind.valueOf(rs.getString("kind")),
                OptionalTexts.read(rs.getString("reason")),
                OptionalTexts.read(rs.getString("note")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }
}
