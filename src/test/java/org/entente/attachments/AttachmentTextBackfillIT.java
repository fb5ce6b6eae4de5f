package org.entente.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.support.Personas;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * An attachment uploaded before its text was read (its text empty, marked unread, its search
 * entry without the file's words) gets its text read by the backfill, and its words become
 * searchable in the same transaction; a file that cannot be read is marked read, with no text.
 */
@DemoApplicationTest
class AttachmentTextBackfillIT {

    private static final String WORD = "quodlibetarian";

    @Autowired
    Attachments attachments;

    @Autowired
    AttachmentTextBackfill backfill;

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    @Test
    void anOlderAttachmentsTextIsReadOnceAndFound() throws Exception {
        long committee = Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql("select id from committees.committee where code = 'JMC-ISR-MAR'")
                        .query(Long.class)
                        .single());
        long old = upload(committee, "old-notes.txt", "Notes of the " + WORD + " survey.");
        long lost = upload(committee, "lost-notes.txt", "Nothing to see.");
        // As before the text was read at upload: no text, unread, an entry without the file's words;
        // and one whose file has gone.
        update("""
                update attachments.attachment set text = '', text_read = false where id in (%d, %d);
                update attachments.attachment set storage_path = 'gone/' || id where id = %d;
                update search.entry set document = ''::tsvector, body = '{}'
                 where record_type = 'attachment' and record_id in (%d, %d)""".formatted(old, lost, lost, old, lost));
        assertThat(found()).isZero();

        assertThat(backfill.backfill()).isEqualTo(1);

        assertThat(found()).isEqualTo(1);
        assertThat(string("select text from attachments.attachment where id = " + old))
                .contains(WORD);
        assertThat(string("select text_read::text || ':' || text from attachments.attachment where id = " + lost))
                .isEqualTo("true:");
        assertThat(backfill.backfill()).isZero();
    }

    private void update(String statements) throws Exception {
        SuperuserSql.execute(superuser, statements);
    }

    private String string(String query) throws Exception {
        return SuperuserSql.string(superuser, query);
    }

    private long upload(long committee, String name, String content) {
        return Persona.PLANNER_MAR.subject().run(() -> {
            try {
                return attachments
                        .upload(
                                Persona.PLANNER_MAR.subject(),
                                org.entente.shared.RecordType.COMMITTEE,
                                committee,
                                name,
                                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))
                        .id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private long found() throws Exception {
        String body = mvc.perform(get("/api/v1/search").param("q", WORD).session(Personas.signIn(mvc, "planner.mar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("total").asLong();
    }
}
