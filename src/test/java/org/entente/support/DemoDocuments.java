package org.entente.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.entente.documents.Pdf;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo's documents as the API serves them, for the tests that read them: a PDF asked for in
 * some languages by a signed-in account, kept under {@code target/screenshots/} to be looked at;
 * the demo records they name, found as the host directorate; the audit events an export leaves.
 */
public final class DemoDocuments {

    private final MockMvc mvc;
    private final JdbcClient sql;
    private final PlatformTransactionManager transactions;

    public DemoDocuments(MockMvc mvc, JdbcClient sql, PlatformTransactionManager transactions) {
        this.mvc = mvc;
        this.sql = sql;
        this.transactions = transactions;
    }

    /** The document at {@code path} in {@code languages}, as {@code username}, kept as {@code <name>.pdf}. */
    public Pdf pdf(String name, String path, String languages, String username) throws Exception {
        return Pdf.of(name, bytes(path, languages, Personas.signIn(mvc, username)));
    }

    /** The document's bytes, as {@code username}: the answer must be 200 and a PDF. */
    public byte[] bytes(String path, String languages, String username) throws Exception {
        return bytes(path, languages, Personas.signIn(mvc, username));
    }

    /** The document's bytes: the answer must be 200 and a PDF. */
    public byte[] bytes(String path, String languages, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).param("languages", languages).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The demo's joint military committee of Israel and Morocco. */
    public long jointCommittee() {
        return Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql("select id from committees.committee where code = 'JMC-ISR-MAR'")
                        .query(Long.class)
                        .single());
    }

    /** How many times the action on the record was audited with the outcome ({@code SUCCESS}, {@code DENIED}). */
    public long audited(long id, String action, String outcome) {
        return sql.sql("select count(*) from audit.event where action = ? and object_id = ? and outcome = ?")
                .param(action)
                .param(Long.toString(id))
                .param(outcome)
                .query(Long.class)
                .single();
    }
}
