package org.kinopanorama.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What every JSON API answers instead of a resource: a message for the person writing the script, and for a
 * document the line it is about. Built from an {@link ApiProblem} by {@link ApiProblems}, never by hand.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorJson(String error, Integer line) {

    public ErrorJson(String error) {
        this(error, null);
    }
}
