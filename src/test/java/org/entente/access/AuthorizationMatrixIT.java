package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.entente.DemoApplicationTest;
import org.entente.identity.Accounts;
import org.entente.identity.NewAccount;
import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.entente.support.RunsAlongside;
import org.entente.workplans.ActivityDraft;
import org.entente.workplans.ActivityType;
import org.entente.workplans.NewPlan;
import org.entente.workplans.WorkPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route × every persona → the expected answer. The routes are enumerated from Spring's own
 * handler mappings: a route without a row here fails the build, and so does a row for a route
 * that no longer exists. Then, for every list, the number of records each persona sees.
 *
 * <p>Answers: {@code 200}; {@code 302} (done, redirected on); {@code LOGIN} (sent to sign in);
 * {@code 403}; {@code 404} (a record the persona may not know exists); {@code 422} (allowed
 * through, then refused as invalid input).
 */
@RunsAlongside
@DemoApplicationTest
// An application of its own, so that records other tests create cannot change the counts.
@TestPropertySource(properties = "spring.application.name=entente-authorization-matrix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    /** The personas, in the order of the columns below. */
    static final List<String> PERSONAS = List.of(
            "anonymous",
            "viewer.mar", // host, RESTRICTED
            "planner.mar", // host, CONFIDENTIAL, planner of every committee
            "admin.mar", // host, SECRET, administrator of MAR accounts
            "auditor.mar", // host, SECRET, auditor
            "liaison.isr", // partner, RESTRICTED, viewer of the Israel – Morocco committee
            "planner.isr", // partner, CONFIDENTIAL, planner of the Israel – Morocco committee
            "admin.isr", // partner, CONFIDENTIAL, administrator of ISR accounts
            "planner.fra"); // other partner, CONFIDENTIAL, planner of the France – Morocco commission

    /** The demo's projects and a milestone of Benslimane's, found in {@link #fixtures()}. */
    static long benslimane;

    static long workshop;
    static long benslimaneMilestone;

    record Row(String route, Function<Fixtures, AbstractMockHttpServletRequestBuilder<?>> request, String expected) {}

    /** Label fixtures: records of each kind of label, and accounts to administer. */
    record Fixtures(
            long israelMorocco,
            long franceMorocco,
            long hostInternal,
            long moroccanAccount,
            long israelMoroccoFile,
            long franceMoroccoFile,
            long memorandum,
            long franceMoroccoAgreement,
            long israeliMinistry,
            long hostPerson,
            long workPlan,
            long franceMoroccoPlan,
            long internalPlan,
            long activity,
            long indicator,
            long moroccanAction) {}

    static final List<Row> MATRIX = List.of(
            row("GET /", f -> get("/"), "LOGIN 200 200 200 200 200 200 200 200"),
            // What awaits the caller (branch execution): everyone signed in has a list of their own.
            row("GET /me/todo/count", f -> get("/me/todo/count"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("GET /api/v1/me/todo", f -> get("/api/v1/me/todo"), "401 200 200 200 200 200 200 200 200"),
            // notify18: everyone signed in has notifications of their own; the outbox is for administrators.
            row("GET /notifications", f -> get("/notifications"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("GET /notifications/bell", f -> get("/notifications/bell"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("POST /notifications/read", f -> post("/notifications/read"), "LOGIN 302 302 302 302 302 302 302 302"),
            row("POST /notifications/mail", f -> post("/notifications/mail"), "LOGIN 422 422 422 422 422 422 422 422"),
            row(
                    "GET /api/v1/me/notifications",
                    f -> get("/api/v1/me/notifications"),
                    "401 200 200 200 200 200 200 200 200"),
            row(
                    "POST /api/v1/me/notifications/read",
                    f -> post("/api/v1/me/notifications/read")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 200 200 200 200 200 200 200 200"),
            row("GET /admin/outbox", f -> get("/admin/outbox"), "LOGIN 403 403 200 403 403 403 200 403"),
            row("GET /login", f -> get("/login"), "200 302 302 302 302 302 302 302 302"),
            row("POST /language", f -> post("/language").param("lang", "en"), "302 302 302 302 302 302 302 302 302"),
            row("GET /account/password", f -> get("/account/password"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("POST /account/password", f -> post("/account/password"), "LOGIN 422 422 422 422 422 422 422 422"),
            // In the demo no second factor is owed: the check sends on, enrolling stays open to all.
            row("GET /login/second-factor", f -> get("/login/second-factor"), "LOGIN 302 302 302 302 302 302 302 302"),
            row(
                    "POST /login/second-factor",
                    f -> post("/login/second-factor").param("code", "1"),
                    "LOGIN 302 302 302 302 302 302 302 302"),
            row(
                    "GET /account/second-factor",
                    f -> get("/account/second-factor"),
                    "LOGIN 200 200 200 200 200 200 200 200"),
            row(
                    "POST /account/second-factor",
                    f -> post("/account/second-factor").param("code", "x"),
                    "LOGIN 422 422 422 422 422 422 422 422"),
            row("GET /committees", f -> get("/committees"), "LOGIN 200 200 200 200 200 200 200 200"),
            // RESTRICTED // REL TO MAR, ISR
            row(
                    "GET /committees/{id}",
                    f -> get("/committees/" + f.israelMorocco()),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            // RESTRICTED // REL TO MAR, FRA
            row(
                    "GET /committees/{id}",
                    f -> get("/committees/" + f.franceMorocco()),
                    "LOGIN 200 200 200 200 404 404 404 200"),
            // CONFIDENTIAL // MAR
            row(
                    "GET /committees/{id}",
                    f -> get("/committees/" + f.hostInternal()),
                    "LOGIN 404 200 200 200 404 404 404 404"),
            // Relabelling to the same label: allowed only to the owner nation's planners and administrators.
            row(
                    "POST /committees/{id}/label",
                    f -> sameLabel(f.israelMorocco(), "RESTRICTED", "ISR"),
                    "LOGIN 403 302 302 403 403 403 403 404"),
            row(
                    "POST /committees/{id}/label",
                    f -> sameLabel(f.hostInternal(), "CONFIDENTIAL"),
                    "LOGIN 404 302 302 403 404 404 404 404"),
            // Attaching needs a writing role in the committee; the record's label decides what is found at all.
            row(
                    "POST /attachments/{recordType}/{recordId}",
                    f -> multipart("/attachments/committee/" + f.israelMorocco()),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            row(
                    "POST /attachments/{recordType}/{recordId}",
                    f -> multipart("/attachments/committee/" + f.hostInternal()),
                    "LOGIN 404 422 422 403 404 404 404 404"),
            // An attachment carries its record's label: RESTRICTED // REL TO MAR, ISR, then REL TO MAR, FRA.
            row(
                    "GET /attachments/{id}",
                    f -> get("/attachments/" + f.israelMoroccoFile()),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "GET /attachments/{id}",
                    f -> get("/attachments/" + f.franceMoroccoFile()),
                    "LOGIN 200 200 200 200 404 404 404 200"),
            row(
                    "GET /api/v1/attachments",
                    f -> get("/api/v1/attachments")
                            .param("recordType", "committee")
                            .param("recordId", Long.toString(f.franceMorocco())),
                    "401 200 200 200 200 404 404 404 200"),
            row(
                    "POST /api/v1/attachments",
                    f -> multipart("/api/v1/attachments")
                            .param("recordType", "committee")
                            .param("recordId", Long.toString(f.israelMorocco())),
                    "401 403 422 422 403 403 422 422 404"),
            row(
                    "GET /api/v1/attachments/{id}/content",
                    f -> get("/api/v1/attachments/" + f.israelMoroccoFile() + "/content"),
                    "401 200 200 200 200 200 200 200 404"),
            // Sessions: the third Israel – Morocco session (RESTRICTED // REL TO MAR, ISR), its minutes signed by both.
            row(
                    "GET /committees/{id}/sessions/{number}",
                    f -> get("/committees/" + f.israelMorocco() + "/sessions/3"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "GET /committees/{id}/sessions/{number}",
                    f -> get("/committees/" + f.franceMorocco() + "/sessions/23"),
                    "LOGIN 200 200 200 200 404 404 404 200"),
            row(
                    "GET /committees/{id}/sessions/{number}/minutes",
                    f -> get("/committees/" + f.israelMorocco() + "/sessions/3/minutes"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "GET /committees/{id}/sessions/{number}/minutes/print",
                    f -> get("/committees/" + f.israelMorocco() + "/sessions/3/minutes/print"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/committees/{id}/sessions/{number}/minutes.pdf",
                    f -> get("/api/v1/committees/" + f.israelMorocco() + "/sessions/3/minutes.pdf?languages=ar,fr"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /committees/{id}/sessions/{number}/review",
                    f -> get("/committees/" + f.israelMorocco() + "/sessions/3/review"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            // Planning a session needs a writing role in the committee; an empty form is refused.
            row(
                    "GET /committees/{id}/sessions/new",
                    f -> get("/committees/" + f.israelMorocco() + "/sessions/new"),
                    "LOGIN 403 200 200 403 403 200 200 404"),
            row(
                    "POST /committees/{id}/sessions",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // The signed minutes are frozen: writers get as far as the refusal, nothing changes.
            row(
                    "POST /committees/{id}/sessions/{number}/minutes",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/minutes"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            row(
                    "POST /committees/{id}/sessions/{number}/decisions",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/decisions"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            row(
                    "POST /committees/{id}/sessions/{number}/corrigenda",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/corrigenda"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // Signing is each party's planners', for their own nation; both have signed already.
            row(
                    "POST /committees/{id}/sessions/{number}/signatures",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/signatures"),
                    "LOGIN 403 422 403 403 403 422 403 404"),
            row(
                    "POST /committees/{id}/sessions/{number}/action-items",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/action-items"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // Delegations, agenda and programme: the committee's writers; an empty form is refused.
            row(
                    "POST /committees/{id}/sessions/{number}/delegates",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/delegates"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            row(
                    "POST /committees/{id}/sessions/{number}/agenda",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/agenda"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            row(
                    "POST /committees/{id}/sessions/{number}/programme",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/programme"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // A session's own details: the writers of the nation that planned it (Morocco), refused here
            // because the session is held with its minutes signed; Israel's writers may not change Morocco's row.
            row(
                    "POST /committees/{id}/sessions/{number}/details",
                    f -> post("/committees/" + f.israelMorocco() + "/sessions/3/details"),
                    "LOGIN 403 422 422 403 403 403 403 404"),
            // A Moroccan action item: only Morocco's planners update it (here without a status: refused).
            row(
                    "POST /action-items/{id}",
                    f -> post("/action-items/" + f.moroccanAction()),
                    "LOGIN 403 422 403 403 403 403 403 404"),
            // The committees' API: lists hold what the caller may read; records it may not are 404.
            row("GET /api/v1/committees", f -> get("/api/v1/committees"), "401 200 200 200 200 200 200 200 200"),
            row(
                    "GET /api/v1/committees/{id}",
                    f -> get("/api/v1/committees/" + f.israelMorocco()),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/committees/{id}",
                    f -> get("/api/v1/committees/" + f.franceMorocco()),
                    "401 200 200 200 200 404 404 404 200"),
            row(
                    "GET /api/v1/committees/{id}/sessions",
                    f -> get("/api/v1/committees/" + f.franceMorocco() + "/sessions"),
                    "401 200 200 200 200 404 404 404 200"),
            row(
                    "GET /api/v1/committees/{id}/sessions/{number}",
                    f -> get("/api/v1/committees/" + f.israelMorocco() + "/sessions/3"),
                    "401 200 200 200 200 200 200 200 404"),
            row("GET /api/v1/action-items", f -> get("/api/v1/action-items"), "401 200 200 200 200 200 200 200 200"),
            row(
                    "GET /api/v1/action-items/{id}",
                    f -> get("/api/v1/action-items/" + f.moroccanAction()),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "POST /api/v1/action-items",
                    f -> post("/api/v1/action-items")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"committeeId\": " + f.israelMorocco() + "}"),
                    "401 403 422 422 403 403 422 422 404"),
            row(
                    "POST /api/v1/action-items/{id}/updates",
                    f -> post("/api/v1/action-items/" + f.moroccanAction() + "/updates")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 403 403 403 403 403 404"),
            // Creating a committee: planners and administrators, for their own nation; editing: its writers.
            row("GET /committees/new", f -> get("/committees/new"), "LOGIN 403 200 200 403 403 200 200 200"),
            row("POST /committees", f -> post("/committees"), "LOGIN 403 422 422 403 403 422 422 422"),
            row(
                    "GET /committees/{id}/edit",
                    f -> get("/committees/" + f.israelMorocco() + "/edit"),
                    "LOGIN 403 200 200 403 403 200 200 404"),
            row(
                    "POST /committees/{id}",
                    f -> post("/committees/" + f.israelMorocco()),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // A work plan of the Israel – Morocco committee (RESTRICTED // REL TO MAR, ISR) as a spreadsheet:
            // read by whoever reads the plan; imported by those with a writing role in the committee, as for any
            // proposal (planners and administrators; an empty body: 422).
            row(
                    "GET /api/v1/workplans/{id}/activities.xlsx",
                    f -> get("/api/v1/workplans/" + AuthorizationMatrixIT.workPlan + "/activities.xlsx"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/workplans/{id}/activities-template.xlsx",
                    f -> get("/api/v1/workplans/" + AuthorizationMatrixIT.workPlan + "/activities-template.xlsx"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "POST /api/v1/workplans/{id}/activities.xlsx",
                    f -> post("/api/v1/workplans/" + AuthorizationMatrixIT.workPlan + "/activities.xlsx"),
                    "401 403 422 422 403 403 422 422 404"),
            // Organizations and people: every signed-in persona gets a list of what it may read.
            row("GET /organizations", f -> get("/organizations"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("GET /people", f -> get("/people"), "LOGIN 200 200 200 200 200 200 200 200"),
            // Calendars: everyone signed in has a month view and feeds of their own; a feed's address
            // is its only key (no session), and an unknown one answers nothing, whoever asks.
            row("GET /calendar", f -> get("/calendar"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("GET /calendar/feeds", f -> get("/calendar/feeds"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("POST /calendar/feeds", f -> post("/calendar/feeds"), "LOGIN 422 422 422 422 422 422 422 422"),
            row(
                    "POST /calendar/feeds/{id}/revoke",
                    f -> post("/calendar/feeds/0/revoke"),
                    "LOGIN 404 404 404 404 404 404 404 404"),
            row(
                    "GET /calendar/{secret}.ics",
                    f -> get("/calendar/" + "x".repeat(43) + ".ics"),
                    "404 404 404 404 404 404 404 404 404"),
            row("GET /api/v1/organizations", f -> get("/api/v1/organizations"), "401 200 200 200 200 200 200 200 200"),
            row("GET /api/v1/people", f -> get("/api/v1/people"), "401 200 200 200 200 200 200 200 200"),
            // Creating them: the administrators and planners of any nation, for their own nation.
            row("GET /organizations/new", f -> get("/organizations/new"), "LOGIN 403 200 200 403 403 200 200 200"),
            row("POST /organizations", f -> post("/organizations"), "LOGIN 403 422 422 403 403 422 422 422"),
            row(
                    "POST /api/v1/organizations",
                    f -> post("/api/v1/organizations")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 422 422 422"),
            row("GET /people/new", f -> get("/people/new"), "LOGIN 403 200 200 403 403 200 200 200"),
            row("POST /people", f -> post("/people"), "LOGIN 403 422 422 403 403 422 422 422"),
            row(
                    "POST /api/v1/people",
                    f -> post("/api/v1/people")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 422 422 422"),
            // Editing: only the owner nation's (MAR) planners and administrators; an empty form changes nothing.
            // The Israeli ministry, UNCLASSIFIED // REL TO MAR, ISR, owned by MAR.
            row(
                    "GET /organizations/{id}/edit",
                    f -> get("/organizations/" + f.israeliMinistry() + "/edit"),
                    "LOGIN 403 200 200 403 403 403 403 404"),
            row(
                    "POST /organizations/{id}",
                    f -> post("/organizations/" + f.israeliMinistry()),
                    "LOGIN 403 422 422 403 403 403 403 404"),
            // An organization's page, with its attachments; attaching is writing it.
            row(
                    "GET /organizations/{id}",
                    f -> get("/organizations/" + f.israeliMinistry()),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "POST /attachments/{recordType}/{recordId}",
                    f -> multipart("/attachments/organization/" + f.israeliMinistry()),
                    "LOGIN 403 422 422 403 403 403 403 404"),
            // A Moroccan person, RESTRICTED // REL TO MAR, ISR.
            row("GET /people/{id}", f -> get("/people/" + f.hostPerson()), "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "GET /people/{id}/edit",
                    f -> get("/people/" + f.hostPerson() + "/edit"),
                    "LOGIN 403 200 200 403 403 403 403 404"),
            row("POST /people/{id}", f -> post("/people/" + f.hostPerson()), "LOGIN 403 422 422 403 403 403 403 404"),
            row("GET /agreements", f -> get("/agreements"), "LOGIN 200 200 200 200 200 200 200 200"),
            // The memorandum of understanding: RESTRICTED // REL TO MAR, ISR
            row(
                    "GET /agreements/{id}",
                    f -> get("/agreements/" + f.memorandum()),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            // The France – Morocco arrangement: RESTRICTED // REL TO MAR, FRA
            row(
                    "GET /agreements/{id}",
                    f -> get("/agreements/" + f.franceMoroccoAgreement()),
                    "LOGIN 200 200 200 200 404 404 404 200"),
            // An empty event: the owner nation's planners and administrators get as far as validation.
            row(
                    "POST /agreements/{id}/events",
                    f -> post("/agreements/" + f.memorandum() + "/events"),
                    "LOGIN 403 422 422 403 403 403 403 404"),
            row(
                    "POST /agreements/{id}/events",
                    f -> post("/agreements/" + f.franceMoroccoAgreement() + "/events"),
                    "LOGIN 403 422 422 403 404 404 404 403"),
            // Creating an agreement: planners and administrators of any nation, for their own nation.
            row("GET /agreements/new", f -> get("/agreements/new"), "LOGIN 403 200 200 403 403 200 200 200"),
            row("POST /agreements", f -> post("/agreements"), "LOGIN 403 422 422 403 403 422 422 422"),
            row(
                    "POST /api/v1/agreements",
                    f -> post("/api/v1/agreements")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 422 422 422"),
            // An empty context event: recorded under the same rule as agreements, then refused as invalid.
            row("POST /context-events", f -> post("/context-events"), "LOGIN 403 422 422 403 403 422 422 422"),
            row(
                    "GET /api/v1/context-events",
                    f -> get("/api/v1/context-events?nations=ISR,MAR"),
                    "401 200 200 200 200 200 200 200 200"),
            // Cooperation domains: the taxonomy for all, its administration for account administrators.
            row("GET /api/v1/domains", f -> get("/api/v1/domains"), "401 200 200 200 200 200 200 200 200"),
            row("GET /api/v1/nations", f -> get("/api/v1/nations"), "401 200 200 200 200 200 200 200 200"),
            // The API's OpenAPI document is public, as the source is.
            row("GET /v3/api-docs", f -> get("/v3/api-docs"), "200 200 200 200 200 200 200 200 200"),
            row("GET /v3/api-docs.yaml", f -> get("/v3/api-docs.yaml"), "200 200 200 200 200 200 200 200 200"),
            // Accounts through the API: administrators, their own nation's only.
            row("GET /api/v1/users", f -> get("/api/v1/users"), "401 403 403 200 403 403 403 200 403"),
            // Personal access tokens: everyone signed in manages their own; a token not theirs is absent.
            row("GET /account/tokens", f -> get("/account/tokens"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("POST /account/tokens", f -> post("/account/tokens"), "LOGIN 422 422 422 422 422 422 422 422"),
            row(
                    "POST /account/tokens/{id}/revoke",
                    f -> post("/account/tokens/999999999/revoke"),
                    "LOGIN 404 404 404 404 404 404 404 404"),
            row("GET /admin/domains", f -> get("/admin/domains"), "LOGIN 403 403 200 403 403 403 200 403"),
            row("POST /admin/domains", f -> post("/admin/domains"), "LOGIN 403 403 422 403 403 403 422 403"),
            // Renaming without names: refused, and the demo's domain stays as it is.
            row(
                    "POST /admin/domains/{code}",
                    f -> post("/admin/domains/INFORMATION_EXCHANGE"),
                    "LOGIN 403 403 422 403 403 403 422 403"),
            row(
                    "POST /admin/domains/{code}/retire",
                    f -> post("/admin/domains/NO_SUCH_DOMAIN/retire"),
                    "LOGIN 403 403 404 403 403 403 404 403"),
            row("GET /timeline", f -> get("/timeline?nations=ISR,MAR"), "LOGIN 200 200 200 200 200 200 200 200"),
            row(
                    "GET /timeline.pdf",
                    f -> get("/timeline.pdf?nations=ISR,MAR&languages=ar,en"),
                    "LOGIN 200 200 200 200 200 200 200 200"),
            row("GET /api/v1/agreements", f -> get("/api/v1/agreements"), "401 200 200 200 200 200 200 200 200"),
            row(
                    "GET /api/v1/agreements/{id}",
                    f -> get("/api/v1/agreements/" + f.memorandum()),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/agreements/{id}",
                    f -> get("/api/v1/agreements/" + f.franceMoroccoAgreement()),
                    "401 200 200 200 200 404 404 404 200"),
            // The agreement as a PDF: cut like the record itself.
            row(
                    "GET /api/v1/agreements/{id}/document.pdf",
                    f -> get("/api/v1/agreements/" + f.memorandum() + "/document.pdf?languages=ar,en"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/agreements/{id}/document.pdf",
                    f -> get("/api/v1/agreements/" + f.franceMoroccoAgreement() + "/document.pdf?languages=fr,ar"),
                    "401 200 200 200 200 404 404 404 200"),
            // Projects: Benslimane is RESTRICTED // REL TO MAR, ISR; the workshop RESTRICTED // REL TO MAR, FRA.
            row("GET /projects", f -> get("/projects"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("GET /projects/{id}", f -> get("/projects/" + benslimane), "LOGIN 200 200 200 200 200 200 200 404"),
            row("GET /projects/{id}", f -> get("/projects/" + workshop), "LOGIN 200 200 200 200 404 404 404 200"),
            row(
                    "GET /projects/{id}/report",
                    f -> get("/projects/" + benslimane + "/report"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            // Creating: the administrators and planners of any nation, for their own nation.
            row("GET /projects/new", f -> get("/projects/new"), "LOGIN 403 200 200 403 403 200 200 200"),
            row("POST /projects", f -> post("/projects"), "LOGIN 403 422 422 403 403 422 422 422"),
            // Changing and recording: only the owner nation's (MAR) planners and administrators.
            row(
                    "GET /projects/{id}/edit",
                    f -> get("/projects/" + benslimane + "/edit"),
                    "LOGIN 403 200 200 403 403 403 403 404"),
            row("POST /projects/{id}", f -> post("/projects/" + benslimane), "LOGIN 403 422 422 403 403 403 403 404"),
            row(
                    "POST /projects/{id}/milestones",
                    f -> post("/projects/" + benslimane + "/milestones"),
                    "LOGIN 403 422 422 403 403 403 403 404"),
            row(
                    "POST /projects/{id}/milestones/{milestoneId}",
                    f -> post("/projects/" + benslimane + "/milestones/" + benslimaneMilestone),
                    "LOGIN 403 422 422 403 403 403 403 404"),
            row(
                    "POST /projects/{id}/kpis",
                    f -> post("/projects/" + benslimane + "/kpis"),
                    "LOGIN 403 422 422 403 403 403 403 404"),
            row("GET /api/v1/projects", f -> get("/api/v1/projects"), "401 200 200 200 200 200 200 200 200"),
            row(
                    "GET /api/v1/projects/{id}",
                    f -> get("/api/v1/projects/" + benslimane),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "POST /api/v1/projects",
                    f -> post("/api/v1/projects")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 422 422 422"),
            row(
                    "POST /api/v1/projects/{id}/milestones",
                    f -> post("/api/v1/projects/" + benslimane + "/milestones")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 403 403 404"),
            row(
                    "PUT /api/v1/projects/{id}/milestones/{milestoneId}",
                    f -> put("/api/v1/projects/" + benslimane + "/milestones/" + benslimaneMilestone)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 403 403 404"),
            row(
                    "POST /api/v1/projects/{id}/kpis",
                    f -> post("/api/v1/projects/" + benslimane + "/kpis")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 403 403 404"),
            row("GET /admin/accounts", f -> get("/admin/accounts"), "LOGIN 403 403 200 403 403 403 200 403"),
            row(
                    "POST /admin/accounts",
                    f -> post("/admin/accounts").param("username", "X").param("clearance", "RESTRICTED"),
                    "LOGIN 403 403 422 403 403 403 422 403"),
            row(
                    "POST /admin/accounts/{id}/enabled",
                    f -> post("/admin/accounts/" + f.moroccanAccount() + "/enabled")
                            .param("enabled", "true"),
                    "LOGIN 403 403 302 403 403 403 404 403"),
            row(
                    "POST /admin/accounts/{id}/clearance",
                    f -> post("/admin/accounts/" + f.moroccanAccount() + "/clearance")
                            .param("clearance", "RESTRICTED"),
                    "LOGIN 403 403 302 403 403 403 404 403"),
            row(
                    "POST /admin/accounts/{id}/unlock",
                    f -> post("/admin/accounts/" + f.moroccanAccount() + "/unlock"),
                    "LOGIN 403 403 302 403 403 403 404 403"),
            row(
                    "POST /admin/accounts/{id}/password",
                    f -> post("/admin/accounts/" + f.moroccanAccount() + "/password"),
                    "LOGIN 403 403 200 403 403 403 404 403"),
            row("GET /audit", f -> get("/audit"), "LOGIN 403 403 403 200 403 403 403 403"),
            row("GET /audit/verify", f -> get("/audit/verify"), "LOGIN 403 403 403 200 403 403 403 403"),
            // Programs are answered 401, not sent to a sign-in page.
            row("GET /api/v1/audit/verify", f -> get("/api/v1/audit/verify"), "401 403 403 403 200 403 403 403 403"),
            row("GET /api/v1/audit/events", f -> get("/api/v1/audit/events"), "401 403 403 403 200 403 403 403 403"),
            row(
                    "POST /api/v1/audit/checkpoint",
                    f -> post("/api/v1/audit/checkpoint"),
                    "401 403 403 403 200 403 403 403 403"),
            // Work plans: the Israel – Morocco 2026 plan (signed, RESTRICTED // REL TO MAR, ISR), the France –
            // Morocco programme (REL TO MAR, FRA), the internal assessment (CONFIDENTIAL // MAR).
            row("GET /workplans", f -> get("/workplans"), "LOGIN 200 200 200 200 200 200 200 200"),
            row("POST /workplans", f -> post("/workplans"), "LOGIN 403 422 422 403 403 422 422 422"),
            row(
                    "GET /workplans/dashboard",
                    f -> get("/workplans/dashboard?year=2026"),
                    "LOGIN 200 200 200 200 200 200 200 200"),
            row("GET /workplans/{id}", f -> get("/workplans/" + f.workPlan()), "LOGIN 200 200 200 200 200 200 200 404"),
            // Execution (branch execution): rates read like the plan; closing the year and drafting the next
            // plan need a planner of a party; the 2026 plan has activities without a decision (422) and is
            // not closed, so next year's plan cannot be drafted from it yet (422).
            row(
                    "GET /workplans/{id}/rates",
                    f -> get("/workplans/" + f.workPlan() + "/rates"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "GET /workplans/{id}/close",
                    f -> get("/workplans/" + f.workPlan() + "/close"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "POST /workplans/{id}/close",
                    f -> post("/workplans/" + f.workPlan() + "/close"),
                    "LOGIN 403 422 403 403 403 422 403 404"),
            // nego15b: a closing is proposed by one party and decided by the other; closing 999 does not
            // exist; proposing without decisions is refused (422) for the planners of a party.
            row(
                    "POST /workplans/{id}/closings/{number}/{decision}",
                    f -> post("/workplans/" + f.workPlan() + "/closings/999/approve"),
                    "LOGIN 404 404 404 404 404 404 404 404"),
            row(
                    "GET /api/v1/workplans/{id}/closings",
                    f -> get("/api/v1/workplans/" + f.workPlan() + "/closings"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/workplans/{id}/closings/{number}",
                    f -> get("/api/v1/workplans/" + f.workPlan() + "/closings/999"),
                    "401 404 404 404 404 404 404 404 404"),
            row(
                    "POST /api/v1/workplans/{id}/closings",
                    f -> post("/api/v1/workplans/" + f.workPlan() + "/closings")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decisions\": []}"),
                    "401 403 422 403 403 403 422 403 404"),
            row(
                    "POST /api/v1/workplans/{id}/closings/{number}/approval",
                    f -> post("/api/v1/workplans/" + f.workPlan() + "/closings/999/approval"),
                    "401 404 404 404 404 404 404 404 404"),
            row(
                    "POST /api/v1/workplans/{id}/closings/{number}/rejection",
                    f -> post("/api/v1/workplans/" + f.workPlan() + "/closings/999/rejection")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 404 404 404 404 404 404 404 404"),
            row(
                    "POST /api/v1/workplans/{id}/closings/{number}/withdrawal",
                    f -> post("/api/v1/workplans/" + f.workPlan() + "/closings/999/withdrawal"),
                    "401 404 404 404 404 404 404 404 404"),
            row(
                    "POST /workplans/{id}/next-year",
                    f -> post("/workplans/" + f.workPlan() + "/next-year"),
                    "LOGIN 403 422 403 403 403 422 403 404"),
            row(
                    "GET /workplans/{id}/overview",
                    f -> get("/workplans/" + f.internalPlan() + "/overview"),
                    "LOGIN 404 200 200 200 404 404 404 404"),
            row(
                    "GET /api/v1/activities",
                    f -> get("/api/v1/activities?status=SCHEDULED&overdue=true&size=100"),
                    "401 200 200 200 200 200 200 200 200"),
            row(
                    "GET /workplans/{id}",
                    f -> get("/workplans/" + f.franceMoroccoPlan()),
                    "LOGIN 200 200 200 200 404 404 404 200"),
            row(
                    "GET /workplans/{id}",
                    f -> get("/workplans/" + f.internalPlan()),
                    "LOGIN 404 200 200 200 404 404 404 404"),
            // On a signed plan an empty proposal is an amendment refused as invalid, for those who may write.
            row(
                    "POST /workplans/{id}/activities",
                    f -> post("/workplans/" + f.workPlan() + "/activities"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // Approving needs a planner of the committee; a signed plan refuses it.
            row(
                    "POST /workplans/{id}/approve",
                    f -> post("/workplans/" + f.workPlan() + "/approve"),
                    "LOGIN 403 422 403 403 403 422 403 404"),
            row(
                    "GET /workplans/{id}/sign",
                    f -> get("/workplans/" + f.workPlan() + "/sign"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "POST /workplans/{id}/sign",
                    f -> post("/workplans/" + f.workPlan() + "/sign"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // The signed plan and the execution report as PDFs: cut like the plan itself.
            row(
                    "GET /api/v1/workplans/{id}/document.pdf",
                    f -> get("/api/v1/workplans/" + f.workPlan() + "/document.pdf?languages=ar,en"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/workplans/{id}/document.pdf",
                    f -> get("/api/v1/workplans/" + f.internalPlan() + "/document.pdf?languages=fr,ar"),
                    "401 404 200 200 200 404 404 404 404"),
            row(
                    "GET /api/v1/workplans/{id}/report.pdf",
                    f -> get("/api/v1/workplans/" + f.workPlan() + "/report.pdf?languages=ar,en"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/workplans/{id}/report.pdf",
                    f -> get("/api/v1/workplans/" + f.franceMoroccoPlan() + "/report.pdf?languages=fr,ar"),
                    "401 200 200 200 200 404 404 404 200"),
            row(
                    "GET /workplans/{id}/baseline",
                    f -> get("/workplans/" + f.workPlan() + "/baseline"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            // An empty actual value: refused as invalid for those who may write the plan.
            row(
                    "POST /workplans/{id}/indicators/{indicator}/actuals",
                    f -> post("/workplans/" + f.workPlan() + "/indicators/" + f.indicator() + "/actuals"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            row(
                    "GET /workplans/{id}/overview",
                    f -> get("/workplans/" + f.workPlan() + "/overview"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            // plancore: an amendment's page and its decisions; amendment 999 does not exist.
            row(
                    "GET /workplans/{id}/amendments/{number}",
                    f -> get("/workplans/" + f.workPlan() + "/amendments/999"),
                    "LOGIN 404 404 404 404 404 404 404 404"),
            row(
                    "POST /workplans/{id}/amendments/{number}/{decision}",
                    f -> post("/workplans/" + f.workPlan() + "/amendments/999/approve"),
                    "LOGIN 404 404 404 404 404 404 404 404"),
            row(
                    "GET /api/v1/workplans/{id}/amendments",
                    f -> get("/api/v1/workplans/" + f.workPlan() + "/amendments"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/workplans/{id}/amendments/{number}",
                    f -> get("/api/v1/workplans/" + f.workPlan() + "/amendments/999"),
                    "401 404 404 404 404 404 404 404 404"),
            row(
                    "POST /api/v1/workplans/{id}/amendments/{number}/approval",
                    f -> post("/api/v1/workplans/" + f.workPlan() + "/amendments/999/approval"),
                    "401 404 404 404 404 404 404 404 404"),
            row(
                    "POST /api/v1/workplans/{id}/amendments/{number}/rejection",
                    f -> post("/api/v1/workplans/" + f.workPlan() + "/amendments/999/rejection")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 404 404 404 404 404 404 404 404"),
            row(
                    "GET /activities/{id}",
                    f -> get("/activities/" + f.activity()),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "POST /activities/{id}",
                    f -> post("/activities/" + f.activity()),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            row(
                    "POST /activities/{id}/approve",
                    f -> post("/activities/" + f.activity() + "/approve"),
                    "LOGIN 403 422 403 403 403 422 403 404"),
            // Executing without actual dates: refused as invalid for those who may write.
            row(
                    "POST /activities/{id}/{step}",
                    f -> post("/activities/" + f.activity() + "/execute"),
                    "LOGIN 403 422 422 403 403 422 422 404"),
            // collab18: comments on the Israel – Morocco activity. Whoever may read a record may comment on it
            // (an empty comment is refused: 422) and watch it; planner.fra may not know it exists.
            row(
                    "GET /comments/{recordType}/{recordId}",
                    f -> get("/comments/activity/" + f.activity()),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            row(
                    "POST /comments/{recordType}/{recordId}",
                    f -> post("/comments/activity/" + f.activity()).param("body", " "),
                    "LOGIN 422 422 422 422 422 422 422 404"),
            row(
                    "GET /comments/{recordType}/{recordId}/people",
                    f -> get("/comments/activity/" + f.activity() + "/people").param("q", "planner"),
                    "LOGIN 200 200 200 200 200 200 200 404"),
            // No comment 0: not found, whoever asks.
            row("GET /comments/{id}", f -> get("/comments/0"), "LOGIN 404 404 404 404 404 404 404 404"),
            row(
                    "POST /comments/{id}/versions",
                    f -> post("/comments/0/versions").param("body", "x"),
                    "LOGIN 404 404 404 404 404 404 404 404"),
            row(
                    "POST /watching/{recordType}/{recordId}",
                    f -> post("/watching/activity/" + f.activity()).param("watch", "false"),
                    "LOGIN 302 302 302 302 302 302 302 404"),
            row(
                    "GET /api/v1/comments",
                    f -> get("/api/v1/comments").param("record", "activity:" + f.activity()),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "POST /api/v1/comments",
                    f -> post("/api/v1/comments")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"record\": \"activity:" + f.activity() + "\", \"body\": \" \"}"),
                    "401 422 422 422 422 422 422 422 404"),
            row("GET /api/v1/workplans", f -> get("/api/v1/workplans"), "401 200 200 200 200 200 200 200 200"),
            row(
                    "GET /api/v1/workplans/{id}",
                    f -> get("/api/v1/workplans/" + f.workPlan()),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "GET /api/v1/workplans/{id}/activities",
                    f -> get("/api/v1/workplans/" + f.workPlan() + "/activities"),
                    "401 200 200 200 200 200 200 200 404"),
            row(
                    "POST /api/v1/workplans/{id}/activities",
                    f -> post("/api/v1/workplans/" + f.workPlan() + "/activities")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 422 422 403 403 422 422 404"),
            row(
                    "GET /api/v1/activities/{id}",
                    f -> get("/api/v1/activities/" + f.activity()),
                    "401 200 200 200 200 200 200 200 404"),
            // Without If-Match, a writer is told to send one (428).
            row(
                    "PUT /api/v1/activities/{id}",
                    f -> put("/api/v1/activities/" + f.activity())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    "401 403 428 428 403 403 428 428 404"),
            row(
                    "POST /api/v1/activities/{id}/approvals",
                    f -> post("/api/v1/activities/" + f.activity() + "/approvals"),
                    "401 403 422 403 403 403 422 403 404"),
            // search17: search answers every signed-in reader, from what that reader may read
            row("GET /search", f -> get("/search").param("q", "Benslimane"), "LOGIN 200 200 200 200 200 200 200 200"),
            row(
                    "GET /search/suggestions",
                    f -> get("/search/suggestions").param("q", "Bensli"),
                    "LOGIN 200 200 200 200 200 200 200 200"),
            row(
                    "GET /api/v1/search",
                    f -> get("/api/v1/search").param("q", "Benslimane"),
                    "401 200 200 200 200 200 200 200 200"),
            row("GET /admin/search", f -> get("/admin/search"), "LOGIN 403 403 200 403 403 403 200 403"),
            row("* /error", f -> get("/error"), "500 500 500 500 500 500 500 500 500"));

    /** How many records each persona finds in each list (same columns; anonymous sees none). */
    static final Map<String, String> VISIBLE_RECORDS = Map.of(
            "committee cards on the home page", "0 3 4 4 4 1 1 1 1",
            "committee cards on the committee list", "0 3 4 4 4 1 1 1 1",
            "work plans on the list", "0 4 5 5 5 3 3 3 1");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient sql;

    @Autowired
    Accounts accounts;

    @Autowired
    PlatformTransactionManager transactions;

    Fixtures fixtures;

    /** A work plan of the Israel – Morocco committee with one activity (for the spreadsheet routes). */
    static long workPlan;

    @Autowired
    WorkPlans workPlans;

    final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() throws Exception {
        var host = new SystemSubject("matrix", "MAR", Classification.SECRET);
        Map<String, Long> committees = host.run(() -> new TransactionTemplate(transactions).execute(status -> {
            Map<String, Long> ids = new LinkedHashMap<>();
            sql.sql("select code, id from committees.committee")
                    .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                    .list();
            return ids;
        }));
        Map<String, Long> agreements = host.run(() -> new TransactionTemplate(transactions).execute(status -> {
            Map<String, Long> ids = new LinkedHashMap<>();
            sql.sql("select kind, parties, min(id) from agreements.agreement group by kind, parties")
                    .query((rs, n) -> ids.put(
                            rs.getString(1) + " "
                                    + String.join(",", (String[]) rs.getArray(2).getArray()),
                            rs.getLong(3)))
                    .list();
            return ids;
        }));
        long[] partners = host.run(() -> new TransactionTemplate(transactions).execute(status -> new long[] {
            sql.sql("select id from partners.organization where abbreviation = 'IMOD'")
                    .query(Long.class)
                    .single(),
            sql.sql("select min(id) from partners.person where nation = 'MAR' and releasable_to = '{ISR}'")
                    .query(Long.class)
                    .single(),
            sql.sql(
                            "select min(a.id) from committees.action_item a join committees.committee c on c.id = a.committee_id"
                                    + " where c.code = 'JMC-ISR-MAR' and a.party = 'MAR'")
                    .query(Long.class)
                    .single()
        }));
        long[] plans = host.run(() -> new TransactionTemplate(transactions).execute(status -> {
            long jmc = sql.sql("select id from workplans.plan where committee_code = 'JMC-ISR-MAR' and year = 2026")
                    .query(Long.class)
                    .single();
            return new long[] {
                jmc,
                sql.sql("select id from workplans.plan where committee_code = 'CMM-FRA-MAR' and year = 2026")
                        .query(Long.class)
                        .single(),
                sql.sql("select id from workplans.plan where committee_code = 'PREP-MAR'")
                        .query(Long.class)
                        .single(),
                sql.sql("select min(id) from workplans.activity where plan_id = :plan and status = 'PLANNED'")
                        .param("plan", jmc)
                        .query(Long.class)
                        .single(),
                sql.sql("""
                                select min(i.id) from workplans.indicator i
                                  join workplans.objective o on o.id = i.objective_id where o.plan_id = :plan""").param("plan", jmc).query(Long.class).single()
            };
        }));
        host.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            benslimane = sql.sql("select id from projects.project where title->>'en' like '%Benslimane'")
                    .query(Long.class)
                    .single();
            workshop = sql.sql("select id from projects.project where 'FRA' = any(releasable_to)")
                    .query(Long.class)
                    .single();
            benslimaneMilestone = sql.sql("select min(id) from projects.milestone where project_id = ?")
                    .param(benslimane)
                    .query(Long.class)
                    .single();
        }));
        accounts.create(new NewAccount(
                "matrix.mar",
                "a long enough pass phrase",
                "MAR",
                Classification.RESTRICTED,
                "en",
                false,
                false,
                false));
        long account = sql.sql("select id from identity.account where username = 'matrix.mar'")
                .query(Long.class)
                .single();
        for (String persona : PERSONAS.subList(1, PERSONAS.size())) {
            sessions.put(persona, signIn(mvc, persona));
        }
        var planner = new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL);
        workPlan = planner.run(() -> new TransactionTemplate(transactions).execute(status -> {
            long plan = workPlans.create(
                    planner,
                    new NewPlan(
                            committees.get("JMC-ISR-MAR"), 2035, LocalizedText.of("en", "Matrix plan"), null, true));
            workPlans.propose(
                    planner,
                    plan,
                    new ActivityDraft(
                            LocalizedText.of("en", "Matrix activity"),
                            null,
                            ActivityType.WORKING_MEETING,
                            "TRAINING_EDUCATION",
                            List.of(),
                            "MAR",
                            "ISR",
                            null,
                            2,
                            null,
                            null,
                            Map.of(),
                            WorkPlans.SHARED_COSTS));
            return plan;
        }));
        fixtures = new Fixtures(
                committees.get("JMC-ISR-MAR"),
                committees.get("CMM-FRA-MAR"),
                committees.get("PREP-MAR"),
                account,
                attach(committees.get("JMC-ISR-MAR")),
                attach(committees.get("CMM-FRA-MAR")),
                agreements.get("MEMORANDUM_OF_UNDERSTANDING ISR,MAR"),
                agreements.get("TECHNICAL_ARRANGEMENT FRA,MAR"),
                partners[0],
                partners[1],
                plans[0],
                plans[1],
                plans[2],
                plans[3],
                plans[4],
                partners[2]);
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> routes = new TreeSet<>(Routes.of(mappings).keySet());
        Set<String> rows = new TreeSet<>();
        MATRIX.forEach(row -> rows.add(row.route()));
        assertThat(rows).as("rows of the matrix").isEqualTo(routes);
    }

    @Test
    void everyPersonaGetsTheExpectedAnswerOnEveryRoute() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : MATRIX) {
            String[] expected = row.expected().split(" ");
            assertThat(expected).as(row.route()).hasSize(PERSONAS.size());
            for (int i = 0; i < PERSONAS.size(); i++) {
                String answer = answer(perform(row.request().apply(fixtures), PERSONAS.get(i)));
                if (!answer.equals(expected[i])) {
                    wrong.add("%s as %s: expected %s, got %s"
                            .formatted(row.route(), PERSONAS.get(i), expected[i], answer));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyListHoldsExactlyWhatEachPersonaMaySee() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, String> pages = Map.of(
                "committee cards on the home page", "/",
                "committee cards on the committee list", "/committees",
                "work plans on the list", "/workplans");
        for (var list : VISIBLE_RECORDS.entrySet()) {
            String[] expected = list.getValue().split(" ");
            for (int i = 0; i < PERSONAS.size(); i++) {
                MvcResult result = perform(get(pages.get(list.getKey())), PERSONAS.get(i));
                int count = result.getResponse().getStatus() == 200
                        ? count(
                                result.getResponse().getContentAsString(),
                                list.getKey().startsWith("work plans")
                                        ? "<tr class=\"plan-row\">"
                                        : "<li class=\"card\">")
                        : 0;
                if (count != Integer.parseInt(expected[i])) {
                    wrong.add("%s for %s: expected %s, got %d"
                            .formatted(list.getKey(), PERSONAS.get(i), expected[i], count));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String persona) throws Exception {
        request.with(csrf()).cookie(new Cookie("ENTENTE_LANG", "en"));
        if (!persona.equals("anonymous")) {
            request.session(sessions.get(persona));
        }
        return mvc.perform(request).andReturn();
    }

    private static String answer(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 302 && location != null && location.endsWith("/login")) {
            return "LOGIN";
        }
        return Integer.toString(status);
    }

    /** A small PDF attached by the host's planner; its id. */
    private long attach(long committee) throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String json = perform(
                        multipart("/api/v1/attachments")
                                .file(new MockMultipartFile("file", "matrix.pdf", "application/pdf", pdf))
                                .param("recordType", "committee")
                                .param("recordId", Long.toString(committee)),
                        "planner.mar")
                .getResponse()
                .getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
    }

    /** A relabel to the label the committee already has: harmless when allowed. */
    private static MockHttpServletRequestBuilder sameLabel(
            long committee, String classification, String... releasableTo) {
        return post("/committees/" + committee + "/label")
                .param("classification", classification)
                .param("releasableTo", releasableTo);
    }

    private static int count(String text, String needle) {
        return (int)
                Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }

    private static Row row(
            String route, Function<Fixtures, AbstractMockHttpServletRequestBuilder<?>> request, String expected) {
        return new Row(route, request, expected);
    }
}
