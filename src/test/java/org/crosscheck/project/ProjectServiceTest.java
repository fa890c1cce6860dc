package org.crosscheck.project;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.DomainException;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

@DatabaseTest
class ProjectServiceTest {

    @Autowired TestData data;
    @Autowired ProjectService projects;
    @Autowired ProjectAccess access;

    String lead;
    String reviewer;
    String outsider;
    long projectId;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        outsider = data.user("outsider");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
    }

    @Test
    void creatorLeadsTheProjectAndMembersSeeIt() {
        assertThat(as(lead, () -> projects.get(projectId)).myRole()).isEqualTo(ProjectRole.LEAD);
        assertThat(as(reviewer, () -> projects.myProjects(PageRequest.of(0, 50)))).extracting(ProjectSummary::id).contains(projectId);
        assertThat(as(outsider, () -> projects.myProjects(PageRequest.of(0, 50)))).extracting(ProjectSummary::id).doesNotContain(projectId);
        assertThat(as(lead, () -> projects.members(projectId)))
                .extracting(m -> m.user().username() + ":" + m.role())
                .containsExactly(lead + ":LEAD", reviewer + ":REVIEWER");
    }

    @Test
    void anAdministratorWhoIsNotAMemberIsNotCalledItsLead() {
        ProjectSummary seen = RunAs.admin("admin", () -> projects.get(projectId));
        assertThat(seen.myRole()).as("an administrator may still lead it").isEqualTo(ProjectRole.LEAD);
        assertThat(seen.roleLabel()).isEqualTo("Admin (not a member)");
        assertThat(RunAs.admin("admin", () -> projects.myProjects(PageRequest.of(0, 500))))
                .filteredOn(p -> p.id() == projectId).singleElement()
                .extracting(ProjectSummary::roleLabel).isEqualTo("Admin (not a member)");
        assertThat(as(lead, () -> projects.get(projectId)).roleLabel()).isEqualTo("Lead");
        assertThat(as(reviewer, () -> projects.myProjects(PageRequest.of(0, 50))))
                .filteredOn(p -> p.id() == projectId).singleElement()
                .extracting(ProjectSummary::roleLabel).isEqualTo("Reviewer");

        data.member(projectId, lead, "admin", ProjectRole.REVIEWER);
        assertThat(RunAs.admin("admin", () -> projects.get(projectId)).roleLabel()).isEqualTo("Reviewer (and admin)");
        data.member(projectId, lead, "admin", ProjectRole.LEAD);
        assertThat(RunAs.admin("admin", () -> projects.get(projectId)).roleLabel()).isEqualTo("Lead");
    }

    @Test
    void accessFollowsTheRole() {
        assertThat(as(reviewer, () -> access.canAnnotate(projectId))).isTrue();
        assertThat(as(reviewer, () -> access.canLead(projectId))).isFalse();
        String observer = data.user("observer");
        data.member(projectId, lead, observer, ProjectRole.OBSERVER);
        assertThat(as(observer, () -> access.canRead(projectId))).isTrue();
        assertThat(as(observer, () -> access.canAnnotate(projectId))).isFalse();
        assertThat(as(outsider, () -> access.canRead(projectId))).isFalse();
    }

    @Test
    void onlyLeadsManageMembersAndOutsidersSeeNothing() {
        assertThatThrownBy(() -> run(reviewer, () -> projects.setMember(projectId, outsider, ProjectRole.REVIEWER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(outsider, () -> projects.get(projectId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(outsider, () -> projects.members(projectId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.get(projectId))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void removedMemberLosesAccessAtOnce() {
        long reviewerId = as(lead, () -> projects.members(projectId)).stream()
                .filter(m -> m.user().username().equals(reviewer)).findFirst().orElseThrow().user().id();
        run(lead, () -> projects.removeMember(projectId, reviewerId));
        assertThatThrownBy(() -> run(reviewer, () -> projects.get(projectId))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLastLeadCannotLeave() {
        long leadId = as(lead, () -> projects.members(projectId)).getFirst().user().id();
        assertThatThrownBy(() -> run(lead, () -> projects.removeMember(projectId, leadId)))
                .isInstanceOf(DomainException.class).hasMessageContaining("at least one lead");
        assertThatThrownBy(() -> run(lead, () -> projects.setMember(projectId, lead, ProjectRole.REVIEWER)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void projectNeedsAName() {
        assertThatThrownBy(() -> run(lead, () -> projects.create("   ", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("name");
    }
}
