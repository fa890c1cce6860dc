package org.crosscheck.api;

import org.crosscheck.base.BadRequestException;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.MissingRightException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.ServerBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Every refusal of the API as a problem detail with a stable type. The services' own refusals keep
 * their messages, which are written for people: a script's author reads them too.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        // The same answer for "does not exist" and "not yours to see".
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "There is no such " + e.entity()
                + ", or you do not have access to it."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        log.info("API request refused for the caller's role: {}", e.getMessage());
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", e instanceof MissingRightException
                ? e.getMessage() : "Your role in this project does not allow this."));
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentEditException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "version-mismatch", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(ETags.of(e.currentVersion())).body(problem);
    }

    /**
     * Two changes that read the same version at the same moment: the service's version check passed
     * for both, and the database refused the one that committed second. For the caller that is the
     * same as a stale If-Match (fetch again, then retry), not a server error.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> lostRace(OptimisticLockingFailureException e) {
        log.info("API change lost a race with a concurrent change: {}", e.getMessage());
        return problem(Problems.of(HttpStatus.PRECONDITION_FAILED, "version-mismatch",
                "Someone else changed or deleted this at the same moment; your change was not saved. "
                        + "GET it again and retry with its new ETag."));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail problem = Problems.of(e.status(), e.type(), e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        e.properties().forEach(problem::setProperty);
        return problem(problem);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage()));
    }

    @ExceptionHandler(org.crosscheck.exchange.ImportFile.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(DomainException e) {
        log.info("API import refused: {}", e.getMessage());
        return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", e.getMessage()));
    }

    @ExceptionHandler(org.crosscheck.base.AlreadyDecidedException.class)
    ResponseEntity<ProblemDetail> alreadyDecided(DomainException e) {
        log.info("API request refused: {}", e.getMessage());
        return problem(Problems.of(HttpStatus.CONFLICT, "already-decided", e.getMessage()));
    }

    @ExceptionHandler(ServerBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServerBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", e.getMessage()));
    }

    @ExceptionHandler(org.crosscheck.base.TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(org.crosscheck.base.TooManyRequestsException e) {
        log.info("API request refused: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", e.getMessage()));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> invalid(DomainException e) {
        log.info("API request refused: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem(problem);
    }

    /**
     * Anything unforeseen is still a problem detail with a 500, logged with its trace: left to the
     * container, it went to the error page, which for a script without a session meant a redirect
     * to the sign-in page.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("API request failed", e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on the server and the request was not completed. The error has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "too-large", "The upload is too large: files up to the import's size limits."));
    }

    /** Spring MVC's own problems (malformed JSON, wrong media type …) get a type of ours too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(Problems.TYPE_BASE + switch (statusCode.value()) {
                case 400 -> "malformed-request";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> "http-" + statusCode.value();
            }));
            log.info("API request refused ({}): {}", statusCode.value(), ex.getMessage());
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
