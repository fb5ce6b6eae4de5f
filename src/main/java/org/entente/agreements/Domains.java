package org.entente.agreements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomy of cooperation domains that agreements, activities and projects cite: read by
 * everyone, kept by an administrator. A domain is renamed or retired, never deleted, so that no
 * record loses one.
 */
@Service
public class Domains {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    Domains(JdbcClient sql, AccessPolicy policy, AuditTrail audit) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
    }

    /** The cooperation domains, in the taxonomy's order, retired ones included. */
    @Transactional(readOnly = true)
    public List<Domain> domains() {
        return sql.sql("select code, name, retired from agreements.domain order by position, code")
                .query((rs, n) -> new Domain(
                        rs.getString("code"), LocalizedText.fromJson(rs.getString("name")), rs.getBoolean("retired")))
                .list();
    }

    /** The domains an agreement cites, in its order; a code no longer in the taxonomy shows as itself. */
    @Transactional(readOnly = true)
    public List<Domain> domainsOf(AgreementSummary agreement) {
        Map<String, Domain> known = domains().stream().collect(Collectors.toMap(Domain::code, d -> d));
        return agreement.domains().stream()
                .map(code -> known.getOrDefault(code, new Domain(code, LocalizedText.of("en", code), true)))
                .toList();
    }

    /**
     * Adds a cooperation domain, offered from then on for new agreements.
     *
     * @throws AccessDeniedException when the subject may not administer domains
     * @throws org.entente.shared.Refused for a malformed or taken code, or a missing name
     */
    @Transactional
    public void addDomain(Subject subject, String code, Map<String, String> names) {
        policy.mayAdministerDomains(subject).orThrow();
        var errors = new LinkedHashMap<String, String>();
        String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!clean.matches("[A-Z_]+")) {
            errors.put("code", "domain.refused.code");
        } else if (domains().stream().anyMatch(d -> d.code().equals(clean))) {
            errors.put("code", "domain.refused.taken");
        }
        Limits.check("code", clean, Limits.CODE, errors);
        LocalizedText name = domainNames(names, errors);
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        sql.sql("""
                        insert into agreements.domain (code, name, position)
                        values (:code, cast(:name as jsonb),
                                (select coalesce(max(position), 0) + 1 from agreements.domain))""").param("code", clean).param("name", name.toJson()).update();
        audit.record(AuditEvent.success("agreements.domain.add", "domain", clean, null));
    }

    /**
     * Renames a domain in every language; the agreements citing it show the new name.
     *
     * @return false when there is no such domain
     */
    @Transactional
    public boolean renameDomain(Subject subject, String code, Map<String, String> names) {
        policy.mayAdministerDomains(subject).orThrow();
        var errors = new LinkedHashMap<String, String>();
        LocalizedText name = domainNames(names, errors);
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        if (sql.sql("update agreements.domain set name = cast(:name as jsonb) where code = :code")
                        .param("name", name.toJson())
                        .param("code", code)
                        .update()
                == 0) {
            return false;
        }
        audit.record(AuditEvent.success("agreements.domain.rename", "domain", code, null));
        return true;
    }

    /**
     * Retires a domain: it stays for the agreements that cite it, and is offered no more. Domains
     * are never deleted, so that no agreement loses one.
     *
     * @return false when there is no such domain
     */
    @Transactional
    public boolean retireDomain(Subject subject, String code) {
        policy.mayAdministerDomains(subject).orThrow();
        return retireDomain(code);
    }

    /** Retires a domain as the recording module's own work (the demo, an import). */
    @Transactional
    public boolean retireDomain(String code) {
        if (sql.sql("update agreements.domain set retired = true where code = :code")
                        .param("code", code)
                        .update()
                == 0) {
            return false;
        }
        audit.record(AuditEvent.success("agreements.domain.retire", "domain", code, null));
        return true;
    }

    /** A domain's names: all four languages of the interface, for a taxonomy every reader meets. */
    private static LocalizedText domainNames(Map<String, String> names, Map<String, String> errors) {
        LocalizedText name = DraftFields.text(names == null ? Map.of() : names);
        if (!name.values().keySet().containsAll(NewAgreementController.LANGUAGES)) {
            errors.put("name", "domain.refused.names");
        }
        Limits.check("name", name, Limits.NAME, errors);
        return name;
    }
}
