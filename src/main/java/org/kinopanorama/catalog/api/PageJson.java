package org.kinopanorama.catalog.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as every paginated answer of the API wraps it: {@code total} items in all,
 * this is page {@code page} (from 1) of {@code size} items.
 */
public record PageJson<T>(long total, int page, int size, List<T> items) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public <R> PageJson<R> map(Function<T, R> mapping) {
        return new PageJson<>(total, page, size, items.stream().map(mapping).toList());
    }

    /** Which page a client asked for: page from 1, size from 1 to {@value #MAX_SIZE}. */
    public record Request(int page, int size) {
        public Request {
            if (page < 1) {
                throw new InvalidPageException("page must be a whole number from 1.");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new InvalidPageException("size must be a whole number from 1 to " + MAX_SIZE + ".");
            }
        }

        /** From the query parameters as sent; absent ones are page 1 of {@value #DEFAULT_SIZE}. */
        public static Request of(String page, String size) {
            return new Request(number(page, 1, "page must be a whole number from 1."),
                    number(size, DEFAULT_SIZE, "size must be a whole number from 1 to " + MAX_SIZE + "."));
        }

        public long offset() {
            return (long) (page - 1) * size;
        }

        private static int number(String value, int absent, String problem) {
            if (value == null || value.isBlank()) {
                return absent;
            }
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidPageException(problem);
            }
        }
    }

    /** A page or size out of range or not a number: the client's mistake, answered with 400. */
    public static class InvalidPageException extends org.kinopanorama.web.ApiProblem {
        public InvalidPageException(String message) {
            super(400, message);
        }
    }
}
