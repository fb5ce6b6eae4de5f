package org.entente.audit;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import org.entente.identity.Viewer;
import org.entente.shared.PersonName;
import org.entente.shared.Translator;

/**
 * Who acted, as the audit page names them and the actor filter offers them (issue 16): a person by
 * their name in the reader's language, the system's own actors ({@code system}, {@code demo-loader},
 * {@code search-index}…) by a localized name ({@code audit.system.<login>}), never a login name. The
 * login stays in the title for an auditor who needs it; only an account that is no one's (a name
 * typed at a refused sign-in, an account not linked to a person) shows it, marked as such.
 */
public final class AuditActors {

    /** One actor the filter offers: the login it sends, the name it shows. */
    public record Choice(String login, String name) {}

    private final Viewer viewer;
    private final Translator messages;

    private AuditActors(Viewer viewer, Translator messages) {
        this.viewer = viewer;
        this.messages = messages;
    }

    static AuditActors forReader(Viewer viewer, Translator messages) {
        return new AuditActors(viewer, messages);
    }

    /** The system's own actor's name in the reader's language, or null for an account. */
    public String system(String login) {
        return login == null
                ? null
                : messages.find(viewer.locale(), "audit.system." + login).orElse(null);
    }

    /** The actor as one line of text: the system's name, the person's name, or the account marked as no one's. */
    public String name(String login) {
        String system = system(login);
        if (system != null) {
            return system;
        }
        PersonName person = viewer.person(login);
        if (person.named()) {
            return viewer.nameOf(person);
        }
        // A person the reader may not know shows as their nation's representative; no one's account, as typed.
        return person.nation() != null ? viewer.who(person) : viewer.t("audit.actor.nobody", login);
    }

    /** The actors to choose from, by name in the reader's alphabetical order (their people read at once). */
    List<Choice> choices(List<String> logins) {
        viewer.knowing(logins);
        Collator collator = Collator.getInstance(ULocale.forLocale(viewer.locale()));
        return logins.stream()
                .map(login -> new Choice(login, name(login)))
                .sorted(Comparator.comparing(Choice::name, collator))
                .toList();
    }
}
