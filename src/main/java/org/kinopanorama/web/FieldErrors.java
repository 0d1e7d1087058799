package org.kinopanorama.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Messages for the fields of one submitted form, shown next to each field. */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** Keeps the first message for a field: the most basic problem is the one to fix first. */
    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or null. */
    public String of(String field) {
        return messages.get(field);
    }

    public Map<String, String> all() {
        return Map.copyOf(messages);
    }
}
