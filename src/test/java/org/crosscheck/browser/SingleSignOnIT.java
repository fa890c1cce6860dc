package org.crosscheck.browser;

import testidp.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.WebDriverRunner.url;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID provider (Spring Authorization Server, started by the test),
 * in Chromium: the first sign-in makes the account with the role and membership its groups give;
 * a group removed at the provider is a role and a membership gone at the next sign-in; sign-out ends
 * the provider's session too; a disabled account stays out; with local passwords off only the
 * break-glass administrator signs in with one; an API token made by a provider's user works.
 */
class SingleSignOnIT extends BrowserTest {

    private static final TestIdentityProvider provider = TestIdentityProvider.start();
    private static final String PROJECT = "SSO desk";

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.test-idp.";
        properties.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Test IdP");
        properties.add(registration + "scope", () -> "openid");
        properties.add("spring.security.oauth2.client.provider.test-idp.issuer-uri", provider::issuer);
        properties.add("crosscheck.sso.admin-groups", () -> "crosscheck-admins");
        properties.add("crosscheck.sso.project-creator-groups", () -> "crosscheck-creators");
        properties.add("crosscheck.sso.memberships[0].group", () -> "desk-kz");
        properties.add("crosscheck.sso.memberships[0].project", () -> PROJECT);
        properties.add("crosscheck.sso.memberships[0].role", () -> "REVIEWER");
        properties.add("crosscheck.sso.local-login", () -> "false");
        properties.add("crosscheck.sso.break-glass", () -> "admin");
    }

    @AfterAll
    static void stopProvider() throws Exception {
        provider.close();
    }

    @BeforeEach
    void app() {
        provider.app(port);
    }

    @Test
    void accountsFollowTheProvidersGroupsFromOneSignInToTheNext() throws Exception {
        String lead = data.user("sso-lead");
        long project = data.project(lead);
        jdbc.update("update project set name = ? where id = ?", PROJECT, project);
        provider.person("maria", "maria-password", Set.of("crosscheck-admins", "desk-kz"));

        SignInPage.here().throughProvider("test-idp", "maria", "maria-password");
        Menu.here().currentUser().shouldHave(text("Maria Sso"));
        Menu.here().users().shouldBe(visible);
        assertThat(jdbc.queryForObject("select global_role from app_user where username = 'maria'", String.class))
                .as("made at the first sign-in, an administrator by the group").isEqualTo("ADMIN");
        assertThat(jdbc.queryForObject("select m.role from membership m join app_user u on u.id = m.user_id "
                + "where u.username = 'maria' and m.project_id = ?", String.class, project)).isEqualTo("REVIEWER");

        // A token made on the Account page works for the API like anyone's.
        open("/account");
        AccountPage account = new AccountPage();
        String token = account.createToken("sso script", "Read").newToken();
        account.closeNewToken();
        account.who().shouldHave(text("maria"));
        account.currentPasswordField().shouldNot(exist);
        HttpResponse<String> projects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/projects/" + project))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(projects.statusCode()).isEqualTo(200);
        assertThat(projects.body()).contains(PROJECT);

        // The provider's administrator takes her out of both groups; she signs out, which ends the
        // provider's session too: signing in again asks for her password there.
        provider.groups("maria", Set.of());
        signOut();
        SignInPage.here().throughProvider("test-idp", "maria", "maria-password");
        Menu.here().currentUser().shouldHave(text("Maria Sso"));
        Menu.here().users().shouldNot(exist);
        assertThat(jdbc.queryForObject("select global_role from app_user where username = 'maria'", String.class))
                .isEqualTo("USER");
        assertThat(jdbc.queryForObject("select count(*) from membership m join app_user u on u.id = m.user_id "
                + "where u.username = 'maria'", Integer.class)).as("the group's membership is gone").isZero();
        ErrorPage.open("/users").notFound().shouldBe(visible);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'maria%'", Integer.class))
                .as("the same account, found by the provider's subject").isEqualTo(1);

        // Disabled here: whatever the provider says, she stays out.
        signOut();
        jdbc.update("update app_user set enabled = false where username = 'maria'");
        SignInPage.here().throughProvider("test-idp", "maria", "maria-password");
        SignInPage.here().refused().shouldBe(visible).shouldHave(text("disabled"));
        Menu.here().currentUser().shouldNot(exist);
    }

    @Test
    void withLocalPasswordsOffOnlyTheBreakGlassAdministratorSignsInWithOne() {
        String reviewer = data.user("sso-local");
        SignInPage page = SignInPage.here().open("/login");
        page.provider("test-idp").shouldBe(visible).shouldHave(text("Sign in with Test IdP"));
        page.usernameField().shouldNot(visible);

        page.open("/login?local").withPassword(reviewer, org.crosscheck.TestData.PASSWORD);
        page.passwordForm().shouldHave(com.codeborne.selenide.Condition.attribute("error"));
        Menu.here().currentUser().shouldNot(exist);

        page.withPassword("admin", "admin-test-password");
        Menu.here().currentUser().shouldBe(visible);
        Menu.here().users().shouldBe(visible);
    }

    /** Signs out through the user menu: through the provider's sign-out, back on this app's login page. */
    private static void signOut() {
        Menu.here().logout();
        SignInPage.here().provider("test-idp").shouldBe(visible, Duration.ofSeconds(20));
        assertThat(url()).startsWith("http://localhost:");
    }
}
