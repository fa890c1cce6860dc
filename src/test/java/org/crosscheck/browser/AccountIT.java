package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData.Team;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

/** The Account page (issue 10): a token is made, shown once, used, listed with its last use, and revoked. */
class AccountIT extends BrowserTest {

    @Test
    void aTokenIsShownOnceListedWithItsLastUseAndRevoked() throws Exception {
        Team team = data.team();
        login(team.reviewer());
        $("#current-user").click();
        $("#open-account").shouldBe(visible).click();
        $("#tokens").shouldHave(text("No tokens yet"));
        $("#api-docs-link").shouldHave(com.codeborne.selenide.Condition.attribute("href"), text("documentation"));
        // The signed-in browser's session cookie does not open the API: only a token does.
        Long status = Selenide.executeAsyncJavaScript(
                "const done = arguments[arguments.length - 1]; fetch('/api/v1/projects', {credentials: 'include'}).then(r => done(r.status))");
        assertThat(status).isEqualTo(401L);

        $("#token-name input").setValue("nightly scraper");
        $("#token-scope").click();
        $$("vaadin-select-item").filterBy(visible).findBy(text("Read and write")).click();
        $("#create-token").click();
        String token = $("#new-token input").shouldBe(visible).getValue();
        assertThat(token).startsWith("cc_");
        $("#close-new-token").click();
        $("#new-token-dialog").shouldNot(exist);
        $("#tokens").shouldHave(text("nightly scraper"), text("Read and write"), text("Not yet"));
        assertThat($("body").getText()).as("the token is shown only once").doesNotContain(token);

        HttpClient http = HttpClient.newHttpClient();
        assertThat(get(http, token)).isEqualTo(200);
        Selenide.refresh();
        $("#tokens").shouldHave(text("nightly scraper")).shouldNotHave(text("Not yet"));

        $("#tokens .revoke-token").click();
        $("vaadin-confirm-dialog").shouldHave(text("Revoke “nightly scraper”?"));
        $$("vaadin-confirm-dialog vaadin-button").findBy(text("Revoke")).click();
        $("#tokens").shouldHave(text("Revoked"));
        assertThat(get(http, token)).isEqualTo(401);
    }

    @Test
    void aRefusedNewPasswordIsShownOnItsFieldNotInAToast() {
        Team team = data.team();
        login(team.reviewer());
        $("#current-user").click();
        $("#open-account").shouldBe(visible).click();
        $("#current-password input").setValue(org.crosscheck.TestData.PASSWORD);
        $("#new-password input").setValue("            ");
        $("#repeat-password input").setValue("            ");
        $("#change-password").scrollIntoView("{block: \"center\"}").click();
        $("#new-password").shouldHave(attribute("invalid", "true"));
        $("#new-password [slot=error-message]").shouldHave(text("different characters besides spaces"));
        $("#current-password").shouldNotHave(attribute("invalid", "true"));
        $("vaadin-notification-card").shouldNot(exist);

        // A wrong current password is on the current password's field.
        $("#current-password input").setValue("not the password at all");
        $("#new-password input").setValue("a much better password 7");
        $("#repeat-password input").setValue("a much better password 7");
        $("#change-password").scrollIntoView("{block: \"center\"}").click();
        $("#current-password").shouldHave(attribute("invalid", "true"));
        $("#current-password [slot=error-message]").shouldHave(text("current password is not right"));
        $("#new-password").shouldNotHave(attribute("invalid", "true"));

        $("#current-password input").setValue(org.crosscheck.TestData.PASSWORD);
        $("#change-password").scrollIntoView("{block: \"center\"}").click();
        $("vaadin-notification-card").shouldHave(text("Your password is changed."));
        $("#current-password").shouldNotHave(attribute("invalid", "true"));
    }

    private int get(HttpClient http, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
