package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageControllerTest {

    @Test
    void switchingLanguageReturnsOnlyToPathsOnThisSite() {
        assertThat(LanguageController.localPath("/committees?year=2026")).isEqualTo("/committees?year=2026");
        assertThat(LanguageController.localPath("https://elsewhere.example/")).isEqualTo("/");
        assertThat(LanguageController.localPath("//elsewhere.example/")).isEqualTo("/");
        assertThat(LanguageController.localPath("/\\elsewhere.example")).isEqualTo("/");
        assertThat(LanguageController.localPath(null)).isEqualTo("/");
    }
}
