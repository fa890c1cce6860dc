package org.crosscheck.api;

import org.crosscheck.base.MissingRightException;
import org.crosscheck.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What a script gets for failures no endpoint answers for itself. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void anUnforeseenFailureIsA500ProblemThatGivesNothingAway() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new IllegalStateException("pool exhausted at db-7:5432"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getType().toString()).endsWith("/internal-error");
        assertThat(answer.getBody().getDetail()).doesNotContain("db-7").contains("logged");
    }

    @Test
    void aMissingAccountRightIsNamedWhileAProjectRoleRefusalStaysGeneric() {
        ResponseEntity<ProblemDetail> missing = handler.forbidden(
                new MissingRightException(ProjectService.CREATOR_RIGHT_MISSING));
        assertThat(missing.getStatusCode().value()).isEqualTo(403);
        assertThat(missing.getBody().getDetail()).isEqualTo("Creating or importing projects needs the project creator "
                + "right; an administrator can give it to you.");
        ResponseEntity<ProblemDetail> role = handler.forbidden(new AccessDeniedException("Only a lead imports into project 7"));
        assertThat(role.getBody().getDetail()).isEqualTo("Your role in this project does not allow this.");
    }

    @Test
    void aLostRaceIsAVersionMismatch() {
        ResponseEntity<ProblemDetail> answer = handler.lostRace(new OptimisticLockingFailureException("row count 0"));
        assertThat(answer.getStatusCode().value()).isEqualTo(412);
        assertThat(answer.getBody().getType().toString()).endsWith("/version-mismatch");
    }
}
