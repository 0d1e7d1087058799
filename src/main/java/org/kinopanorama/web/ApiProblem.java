package org.kinopanorama.web;

import java.util.OptionalLong;

/**
 * A JSON API request that cannot be answered as asked: its status (4xx for the client's mistake), a message naming
 * what is wrong, the document line it is about if any, and when to try again if throttled. Thrown by a resource or
 * filter; {@link ApiProblems} answers it as {@link ErrorJson}, the one error shape of the API.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final Integer line;
    private final OptionalLong retryAfterSeconds;

    public ApiProblem(int status, String message) {
        this(status, message, null, OptionalLong.empty());
    }

    public ApiProblem(int status, String message, Integer line, OptionalLong retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.line = line;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public Integer line() {
        return line;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
