package org.kinopanorama.diary;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.kinopanorama.web.InputHygiene;
import org.kinopanorama.web.Pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Logging a watching of a film: the form is on the film's page; this page shows it again with what went wrong next to
 * the field and the person's input kept (and serves whoever opens it directly).
 */
@Path("/films/{id:[0-9]{1,18}}/log")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FilmLogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(DiaryService.FilmRef film, LogForm form, FieldErrors errors, int reviewMax);
    }

    /** The form as sent, to show it again. */
    public record LogForm(String on, boolean rewatch, String review, boolean isPublic) {
    }

    @Inject
    DiaryService diary;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance form(@PathParam("id") long film) {
        return Templates.log(diary.film(film).orElseThrow(NotFoundException::new),
                new LogForm(LocalDate.now().toString(), false, "", false), FieldErrors.none(), DiaryService.REVIEW_MAX);
    }

    /** {@code on} (a date, today when blank), {@code rewatch=yes}, {@code review} (optional), {@code public=yes}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@PathParam("id") long film, @RestForm String on, @RestForm String rewatch, @RestForm String review,
                        @RestForm("public") String isPublic) {
        DiaryService.FilmRef ref = diary.film(film).orElseThrow(NotFoundException::new);
        LogForm form = new LogForm(on == null ? "" : on, "yes".equals(rewatch), review == null ? "" : review, "yes".equals(isPublic));
        RatingMessages msg = RatingResource.messages();
        FieldErrors errors = FieldErrors.none();
        LocalDate day = null;
        try {
            day = on == null || on.isBlank() ? LocalDate.now() : LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            errors.add("on", msg.date_invalid(on));
        }
        if (day != null && !InputHygiene.plausibleWatchDate(day)) {
            errors.add("on", InputHygiene.messages().date_out_of_range(InputHygiene.FIRST_DAY_OF_CINEMA.toString(),
                    LocalDate.now().plusDays(1).toString()));
        } else if (day != null && ref.year() != null && day.getYear() < ref.year()) {
            errors.add("on", msg.date_before_film(ref.year()));
        }
        String text = review == null || review.isBlank() ? null : review.strip();
        if (text != null && text.length() > DiaryService.REVIEW_MAX) {
            errors.add("review", msg.review_too_long(DiaryService.REVIEW_MAX, text.length()));
        }
        if (!errors.isEmpty()) {
            return Pages.html(422, Templates.log(ref, form, errors, DiaryService.REVIEW_MAX));
        }
        diary.log(identity.getPrincipal().getName(), film, day, form.rewatch(), text, form.isPublic());
        return RatingResource.backToFilm(film);
    }
}
