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
import static org.assertj.core.api.Assertions.assertThat;

/** The Account page (issue 10): a token is made, shown once, used, listed with its last use, and revoked. */
class AccountIT extends BrowserTest {

    @Test
    void aTokenIsShownOnceListedWithItsLastUseAndRevoked() throws Exception {
        Team team = data.team();
        login(team.reviewer());
        AccountPage account = Menu.here().openAccount();
        account.tokens().shouldHave(text("No tokens yet"));
        account.apiDocsLink().shouldHave(com.codeborne.selenide.Condition.attribute("href"), text("documentation"));
        // The signed-in browser's session cookie does not open the API: only a token does.
        Long status = account.apiStatusWithTheSessionCookie();
        assertThat(status).isEqualTo(401L);

        account.createToken("nightly scraper", "Read and write");
        String token = account.newToken();
        assertThat(token).startsWith("cc_");
        account.closeNewToken();
        account.newTokenDialog().shouldNot(exist);
        account.tokens().shouldHave(text("nightly scraper"), text("Read and write"), text("Not yet"));
        assertThat(account.wholePage().getText()).as("the token is shown only once").doesNotContain(token);

        HttpClient http = HttpClient.newHttpClient();
        assertThat(get(http, token)).isEqualTo(200);
        Selenide.refresh();
        account.tokens().shouldHave(text("nightly scraper")).shouldNotHave(text("Not yet"));

        account.revokeFirstToken().shouldHave(text("Revoke “nightly scraper”?"));
        account.confirmRevoke();
        account.tokens().shouldHave(text("Revoked"));
        assertThat(get(http, token)).isEqualTo(401);
    }

    @Test
    void aRefusedNewPasswordIsShownOnItsFieldNotInAToast() {
        Team team = data.team();
        login(team.reviewer());
        AccountPage account = Menu.here().openAccount();
        account.typeCurrentPassword(org.crosscheck.TestData.PASSWORD);
        account.typeNewPassword("            ");
        account.changePassword();
        account.newPassword().shouldHave(attribute("invalid", "true"));
        account.newPasswordError().shouldHave(text("different characters besides spaces"));
        account.currentPassword().shouldNotHave(attribute("invalid", "true"));
        Notifications.first().shouldNot(exist);

        // A wrong current password is on the current password's field.
        account.typeCurrentPassword("not the password at all");
        account.typeNewPassword("a much better password 7");
        account.changePassword();
        account.currentPassword().shouldHave(attribute("invalid", "true"));
        account.currentPasswordError().shouldHave(text("current password is not right"));
        account.newPassword().shouldNotHave(attribute("invalid", "true"));

        account.typeCurrentPassword(org.crosscheck.TestData.PASSWORD);
        account.changePassword();
        Notifications.first().shouldHave(text("Your password is changed."));
        account.currentPassword().shouldNotHave(attribute("invalid", "true"));
    }

    private int get(HttpClient http, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
