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
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
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
        admin.open("/login");
        admin.$("#vaadinLoginUsername input").shouldBe(visible, Duration.ofSeconds(60)).setValue("admin");
        admin.$("#vaadinLoginPassword input").setValue("admin-test-password");
        admin.$("vaadin-login-form vaadin-button").click();
        admin.$("#nav-users").shouldBe(visible, Duration.ofSeconds(30)).click();
        admin.$("#new-user").click();
        admin.$("#new-username input").setValue(rita);
        admin.$("#new-name input").setValue("Rita Reviewer");
        admin.$("#new-email input").setValue("rita@example.org");
        admin.$("#new-password input").setValue("short");
        admin.$("#create-user").click();
        // On the password field, not in a toast or a line elsewhere.
        admin.$("#new-password").shouldHave(attribute("invalid", "true"));
        admin.$("#new-password [slot=error-message]").shouldHave(text("at least 12 characters"));
        admin.$("#new-user-problem").shouldBe(com.codeborne.selenide.Condition.empty);
        admin.$("#new-password input").setValue(FIRST);
        admin.$("#create-user").click();
        admin.$("#user-status").shouldHave(text("Must change password"));
        admin.$("#add-to-project input").setValue(projectName);
        admin.$$("vaadin-combo-box-item").findBy(text(projectName)).click();
        admin.$("#add-membership").click();
        admin.$("#user-memberships").shouldHave(text(projectName), text("Reviewer"));

        // Rita signs in with the first password and must choose her own before anything else.
        login(rita, FIRST);
        $("#password-why").shouldHave(text("Choose your own"), Duration.ofSeconds(30));
        open("/articles/" + article);
        $("#password-why").shouldBe(visible);
        $("#current-password input").setValue(FIRST);
        $("#new-password input").setValue(CHOSEN);
        $("#repeat-password input").setValue(CHOSEN);
        $("#change-password").click();
        $("#projects").shouldBe(visible);
        $("#nav-users").shouldNot(exist);
        $("#nav-audit").shouldNot(exist);

        ReaderPage reader = ReaderPage.open(article);
        reader.dragSelect("dozens reportedly have been killed");
        reader.toolbarButton("note").shouldBe(visible).click();
        reader.field("field-note").setValue("vague");
        reader.save();
        reader.markContaining("dozens reportedly").click();
        $("#edit-annotation").click();
        reader.field("field-note").setValue("No number given");
        reader.save();
        $("#details-summary").shouldHave(text("No number given"));

        // The administrator finds both on the Audit screen, and what the edit changed.
        admin.$("#nav-audit").click();
        admin.$("#audit-actor input").setValue(rita);
        admin.$("#audit-grid").shouldHave(text("annotation.created"), text("annotation.updated"), text("article.text-frozen"));
        admin.$$("#audit-grid vaadin-grid-cell-content").findBy(text("annotation.updated")).click();
        admin.$("#audit-diff").shouldHave(text("note"), text("vague"), text("No number given"));
        // Rows name the marked words and the project, not bare ids; the row's id and version are not
        // shown as changed fields.
        admin.$("#audit-grid").shouldHave(text("note “dozens reportedly have been killed”"), text(projectName));
        admin.$("#audit-diff").shouldNotHave(text("annotationId"), text("version"));
        admin.$("#audit-detail-who").shouldHave(text(rita), text("browser"));

        // Disabled: Rita's open reader goes to the login page.
        admin.$("#nav-users").click();
        admin.$("#user-search input").setValue(rita);
        admin.$$("#users vaadin-grid-cell-content").findBy(text(rita)).click();
        admin.$("#disable-user").click();
        admin.$("#user-status").shouldHave(text("Disabled"));
        $("#vaadinLoginUsername").shouldBe(visible, Duration.ofSeconds(15));
        login(rita, CHOSEN);
        $("vaadin-login-form").shouldHave(attribute("error"));
        $("#current-user").shouldNot(exist);
        assertThat(jdbc.queryForList("select after_json from audit_entry where actor = ? and action = 'session.ended'",
                String.class, rita)).as("her session ended because she was disabled").singleElement()
                .asString().contains("account-disabled");
    }

    @Test
    void reviewersAreKeptOutOfUsersAndAuditByMenuAndByAddress() {
        TestData.Team team = data.team();
        login(team.reviewer());
        $("#nav-projects").shouldBe(visible);
        $("#nav-users").shouldNot(exist);
        $("#nav-audit").shouldNot(exist);
        open("/users");
        $("#not-found").shouldBe(visible);
        $("#users").shouldNot(exist);
        open("/audit");
        $("#not-found").shouldBe(visible);
        $("#audit-grid").shouldNot(exist);
        $("#current-user").click();
        $("#logout").shouldBe(visible).click();
        $("#vaadinLoginUsername").shouldBe(visible);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'logout'",
                Long.class, team.reviewer())).as("the sign-out is audited").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'session.ended'",
                Long.class, team.reviewer())).as("and is not taken for an expired session").isZero();

        login(team.lead());
        $("#nav-audit").shouldBe(visible).click();
        $("#audit-grid").shouldBe(visible);
        $("#audit-verify").shouldNot(exist);
        $("#nav-users").shouldNot(exist);
    }

    @Test
    void sixWrongPasswordsLockAnAccountWithTheAnswerAWrongPasswordGets() {
        String name = data.user("locked");
        for (int i = 0; i < 5; i++) {
            login(name, "not my password " + i);
            $("vaadin-login-form").shouldHave(attribute("error"));
        }
        login(name, TestData.PASSWORD);
        $("vaadin-login-form").shouldHave(attribute("error"));
        $("#current-user").shouldNot(exist);
    }
}
