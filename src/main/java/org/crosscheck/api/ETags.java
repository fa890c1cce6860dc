package org.crosscheck.api;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** A resource's version as its ETag ("3"), and the If-Match a change must carry. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller read, from If-Match: 428 when it is missing (a change without it could
     * overwrite someone's work unseen), 412 when it cannot be a version of ours.
     */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", null,
                    "Send If-Match with the ETag you read (GET the resource first), so you do not overwrite a change you have not seen.",
                    Map.of());
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.matches("[0-9]{1,18}")) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "version-mismatch", null,
                    "If-Match does not name a version of this resource.", Map.of());
        }
        return Long.parseLong(tag);
    }
}
