package org.entente.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.shared.Refused;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    private static String refusal(String body) {
        return CommentText.refusal(body)
                .map(r -> r.fields().get(0).field() + "=" + r.fields().get(0).messageKey())
                .orElse("");
    }

    @Test
    void emptyWhitespaceAndInvisibleTextsAreRefusedOnTheBodyField() {
        assertThat(refusal(null)).isEqualTo("body=comments.error.blank");
        assertThat(refusal("")).isEqualTo("body=comments.error.blank");
        assertThat(refusal(" \n\t\u00a0\u202f")).isEqualTo("body=comments.error.blank");
        // What a right-to-left keyboard types without showing: marks and zero-width spaces.
        assertThat(refusal("\u200f\u200b\u061c")).isEqualTo("body=comments.error.blank");
        assertThat(refusal("ok")).isEmpty();
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        assertThat(refusal("a".repeat(CommentText.MAX_LENGTH))).isEmpty();
        assertThat(refusal("a".repeat(CommentText.MAX_LENGTH + 1))).isEqualTo("body=comments.error.tooLong");
        // An emoji is two UTF-16 units but one character, as PostgreSQL's char_length counts.
        assertThat(refusal("😀".repeat(CommentText.MAX_LENGTH))).isEmpty();
    }

    @Test
    void directionOverridesAreRefusedButMarksAndJoinersKept() {
        assertThat(refusal("abc \u202e cba")).isEqualTo("body=text.refused.bidiControls");
        assertThat(refusal("open \u2067 isolate")).isEqualTo("body=text.refused.bidiControls");
        assertThat(refusal("سلام\u200f ok \u200d")).isEmpty();
    }

    @Test
    void ofThrowsTheRefusal() {
        assertThatThrownBy(() -> CommentText.of("  ")).isInstanceOf(Refused.class);
    }

    @Test
    void mentionsAreUsernamesAfterAnAtNotEmailAddresses() {
        CommentText text = CommentText.of(
                "@planner.mar please see this, cc @Liaison.ISR. Mail ops@example.org, not @planner.mar again; (@admin.isr)");
        assertThat(text.mentions()).containsExactly("planner.mar", "liaison.isr", "admin.isr");
        assertThat(CommentText.of("no one here: a@b and x @ y").mentions()).isEmpty();
    }

    @Test
    void tooManyMentionsAreRefused() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= CommentText.MAX_MENTIONS; i++) {
            body.append("@user").append(i).append(' ');
        }
        assertThat(refusal(body.toString())).isEqualTo("body=comments.error.tooManyMentions");
    }
}
