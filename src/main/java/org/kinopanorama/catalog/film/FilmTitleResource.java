package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.FilmTitle;
import org.kinopanorama.catalog.search.SearchMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.kinopanorama.web.FieldErrors;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Pages;

import java.net.URI;
import java.util.List;

/**
 * Curators give a film titles (and take back those they gave): the small form on the film's page posts here and
 * returns to the page (303); a refused title comes back on a page of its own, with the error by the field and the
 * input kept.
 */
@Path("/films/{id:[0-9]{1,18}}/titles")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class FilmTitleResource {

    /** What the form was given, and what is wrong with it. */
    public record TitleForm(String title, String language, FieldErrors errors) {
        static TitleForm empty() {
            return new TitleForm("", "ru", FieldErrors.none());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance titles(Film film, List<FilmTitle> titles, TitleForm form, List<String> languages);
    }

    @Inject
    FilmTitleService service;

    @Inject
    Language language;

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        return page(id, TitleForm.empty());
    }

    @POST
    public Response addTitle(@PathParam("id") long id, @RestForm String title, @RestForm("language") String titleLanguage) {
        SearchMessages msg = messages();
        FieldErrors errors = FieldErrors.none();
        switch (service.add(id, title, titleLanguage)) {
            case ADDED -> {
                return Response.seeOther(URI.create("/films/" + id + "#titles")).build();
            }
            case NOT_FOUND -> throw new NotFoundException();
            case EXISTS -> errors.add("title", msg.title_exists());
            case INVALID_LANGUAGE -> errors.add("language", msg.language_required());
            default -> errors.add("title", msg.title_required(FilmTitleService.MAX_TITLE_LENGTH));
        }
        // the input is kept as typed, within what a field would hold
        String kept = title == null ? "" : title.length() > 2 * FilmTitleService.MAX_TITLE_LENGTH
                ? title.substring(0, 2 * FilmTitleService.MAX_TITLE_LENGTH) : title;
        return Pages.html(400, page(id, new TitleForm(kept, titleLanguage, errors)));
    }

    @POST
    @Path("{title:[0-9]{1,18}}/remove")
    public Response removeTitle(@PathParam("id") long id, @PathParam("title") long titleId) {
        if (service.remove(id, titleId) != FilmTitleService.Outcome.REMOVED) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/films/" + id + "#titles")).build();
    }

    private TemplateInstance page(long id, TitleForm form) {
        Film film = service.film(id).orElseThrow(NotFoundException::new);
        return Templates.titles(film, FilmTitle.ofFilm(id), form, FilmTitleService.LANGUAGES);
    }

    private SearchMessages messages() {
        return language.messages(SearchMessages.class);
    }
}
