package org.entente.demo;

import static org.entente.shared.Classification.RESTRICTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.committees.ActionItems;
import org.entente.committees.ActionItems.ActionDraft;
import org.entente.committees.ActionStatus;
import org.entente.committees.Cadence;
import org.entente.committees.CoChair;
import org.entente.committees.Committees;
import org.entente.committees.DelegateRole;
import org.entente.committees.Sessions;
import org.entente.partners.People;
import org.entente.partners.PersonSummary;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/**
 * What happened at the demo's sessions: delegations, agenda, programme, decisions, minutes,
 * signatures and action items. Public facts (seed-scenario.md): the third Israel – Morocco session
 * in Tel Aviv, December 2025, with working meetings, field visits to units and defence industries, a
 * special session on capability building, the shared objectives and the 2026 plan signed; the
 * France – Morocco 22nd and 23rd sessions and what they reviewed and fixed; the United States –
 * Morocco 12th and 13th sessions and the 2020–2030 roadmap. The Joint Military Committee's heads of
 * delegation are the demo's invented people ({@link DemoPeople}); the other delegates are named by
 * their function (plain words, no marker: the minutes show them as a name), never by a real person's
 * name; the minutes' wording, the other decisions and every action item are illustrative. What the
 * third session recorded is {@link DemoThirdSession}'s, the other partners' sessions {@link
 * DemoPartnerSessions}'.
 */
@Component
class DemoSessions {

    private final Committees committees;
    private final Sessions sessions;
    private final ActionItems actions;
    private final People people;

    DemoSessions(Committees committees, Sessions sessions, ActionItems actions, People people) {
        this.committees = committees;
        this.sessions = sessions;
        this.actions = actions;
        this.people = people;
    }

    void load(Subject loader, long jmc, long cmm, long dcc) {
        List<PersonSummary> persons = people.visibleTo(loader, 0, 100).items();
        PersonSummary moroccanHead = person(persons, DemoPeople.MOROCCAN_DIRECTOR);
        PersonSummary israeliHead = person(persons, DemoPeople.ISRAELI_DIVISION_HEAD);
        Long liaison = idOf(person(persons, DemoPeople.MOROCCAN_LIAISON));
        loadIsraelMorocco(loader, jmc, moroccanHead, israeliHead);
        var partners = new DemoPartnerSessions(committees, sessions, this::action);
        partners.loadFranceMorocco(
                loader,
                cmm,
                liaison,
                person(persons, DemoPeople.FRENCH_CO_CHAIR),
                person(persons, DemoPeople.MOROCCAN_INSPECTOR));
        partners.loadUnitedStatesMorocco(
                loader,
                dcc,
                person(persons, DemoPeople.AMERICAN_CO_CHAIR),
                person(persons, DemoPeople.MOROCCAN_CONSULTATIVE_CO_CHAIR));
    }

    private void loadIsraelMorocco(Subject loader, long jmc, PersonSummary moroccanHead, PersonSummary israeliHead) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        committees.describe(
                jmc,
                null,
                List.of(
                        new CoChair(
                                "MAR",
                                text(
                                        "Direction de la coopération internationale",
                                        "مديرية التعاون الدولي",
                                        "Directorate of International Cooperation",
                                        "מנהלת שיתוף הפעולה הבינלאומי"),
                                DemoPeople.MOROCCAN_DIRECTOR.function(),
                                idOf(moroccanHead)),
                        new CoChair(
                                "ISR",
                                // The directorate alone: the position already names the division
                                // ("head of the international cooperation division, planning directorate").
                                text(
                                        "Direction de la planification",
                                        "مديرية التخطيط",
                                        "Planning Directorate",
                                        "אגף התכנון"),
                                DemoPeople.ISRAELI_DIVISION_HEAD.function(),
                                idOf(israeliHead))),
                text(
                        "Bureau de la coopération bilatérale (illustratif)",
                        "مكتب التعاون الثنائي (توضيحي)",
                        "Bilateral cooperation office (illustrative)",
                        "משרד שיתוף הפעולה הדו-צדדי (להמחשה)"),
                Cadence.ANNUAL,
                true,
                joint);
        if (moroccanHead != null) {
            committees.addMember(jmc, moroccanHead.id(), "MAR", joint);
        }
        if (israeliHead != null) {
            committees.addMember(jmc, israeliHead.id(), "ISR", joint);
        }

        long first = sessions.idOf(loader, jmc, 1);
        heads(first, moroccanHead, israeliHead, joint);
        sessions.addDecision(
                first,
                text(
                        "La commission adopte son règlement intérieur et une réunion annuelle, alternativement en Israël et au Maroc (illustratif).",
                        "تعتمد اللجنة نظامها الداخلي واجتماعا سنويا بالتناوب بين إسرائيل والمغرب (توضيحي).",
                        "The committee adopts its rules of procedure and an annual meeting, alternately in Israel and Morocco (illustrative).",
                        "הוועדה מאמצת את תקנונה ומפגש שנתי, לסירוגין בישראל ובמרוקו (להמחשה)."),
                joint);
        long second = sessions.idOf(loader, jmc, 2);
        heads(second, moroccanHead, israeliHead, joint);
        sessions.addDecision(
                second,
                text(
                        "Les parties arrêtent les priorités de coopération pour 2023–2024 (illustratif).",
                        "يحدد الطرفان أولويات التعاون لسنتي 2023–2024 (توضيحي).",
                        "The parties set the cooperation priorities for 2023–2024 (illustrative).",
                        "הצדדים קובעים את סדרי העדיפויות לשיתוף הפעולה לשנים 2023–2024 (להמחשה)."),
                joint);

