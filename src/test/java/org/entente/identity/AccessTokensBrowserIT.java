package org.entente.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * A planner creates a personal access token from the account menu in Chromium, copies it once, a
 * program uses it, and the page shows its last use; then in Arabic, right to left, it is revoked.
 * Screenshots: {@code target/screenshots/tokens-*.png}.
 */
@DemoApplicationTest
class AccessTokensBrowserIT extends BrowserTest {

    @Test
    void aPlannerCreatesUsesAndRevokesATokenInEnglishThenArabic() throws Exception {
        signInAs("planner.isr", "en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Access tokens"))
                .click();
        assertThat(page).hasURL(url("/account/tokens"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Personal access tokens");
        page.getByLabel("Name").fill("Nightly report");
        page.getByLabel("Scope").selectOption("READ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the token"))
                .click();
        assertThat(page.locator("#new-token")).containsText("ent_");
        String token = page.locator("#new-token").textContent().strip();
        shoot("tokens-created-en");

        HttpResponse<String> call = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/nations?size=1")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(call.statusCode()).isEqualTo(200);

        page.navigate(url("/account/tokens"));
        assertThat(page.locator("#new-token")).hasCount(0);
        assertThat(page.locator("table")).containsText("Nightly report");
        assertThat(page.locator("table")).not().containsText("Never");
        shoot("tokens-list-en");

        choose("العربية", "ar-IL");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("رموز الوصول الشخصية");
        shoot("tokens-list-ar");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إلغاء"))
                .first()
                .click();
        assertThat(page.locator(".notice--info")).containsText("تم إلغاء الرمز.");
        assertThat(page.locator("table")).containsText("ملغى");
        shoot("tokens-revoked-ar");
        page.getByLabel("الاسم").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إنشاء الرمز"))
                .click();
        assertThat(page.locator(".notice--error")).containsText("الاسم: اكتب من 1 إلى 80 حرفا.");
        shoot("tokens-refused-ar");
        problems.clear(); // the refused form answers 422, as it should
    }
}
