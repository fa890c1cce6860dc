package org.crosscheck.api;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** A refusal of the API itself (not of a service): its status, problem type and, where one is at fault, the field. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String field;
    private final Map<String, Object> properties;

    ApiException(HttpStatus status, String type, String field, String message, Map<String, Object> properties) {
        super(message);
        this.status = status;
        this.type = type;
        this.field = field;
        this.properties = properties;
    }

    static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", field, message, Map.of());
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String field() {
        return field;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
