package org.crosscheck.browser;

import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.WebElement;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** The reader as a reviewer lives in it all day (issue 9). */
class ReaderWorkflowIT extends BrowserTest {

    @Autowired AnnotationService annotations;
    @Autowired ProjectService projects;

    Team team;
    long arabNews;

    @BeforeEach
    void project() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
    }

    @Test
    void theSelectedAnnotationFollowsWhatOthersDoToIt() {
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        AnnotationDetails note = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE,
                police.start(), police.end(), AnnotationFields.note("first wording")));

        login(team.lead());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("12 police officers").click();
        $("#details-summary").shouldHave(text("first wording"));
        $("#comment-reply textarea").setValue("typed, not sent");

        // The author edits it elsewhere: the panel shows the new wording, the reply being typed stays.
        run(team.reviewer(), () -> annotations.update(note.id(), AnnotationFields.note("second wording"), note.version()));
        $("#details-summary").shouldHave(text("second wording"));
        $("#comment-reply textarea").shouldHave(com.codeborne.selenide.Condition.value("typed, not sent"));
        // Edit acts on the version now shown: saving it is not refused as a conflict.
        $("#edit-annotation").click();
        reader.field("field-note").setValue("third wording, by the lead");
        reader.save();
        $("#details-summary").shouldHave(text("third wording, by the lead"));

        // Deleted elsewhere: the panel says so and offers nothing that would fail.
        AnnotationDetails current = as(team.lead(), () -> annotations.get(note.id()));
        run(team.reviewer(), () -> annotations.delete(current.id()));
        $("#details-deleted").shouldBe(visible).shouldHave(text("was deleted by"), text("reviewer Tester"));
        $("#edit-annotation").shouldNot(exist);
        $("#delete-annotation").shouldNot(exist);
        $("#comment-reply").shouldNot(exist);
        assertThat(as(team.lead(), () -> annotations.forArticle(arabNews))).isEmpty();
    }

    @Test
    void membersChangeRoleInTheirRowAreRemovedOnlyAfterConfirmingAndAreNotOfferedAgain() {
        login(team.lead());
        ProjectPage project = ProjectPage.open(team.projectId()).members();
        // The picker offers people who are not members yet.
        $("#member-user input").setValue(team.reviewer());
        $$("vaadin-combo-box-item").shouldHave(size(0));

        // A role changes in the member's row.
        project.memberGrid().shouldHave(text("observer Tester"));
        cell("observer Tester", 2).$(".member-role-select").click();
        $$("vaadin-select-list-box vaadin-select-item").filterBy(visible).findBy(text("Reviewer")).click();
        notification("observer Tester").shouldHave(text("is now reviewer"));
        assertThat(as(team.lead(), () -> projects.members(team.projectId()))).anySatisfy(m -> {
            assertThat(m.user().username()).isEqualTo(team.observer());
            assertThat(m.role()).isEqualTo(ProjectRole.REVIEWER);
        });

        // Removing asks first, naming the person; cancelling keeps them.
        cell("reviewer Tester", 3).$(".remove-member").click();
        $("#confirm-remove-member").shouldHave(text("Remove"), text("reviewer Tester"));
        $("#confirm-remove-member [slot='cancel-button']").click();
        project.memberGrid().shouldHave(text("reviewer Tester"));
        cell("reviewer Tester", 3).$(".remove-member").click();
        $("#confirm-remove-member [slot='confirm-button']").click();
        project.memberGrid().shouldNotHave(text("reviewer Tester"));
        assertThat(as(team.lead(), () -> projects.members(team.projectId())))
                .noneSatisfy(m -> assertThat(m.user().username()).isEqualTo(team.reviewer()));
    }

    /** The cell of the members grid in the row of {@code name}, in column {@code column} (0-based). */
    private static SelenideElement cell(String name, int column) {
        WebElement cell = (WebElement) js("""
                const grid = document.querySelector('#members');
                for (const tr of grid.shadowRoot.querySelectorAll('tbody tr')) {
                  const cells = Array.from(tr.querySelectorAll('td slot')).map(s => s.assignedElements()[0]);
                  if (cells[0] && cells[0].textContent.trim() === arguments[0]) return cells[arguments[1]];
                }
                return null;""", name, column);
        assertThat(cell).as("row of " + name).isNotNull();
        return Selenide.$(cell);
    }
}
