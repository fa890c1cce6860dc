package org.crosscheck.api;

import org.junit.jupiter.api.Test;
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
    void aLostRaceIsAVersionMismatch() {
        ResponseEntity<ProblemDetail> answer = handler.lostRace(new OptimisticLockingFailureException("row count 0"));
        assertThat(answer.getStatusCode().value()).isEqualTo(412);
        assertThat(answer.getBody().getType().toString()).endsWith("/version-mismatch");
    }
}
