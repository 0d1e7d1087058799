package org.kinopanorama.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place an {@link ApiProblem} becomes an answer: its status, {@link ErrorJson}, and Retry-After if throttled. */
public class ApiProblems {

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        return answer(problem);
    }

    public static Response answer(ApiProblem problem) {
        Response.ResponseBuilder answer = Response.status(problem.status())
                .entity(new ErrorJson(problem.getMessage(), problem.line())).type(MediaType.APPLICATION_JSON_TYPE);
        problem.retryAfterSeconds().ifPresent(seconds -> answer.header("Retry-After", seconds));
        return answer.build();
    }
}