        long third = sessions.idOf(loader, jmc, 3);
        heads(third, moroccanHead, israeliHead, joint);
        new DemoThirdSession(sessions).record(third, joint);

        long done = action(
                jmc,
                third,
                2,
                "MAR",
                text(
                        "Direction de la coopération internationale",
                        "مديرية التعاون الدولي",
                        "Directorate of International Cooperation",
                        "אגף שיתוף הפעולה הבינלאומי"),
                LocalDate.of(2026, 1, 31),
                joint,
                text(
                        "Diffuser le plan 2026 signé aux unités concernées",
                        "تعميم خطة 2026 الموقعة على الوحدات المعنية",
                        "Circulate the signed 2026 plan to the units concerned",
                        "הפצת תוכנית 2026 החתומה ליחידות הנוגעות בדבר"));
        actions.addNote(
                done,
                "planner.mar",
                Instant.parse("2026-01-20T09:00:00Z"),
                ActionStatus.DONE,
                text(
                        "Diffusé aux unités le 20 janvier 2026.",
                        "عُمّم على الوحدات يوم 20 يناير 2026.",
                        "Circulated to the units on 20 January 2026.",
                        "הופץ ליחידות ב-20 בינואר 2026."),
                joint);
        action(
                jmc,
                third,
                3,
                "MAR",
                text(
                        "Direction de la coopération internationale",
                        "مديرية التعاون الدولي",
                        "Directorate of International Cooperation",
                        "אגף שיתוף הפעולה הבינלאומי"),
                LocalDate.of(2026, 9, 30),
                joint,
                text(
                        "Proposer les dates de la quatrième session à Rabat",
                        "اقتراح تواريخ الدورة الرابعة بالرباط",
                        "Propose the dates of the fourth session in Rabat",
                        "הצעת מועדים לישיבה הרביעית ברבאט"));
        long catalogue = action(
                jmc,
                third,
                1,
                "ISR",
                text(
                        "Division de la coopération internationale",
                        "قسم التعاون الدولي",
                        "International Cooperation Division",
                        "חטיבת שיתוף הפעולה הבינלאומי"),
                LocalDate.of(2026, 6, 30),
                joint,
                text(
                        "Transmettre le catalogue des formations pour les ingénieurs et techniciens marocains",
                        "إرسال دليل الدورات التكوينية للمهندسين والتقنيين المغاربة",
                        "Send the training catalogue for Moroccan engineers and technicians",
                        "העברת קטלוג ההכשרות למהנדסים ולטכנאים ממרוקו"));
        actions.addNote(
                catalogue,
                "planner.isr",
                Instant.parse("2026-05-12T10:00:00Z"),
                ActionStatus.IN_PROGRESS,
                text(
                        "Projet de catalogue en cours d’examen.",
                        "مشروع الدليل قيد الدراسة.",
                        "Draft catalogue under review.",
                        "טיוטת הקטלוג בבדיקה."),
                joint);
        action(
                jmc,
                third,
                1,
                "ISR",
                text("Direction de la planification", "مديرية التخطيط", "Planning Directorate", "אגף התכנון"),
                LocalDate.of(2027, 1, 15),
                joint,
                text(
                        "Désigner les points de contact pour le renforcement des capacités",
                        "تعيين نقاط الاتصال الخاصة ببناء القدرات",
                        "Name the points of contact for capability building",
                        "מינוי אנשי קשר לבניין היכולות"));
    }

    /** Both heads of delegation, each linked to their person record. */
    private void heads(long session, PersonSummary moroccanHead, PersonSummary israeliHead, Label label) {
        head(sessions, session, DemoPeople.ISRAELI_DIVISION_HEAD, israeliHead, label);
        head(sessions, session, DemoPeople.MOROCCAN_DIRECTOR, moroccanHead, label);
    }

    /**
     * A head of delegation under the name their person record carries, linked to it, so that the
     * session page and the minutes read "name — role, rank, function"; without a record (none the
     * loader may read) the name alone.
     */
    static void head(Sessions sessions, long session, DemoPeople.Figure figure, PersonSummary person, Label label) {
        sessions.addDelegate(
                session,
                figure.nation(),
                idOf(person),
                person == null ? figure.name() : person.name(),
                DelegateRole.HEAD,
                label);
    }

    static Long idOf(PersonSummary person) {
        return person == null ? null : person.id();
    }

    /** Records an action item under a session's numbered decision (the demo's, flagged illustrative). */
    interface ActionRecorder {
        long action(
                long committee,
                long session,
                int decision,
                String party,
                LocalizedText responsible,
                LocalDate due,
                Label label,
                LocalizedText title);
    }

    private long action(
            long committee,
            long session,
            int decision,
            String party,
            LocalizedText responsible,
            LocalDate due,
            Label label,
            LocalizedText title) {
        Long decisionId = sessions.decisionId(session, decision);
        return actions.add(
                committee,
                session,
                decisionId,
                new ActionDraft(null, decision, title, party, responsible, due),
                true,
                label);
    }

    static PersonSummary person(List<PersonSummary> persons, DemoPeople.Figure figure) {
        return persons.stream()
                .filter(p -> figure.name()
                        .values()
                        .get("en")
                        .equals(p.name().values().get("en")))
                .findFirst()
                .orElse(null);
    }

    private static LocalizedText text(String fr, String ar, String en, String he) {
        return DemoPeople.text(fr, ar, en, he);
    }
}
