package org.entente.shared.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void nulAndOtherC0ControlsAreRefusedEverywhereButTabAndLineBreaksInText() {
        assertThat(ControlCharacters.firstInText("abc\u0000def")).isEqualTo(3);
        assertThat(ControlCharacters.firstInText("\u0001")).isZero();
        assertThat(ControlCharacters.firstInText("\u001b[31m")).isZero();
        assertThat(ControlCharacters.firstInText("\u007f")).isZero();
        assertThat(ControlCharacters.firstInText("\u0085")).isZero();
        assertThat(ControlCharacters.isCleanText("line one\r\nline two\tcolumn"))
                .isTrue();
        assertThat(ControlCharacters.isCleanIdentifier("name\tx")).isFalse();
        assertThat(ControlCharacters.isCleanIdentifier("name\nx")).isFalse();
    }

    @Test
    void arabicAndHebrewTextKeepsItsMarksAndIsolatesButNotOverrides() {
        String arabic = "اللجنة\u200F المشتركة \u2067MAR-ISR\u2069 \u061C";
        String hebrew = "ועדה\u200E משותפת \u202Bטקסט\u202C";
        assertThat(ControlCharacters.isCleanText(arabic)).isTrue();
        assertThat(ControlCharacters.isCleanText(hebrew)).isTrue();
        assertThat(ControlCharacters.isCleanText("invoice\u202Efdp.exe")).isFalse();
        assertThat(ControlCharacters.isCleanText("\u202Dx")).isFalse();
    }

    @Test
    void identifiersRefuseEveryBidiEmbeddingOverrideAndIsolateButKeepMarks() {
        assertThat(ControlCharacters.isCleanIdentifier("تقرير\u200F.pdf")).isTrue();
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertThat(ControlCharacters.isCleanIdentifier("a" + c + "b"))
                    .as("U+%04X", (int) c)
                    .isFalse();
        }
    }

    @Test
    void unpairedSurrogatesAreRefusedAndPairsKept() {
        assertThat(ControlCharacters.isCleanText("emoji \uD83D\uDE00 ok")).isTrue();
        assertThat(ControlCharacters.firstInText("a\uD83D")).isEqualTo(1);
        assertThat(ControlCharacters.firstInText("a\uDE00b")).isEqualTo(1);
        assertThat(ControlCharacters.isCleanText(null)).isTrue();
    }
}
