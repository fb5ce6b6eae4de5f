package org.entente.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.DemoApplicationTest;
import org.entente.committees.CommitteeKind;
import org.entente.committees.Committees;
import org.entente.committees.NewCommittee;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.shared.Classification;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attaching files: what is refused and why (by content, not by name), what is kept (checksum,
 * versions, the record's label) and who may read it. Each test attaches to a committee of its
 * own, except where the demo's France – Morocco commission is the point.
 */
@DemoApplicationTest
class AttachmentsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @Autowired
    CommitteeRoles roles;

    @Autowired
    Attachments attachments;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    @Autowired
    EntenteProperties properties;

    long committee;

    @BeforeEach
    void aMoroccanWorkingGroupReleasedToIsrael() {
        committee = inTransaction(transactions, HOST, () -> {
            long id = committees.add(new NewCommittee(
                    "ATT-" + UUID.randomUUID().toString().substring(0, 8),
                    CommitteeKind.WORKING_GROUP,
                    LocalizedText.of("en", "Attachments test group"),
                    List.of("ISR", "MAR"),
                    null,
                    true,
                    new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"))));
            roles.grant("planner.mar", id, CommitteeRole.PLANNER);
            roles.grant("planner.isr", id, CommitteeRole.PLANNER);
            return id;
        });
    }

    @Test
    void aPdfIsStoredWithItsSha256AndTheRecordsLabelAndComesBackByteForByte() throws Exception {
        byte[] pdf = pdf("minutes");
        String json = upload("planner.isr", "minutes.pdf", pdf)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.label.banner").value("RESTRICTED // REL TO MAR, ISR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(json).get("id").asLong();
        assertThat(JSON.readTree(json).get("sha256").asString()).isEqualTo(sha256(pdf));

        String stored = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("""
                                select encode(sha256, 'hex') || ' ' || coalesce(storage_path, 'none')
                                  from attachments.attachment where id = ?""").param(id).query(String.class).single());
        assertThat(stored).isEqualTo(sha256(pdf) + " none");
        assertThat(inTransaction(
                        transactions,
                        HOST,
                        () -> sql.sql("""
                                select string_agg(encode(data, 'hex'), '' order by seq) || ' '
                                       || string_agg(distinct classification || ' ' || owner_nation || ' ' || array_to_string(releasable_to, ','), ';')
                                  from attachments.chunk where attachment_id = ?""").param(id).query(String.class).single()))
                .as("the bytes in the database, in chunks under the record's label")
                .isEqualTo(HexFormat.of().formatHex(pdf) + " 1 MAR ISR");

        mvc.perform(get("/attachments/" + id).session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(content().bytes(pdf));
        assertThat(sql.sql("select count(*) from audit.event where action = ? and object_id = ? and actor = ?")
                        .params(Attachments.DOWNLOAD, Long.toString(id), "liaison.isr")
                        .query(Long.class)
                        .single())
                .as("a RESTRICTED download is audited")
                .isEqualTo(1);
        assertThat(sql.sql("select count(*) from audit.event where action = ? and object_id = ?")
                        .params(Attachments.UPLOAD, Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFileWithTheSameNameBecomesTheNextVersion() throws Exception {
        upload("planner.mar", "plan.docx", docx("first"))
                .andExpect(jsonPath("$.version").value(1));
        upload("planner.mar", "Plan.docx", docx("second"))
                .andExpect(jsonPath("$.version").value(2));
        upload("planner.mar", "other.xlsx", xlsx())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/attachments")
                        .param("recordType", "committee")
                        .param("recordId", Long.toString(committee))
                        .session(signIn(mvc, "planner.isr")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].version", Matchers.contains(1, 2, 1)));
    }

    @Test
    void aPdfNamedDocxAndATextNamedPdfAreRefusedByTheirContent() throws Exception {
        upload("planner.mar", "report.docx", pdf("not a docx"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The file’s content does not match the type its name says."));
        upload("planner.mar", "report.pdf", "just some text\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The file’s content does not match the type its name says."));
        upload("planner.mar", "report.odt", png())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The file’s content does not match the type its name says."));
        upload("planner.mar", "program.bin", new byte[] {0, 1, 2, 3, 4, 5, (byte) 0xff})
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("This kind of file is not accepted")));
        upload("planner.mar", "script.exe", pdf("x")).andExpect(status().isUnprocessableContent());
        upload("planner.mar", "empty.pdf", new byte[0]).andExpect(status().isUnprocessableContent());
        assertThat(stored()).isZero();
    }

    @Test
    void aFileAboveTheLimitIsRefusedAs413InTheCallersLanguage() throws Exception {
        byte[] big = new byte[(int) attachments.maxSize() + 1];
        System.arraycopy(pdf("big"), 0, big, 0, 20);
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .param("recordType", "committee")
                        .param("recordId", Long.toString(committee))
                        .header("Accept-Language", "fr")
                        .cookie(new Cookie("ENTENTE_LANG", "fr"))
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("Le fichier dépasse la taille autorisée."));
        assertThat(stored()).isZero();
    }

    @Test
    void anArchiveBombDressedAsADocxIsRefused() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < (ContentCheck.MAX_UNCOMPRESSED >> 20) + 1; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).as("small on the wire").isLessThan(1024 * 1024);
        upload("planner.mar", "bomb.docx", bytes.toByteArray())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("archive bomb")));
        assertThat(stored()).isZero();
    }

    @Test
    void aViewerMayReadButNotAttachAndAPartnerOutsideTheReleaseFindsNothing() throws Exception {
        upload("liaison.isr", "minutes.pdf", pdf("x")).andExpect(status().isForbidden());
        assertThat(stored()).isZero();

        long franceMorocco = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select id from committees.committee where code = 'CMM-FRA-MAR'")
                        .query(Long.class)
                        .single());
        String json = mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "agenda.png", "image/png", png()))
                        .param("recordType", "committee")
                        .param("recordId", Long.toString(franceMorocco))
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(json).get("id").asLong();
        MockHttpSession liaison = signIn(mvc, "liaison.isr");
        mvc.perform(get("/attachments/" + id).session(liaison)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/attachments/" + id + "/content").session(liaison))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/attachments")
                        .param("recordType", "committee")
                        .param("recordId", Long.toString(franceMorocco))
                        .session(liaison))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/" + id).session(signIn(mvc, "planner.fra")))
                .andExpect(status().isOk());
    }

    @Test
    void narrowingTheRecordsReleaseHidesItsFilesAndWideningItDoesNotReleaseThem() throws Exception {
        long id = JSON.readTree(upload("planner.mar", "notes.pdf", pdf("notes"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        MockHttpSession liaison = signIn(mvc, "liaison.isr");
        var israeli = new SystemSubject("liaison.isr", "ISR", Classification.RESTRICTED);
        var french = new SystemSubject("planner.fra", "FRA", Classification.CONFIDENTIAL);
        mvc.perform(get("/attachments/" + id).session(liaison)).andExpect(status().isOk());
        assertThat(chunksSeenBy(israeli, id)).isEqualTo(1);

        relabel(new Label(Classification.RESTRICTED, "MAR", Set.of()));
        mvc.perform(get("/attachments/" + id).session(liaison)).andExpect(status().isNotFound());
        assertThat(chunksSeenBy(israeli, id))
                .as("a direct select as the application's role with Israel's settings reads no chunk")
                .isZero();

        relabel(new Label(Classification.RESTRICTED, "MAR", Set.of("ISR", "FRA")));
        mvc.perform(get("/attachments/" + id).session(liaison)).andExpect(status().isOk());
        mvc.perform(get("/attachments/" + id).session(signIn(mvc, "planner.fra")))
                .andExpect(status().isNotFound());
        assertThat(chunksSeenBy(israeli, id)).isEqualTo(1);
        assertThat(chunksSeenBy(french, id))
                .as("widening the record does not release the file's bytes")
                .isZero();
    }

    /** The attachment's chunks an unfiltered select returns under the reader's settings. */
    private long chunksSeenBy(SystemSubject reader, long attachment) {
        return inTransaction(
                transactions,
                reader,
                () -> sql.sql("select count(*) from attachments.chunk where attachment_id = ?")
                        .param(attachment)
                        .query(Long.class)
                        .single());
    }

    @Test
    void whenTheTransactionRollsBackNeitherTheRowNorTheFileIsKept() throws Exception {
        long chunksBefore = storedChunks();
        var planner = new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL);
        planner.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                attachments.upload(
                        planner,
                        org.entente.shared.RecordType.COMMITTEE,
                        committee,
                        "draft.pdf",
                        new ByteArrayInputStream(pdf("d")));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertThat(storedChunks()).as("written inside the transaction").isEqualTo(chunksBefore + 1);
            status.setRollbackOnly();
        }));
        assertThat(stored()).isZero();
        assertThat(storedChunks()).isEqualTo(chunksBefore);
        try (Stream<Path> incoming = Files.list(files().resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void aRefusedUploadFromThePageSaysWhyInArabicAndStoresNothing() throws Exception {
        mvc.perform(multipart("/attachments/committee/" + committee)
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", png()))
                        .cookie(new Cookie("ENTENTE_LANG", "ar"))
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                // The error page says why, in the reader's language (the refusal path hands it the reason).
                .andExpect(status().reason(Matchers.containsString("محتوى الملف لا يطابق النوع الذي يدل عليه اسمه.")));
        mvc.perform(multipart("/attachments/committee/" + committee)
                        .file(new MockMultipartFile("file", "photo.png", "image/png", png()))
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/committees/" + committee + "?attached#attachments"));
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void sessionsTakeFilesFromTheirCommitteesWritersAndOrganizationsFromTheirNationsPlanners() throws Exception {
        long[] ids = inTransaction(transactions, HOST, () -> new long[] {
            sql.sql("select s.id from committees.session s join committees.committee c on c.id = s.committee_id"
                            + " where c.code = 'JMC-ISR-MAR' order by s.number limit 1")
                    .query(Long.class)
                    .single(),
            sql.sql("select id from partners.organization where abbreviation = 'DCI'")
                    .query(Long.class)
                    .single()
        });
        assertThat(uploadTo("planner.isr", "session", ids[0])
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        assertThat(uploadTo("liaison.isr", "session", ids[0])
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(uploadTo("planner.fra", "session", ids[0])
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(uploadTo("planner.mar", "organization", ids[1])
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        assertThat(uploadTo("planner.isr", "organization", ids[1])
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("released to Israel, but Morocco's to change")
                .isEqualTo(403);
    }

    private ResultActions uploadTo(String persona, String recordType, long recordId) throws Exception {
        return mvc.perform(multipart("/api/v1/attachments")
                .file(new MockMultipartFile("file", "note.pdf", "application/pdf", pdf(persona)))
                .param("recordType", recordType)
                .param("recordId", Long.toString(recordId))
                .session(signIn(mvc, persona))
                .with(csrf()));
    }

    @Test
    void aRecordTypeNobodyKnowsIsNotFound() throws Exception {
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("a")))
                        .param("recordType", "nothing")
                        .param("recordId", "1")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNameIsKeptWithoutItsPathAndSentBackEncoded() {
        assertThat(FileNames.clean("C:\\Users\\x\\..\\تقرير \u202Egpj.pdf")).isEqualTo("تقرير gpj.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.contentDisposition("محضر \"1\".pdf"))
                .isEqualTo("attachment; filename=\"______1_.pdf\"; filename*=UTF-8''"
                        + "%D9%85%D8%AD%D8%B6%D8%B1%20%221%22.pdf");
    }

    private ResultActions upload(String persona, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("recordType", "committee")
                .param("recordId", Long.toString(committee))
                .header("Accept-Language", "en")
                .cookie(new Cookie("ENTENTE_LANG", "en"))
                .session(signIn(mvc, persona))
                .with(csrf()));
    }

    private void relabel(Label label) {
        var planner = new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL);
        inTransaction(transactions, planner, () -> committees.relabel(planner, committee, label));
    }

    /** The test committee's attachment rows. */
    private long stored() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql(
                                "select count(*) from attachments.attachment where record_type = 'committee' and record_id = ?")
                        .param(committee)
                        .query(Long.class)
                        .single());
    }

    private Path files() {
        return properties.dataDir().resolve("files").toAbsolutePath().normalize();
    }

    /** The test committee's chunks, as the host sees them. */
    private long storedChunks() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("""
                        select count(*) from attachments.chunk c join attachments.attachment a on a.id = c.attachment_id
                         where a.record_type = 'committee' and a.record_id = ?""").param(committee).query(Long.class).single());
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx(String text) throws IOException {
        return office(
                "word/document.xml",
                "<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
    }

    static byte[] xlsx() throws IOException {
        return office("xl/workbook.xml", "<workbook/>");
    }

    private static byte[] office(String part, String xml) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var bytes = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
