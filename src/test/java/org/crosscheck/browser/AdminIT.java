package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData;
import org.crosscheck.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * Administration in Chromium (issue 12): an administrator makes a reviewer, who must choose a
 * password, annotates and is audited; the administrator finds it on the Audit screen and disables
 * the reviewer, whose open page goes to the login; reviewers are kept out of Users and Audit; six
 * wrong passwords lock an account with the answer a wrong password gets.
 */
class AdminIT extends BrowserTest {

    static final String FIRST = "a first password 42";
    static final String CHOSEN = "rita's own password 7";

    @Autowired ProjectService projects;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anAdministratorMakesAReviewerWhoseWorkIsAuditedAndDisablesThem() {
        TestData.Team team = data.team();
        long article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        String projectName = as(team.lead(), () -> projects.get(team.projectId())).name();
        String rita = "rita" + UUID.randomUUID().toString().substring(0, 6);

        SelenideDriver admin = secondBrowser();
        LoginPage.signIn(admin, "admin", "admin-test-password");
        Menu adminMenu = Menu.of(admin);
        adminMenu.users().shouldBe(visible, Duration.ofSeconds(30));
        AdminPage users = adminMenu.openUsers().newUser(rita, "Rita Reviewer", "rita@example.org", "short");
        // On the password field, not in a toast or a line elsewhere.
        users.passwordField().shouldHave(attribute("invalid", "true"));
        users.passwordError().shouldHave(text("at least 12 characters"));
        users.problem().shouldBe(com.codeborne.selenide.Condition.empty);
        users.createWithPassword(FIRST);
        users.status().shouldHave(text("Must change password"));
        users.addToProject(projectName);
        users.memberships().shouldHave(text(projectName), text("Reviewer"));

        // Rita signs in with the first password and must choose her own before anything else.
        login(rita, FIRST);
        ChangePasswordPage password = new ChangePasswordPage();
        password.why().shouldHave(text("Choose your own"), Duration.ofSeconds(30));
        ChangePasswordPage.openInsteadOf("/articles/" + article).why().shouldBe(visible);
        password.change(FIRST, CHOSEN).projects().shouldBe(visible);
        Menu.here().users().shouldNot(exist);
        Menu.here().audit().shouldNot(exist);

        ReaderPage reader = ReaderPage.open(article);
        reader.dragSelect("dozens reportedly have been killed");
        reader.toolbarButton("note").shouldBe(visible).click();
        reader.field("field-note").setValue("vague");
        reader.save();
        reader.markContaining("dozens reportedly").click();
        ReaderPanel panel = new ReaderPanel().edit();
        reader.field("field-note").setValue("No number given");
        reader.save();
        panel.summary().shouldHave(text("No number given"));

        // The administrator finds both on the Audit screen, and what the edit changed.
        AuditPage audit = adminMenu.openAudit().byActor(rita);
        audit.entries().shouldHave(text("annotation.created"), text("annotation.updated"), text("article.text-frozen"));
        audit.openEntry("annotation.updated");
        audit.diff().shouldHave(text("note"), text("vague"), text("No number given"));
        // Rows name the marked words and the project, not bare ids; the row's id and version are not
        // shown as changed fields.
        audit.entries().shouldHave(text("note “dozens reportedly have been killed”"), text(projectName));
        audit.diff().shouldNotHave(text("annotationId"), text("version"));
        audit.who().shouldHave(text(rita), text("browser"));

        // Disabled: Rita's open reader goes to the login page.
        users = adminMenu.openUsers().show(rita);
        users.disable();
        users.status().shouldHave(text("Disabled"));
        LoginPage.usernameField().shouldBe(visible, Duration.ofSeconds(15));
        login(rita, CHOSEN);
        LoginPage.form().shouldHave(attribute("error"));
        Menu.here().currentUser().shouldNot(exist);
        assertThat(jdbc.queryForList("select after_json from audit_entry where actor = ? and action = 'session.ended'",
                String.class, rita)).as("her session ended because she was disabled").singleElement()
                .asString().contains("account-disabled");
    }

    @Test
    void reviewersAreKeptOutOfUsersAndAuditByMenuAndByAddress() {
        TestData.Team team = data.team();
        login(team.reviewer());
        Menu menu = Menu.here();
        menu.projects().shouldBe(visible);
        menu.users().shouldNot(exist);
        menu.audit().shouldNot(exist);
        ErrorPage.open("/users").notFound().shouldBe(visible);
        AdminPage.here().users().shouldNot(exist);
        ErrorPage.open("/audit").notFound().shouldBe(visible);
        AuditPage.here().entries().shouldNot(exist);
        menu.logout();
        LoginPage.usernameField().shouldBe(visible);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'logout'",
                Long.class, team.reviewer())).as("the sign-out is audited").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'session.ended'",
                Long.class, team.reviewer())).as("and is not taken for an expired session").isZero();

        login(team.lead());
        menu.audit().shouldBe(visible);
        AuditPage audit = menu.openAudit();
        audit.entries().shouldBe(visible);
        audit.verifyButton().shouldNot(exist);
        menu.users().shouldNot(exist);
    }

    @Test
    void sixWrongPasswordsLockAnAccountWithTheAnswerAWrongPasswordGets() {
        String name = data.user("locked");
        for (int i = 0; i < 5; i++) {
            login(name, "not my password " + i);
            LoginPage.form().shouldHave(attribute("error"));
        }
        login(name, TestData.PASSWORD);
        LoginPage.form().shouldHave(attribute("error"));
        Menu.here().currentUser().shouldNot(exist);
    }
}
