package org.kinopanorama.watchlist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.catalog.Film;
import org.kinopanorama.web.CurrentPage;
import org.kinopanorama.web.FieldErrors;
import org.kinopanorama.web.InputHygiene;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Pages;
import org.kinopanorama.web.ReturnPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A signed-in person's lists: see, change, share, export and import them. Only the owner reaches a list here. */
@Path("/watchlists")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WatchlistResource {

    /** Sent by /js/watchlist.js: answer with the new state (JSON) instead of a redirect. */
    static final String SCRIPT_HEADER = "X-Kinopanorama-Script";
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;
    /** Beyond any list a person keeps by hand; a longer order is refused before it is looked at. */
    static final int MAX_ORDER = 20_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lists(List<WatchlistService.ListSummary> lists, FieldErrors errors, String name,
                                             String description);

        static native TemplateInstance list(WatchlistService.ListPage page, List<WatchlistSuggestions.Suggestion> suggestions,
                                            String shareUrl, String today, FieldErrors errors, long errorFilm);

        static native TemplateInstance confirmDelete(Watchlist list, int films);

        static native TemplateInstance importForm(List<WatchlistService.ListSummary> lists, String problem);

        static native TemplateInstance importPreview(LetterboxdImport.Preview preview);

        static native TemplateInstance notInterested(List<Film> films);
    }

    @Inject
    WatchlistService watchlists;

    @Inject
    WatchlistSuggestions suggestions;

    @Inject
    LetterboxdImport imports;

    @Inject
    WatchlistConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    Language language;

    @Inject
    CurrentPage currentPage;

    // ------------------------------------------------------------------ lists

    @GET
    public TemplateInstance lists() {
        return Templates.lists(watchlists.listsOf(me()), FieldErrors.none(), "", "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String description) {
        FieldErrors errors = listErrors(name, description);
        if (!errors.isEmpty()) {
            return Pages.html(422, Templates.lists(watchlists.listsOf(me()), errors, name, description));
        }
        long id = watchlists.create(me(), clean(name), blankToNull(description));
        return seeOther("/watchlists/" + id);
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public TemplateInstance list(@PathParam("id") long id, @RestQuery String show) {
        return listPage(id, show, FieldErrors.none(), 0);
    }

    private TemplateInstance listPage(long id, String show, FieldErrors errors, long errorFilm) {
        WatchlistService.ListPage page = watchlists.ownersPage(me(), id, show, language.russian());
        List<WatchlistSuggestions.Suggestion> suggested = suggestions.forList(id, page.list().owner.id, config.suggestions());
        String shareUrl = currentPage.origin() + "/shared/" + page.list().secret;
        return Templates.list(page, suggested, shareUrl, LocalDate.now().toString(), errors, errorFilm);
    }

    @POST
    @Path("{id:[0-9]{1,18}}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String name, @RestForm String description) {
        FieldErrors errors = listErrors(name, description);
        if (!errors.isEmpty()) {
            watchlists.requireOwner(me(), id);
            return Pages.html(422, listPage(id, null, errors, 0));
        }
        watchlists.edit(me(), id, clean(name), blankToNull(description));
        return seeOther("/watchlists/" + id);
    }

    @POST
    @Path("{id:[0-9]{1,18}}/visibility")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response visibility(@PathParam("id") long id, @RestForm String visibility) {
        Visibility chosen = Visibility.parse(visibility).orElseThrow(() -> new BadRequestException("no such visibility"));
        watchlists.changeVisibility(me(), id, chosen);
        return seeOther("/watchlists/" + id + "#sharing");
    }

    @POST
    @Path("{id:[0-9]{1,18}}/secret")
    public Response regenerateSecret(@PathParam("id") long id) {
        watchlists.regenerateSecret(me(), id);
        return seeOther("/watchlists/" + id + "#sharing");
    }

    /** Deleting asks first: this page, then a POST with the confirmation box ticked. */
    @GET
    @Path("{id:[0-9]{1,18}}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        WatchlistService.ListPage page = watchlists.ownersPage(me(), id, null, false);
        return Templates.confirmDelete(page.list(), page.filmCount());
    }

    @POST
    @Path("{id:[0-9]{1,18}}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            watchlists.requireOwner(me(), id);
            return seeOther("/watchlists/" + id + "/delete");
        }
        watchlists.delete(me(), id);
        return seeOther("/watchlists");
    }

    @POST
    @Path("from-list/{slug:[a-z0-9-]{1,80}}")
    public Response saveCurated(@PathParam("slug") String slug) {
        return seeOther("/watchlists/" + watchlists.saveCurated(me(), slug));
    }

    // ------------------------------------------------------------------ entries

    @POST
    @Path("{id:[0-9]{1,18}}/films/{film:[0-9]{1,18}}/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long id, @PathParam("film") long film, @RestForm("return") String back,
                        @HeaderParam(SCRIPT_HEADER) String script) {
        watchlists.add(me(), id, film);
        return script != null ? saved(id, film, true) : back(back, id);
    }

    /** Adds by film id from a form field (e.g. the list page's own "add a film" box). */
    @POST
    @Path("{id:[0-9]{1,18}}/films")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addById(@PathParam("id") long id, @RestForm String film, @RestForm("return") String back) {
        watchlists.add(me(), id, number(film));
        return back(back, id);
    }

    @POST
    @Path("{id:[0-9]{1,18}}/films/{film:[0-9]{1,18}}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @PathParam("film") long film, @RestForm("return") String back,
                           @HeaderParam(SCRIPT_HEADER) String script) {
        watchlists.remove(me(), id, film);
        return script != null ? saved(id, film, false) : back(back, id);
    }

    /** What /js/watchlist.js needs to redraw a save button without reloading the page. */
    public record SavedState(boolean on, String action, String label) {
    }

    private Response saved(long id, long film, boolean on) {
        String name = watchlists.readable(me(), id).name;
        SavedState state = new SavedState(on, "/watchlists/" + id + "/films/" + film + (on ? "/remove" : "/add"),
                on ? msg().on_list(name) : msg().add_to(name));
        return Response.ok(state, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Move up, down, or to a position: {@code direction=up|down} or {@code position=n}. */
    @POST
    @Path("{id:[0-9]{1,18}}/films/{film:[0-9]{1,18}}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @PathParam("film") long film, @RestForm String direction,
                         @RestForm String position) {
        if ("up".equals(direction) || "down".equals(direction)) {
            watchlists.step(me(), id, film, "up".equals(direction) ? -1 : 1);
        } else {
            watchlists.move(me(), id, film, (int) Math.min(Integer.MAX_VALUE, number(position)));
        }
        return seeOther("/watchlists/" + id + "#film-" + film);
    }

    /**
     * The whole list in a new order, as the list page's drag and drop sends it: {@code order} holds the film ids, first
     * to last, separated by commas (one field: a form's number of fields is limited, a list's length is not). 400
     * unless it is an order of exactly the list's films; the script then reloads the page.
     */
    @POST
    @Path("{id:[0-9]{1,18}}/order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reorder(@PathParam("id") long id, @RestForm String order, @HeaderParam(SCRIPT_HEADER) String script) {
        String sent = order == null ? "" : order.strip();
        String[] ids = sent.isEmpty() ? new String[0] : sent.split(",", MAX_ORDER + 1);
        if (ids.length > MAX_ORDER) {
            watchlists.requireOwner(me(), id);
            throw new BadRequestException("more films than a list may be reordered with");
        }
        watchlists.reorder(me(), id, Arrays.stream(ids).map(WatchlistResource::number).toList());
        return script != null ? Response.noContent().build() : seeOther("/watchlists/" + id);
    }

    @POST
    @Path("{id:[0-9]{1,18}}/films/{film:[0-9]{1,18}}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") long id, @PathParam("film") long film, @RestForm String note) {
        if (note != null && note.length() > MAX_TEXT) {
            watchlists.requireOwner(me(), id);
            return Pages.html(422, listPage(id, null, FieldErrors.none().add("note", msg().note_too_long(MAX_TEXT)), film));
        }
        watchlists.note(me(), id, film, blankToNull(note));
        return seeOther("/watchlists/" + id + "#film-" + film);
    }

    /** {@code watched=yes} with an optional {@code on} date (today when blank), or {@code watched=no}. */
    @POST
    @Path("{id:[0-9]{1,18}}/films/{film:[0-9]{1,18}}/watched")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response watched(@PathParam("id") long id, @PathParam("film") long film, @RestForm String watched, @RestForm String on) {
        LocalDate day = null;
        if (!"no".equals(watched)) {
            try {
                day = on == null || on.isBlank() ? LocalDate.now() : LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                watchlists.requireOwner(me(), id);
                return Pages.html(422, listPage(id, null, FieldErrors.none().add("on", msg().date_invalid(on)), film));
            }
            if (!InputHygiene.plausibleWatchDate(day)) {
                // PostgreSQL's dates end in 5874897: +999999999-12-31 parses, then fails to be stored
                watchlists.requireOwner(me(), id);
                String message = InputHygiene.messages().date_out_of_range(InputHygiene.FIRST_DAY_OF_CINEMA.toString(),
                        LocalDate.now().plusDays(1).toString());
                return Pages.html(400, listPage(id, null, FieldErrors.none().add("on", message), film));
            }
        }
        watchlists.watched(me(), id, film, day);
        return seeOther("/watchlists/" + id + "#film-" + film);
    }

    // ------------------------------------------------------------------ hidden suggestions

    /**
     * The one way to hide a suggested film (For you, a list's suggestions): never suggested to this reader again, here
     * or there, until shown again; then back to {@code return} (a local path).
     */
    @POST
    @Path("not-interested")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@RestForm String film, @RestForm("return") String back) {
        watchlists.dismiss(me(), number(film));
        return seeOther(ReturnPath.local(back));
    }

    /** The one page of what the reader hid, each with its undo. */
    @GET
    @Path("not-interested")
    public TemplateInstance notInterested() {
        return Templates.notInterested(watchlists.dismissed(me()));
    }

    /** Suggested again; back to {@code return} (For you's section of hidden films), else to the page of hidden films. */
    @POST
    @Path("not-interested/{film:[0-9]{1,18}}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undismiss(@PathParam("film") long film, @RestForm("return") String back) {
        watchlists.undismiss(me(), film);
        return seeOther(back == null || back.isBlank() ? "/watchlists/not-interested" : ReturnPath.local(back));
    }

    // ------------------------------------------------------------------ Letterboxd

    @GET
    @Path("{id:[0-9]{1,18}}/export")
    @Produces("text/csv")
    public Response export(@PathParam("id") long id, @RestQuery String format) {
        WatchlistService.ListPage page = watchlists.ownersPage(me(), id, null, false);
        boolean listFormat = !"watchlist".equals(format);
        String origin = currentPage.origin();
        List<LetterboxdCsv.Film> films = page.entries().stream()
                .map(e -> new LetterboxdCsv.Film(e.film.title, e.film.year, origin + "/films/" + e.film.id, e.note,
                        e.addedAt.toLocalDate()))
                .toList();
        String csv = listFormat
                ? LetterboxdCsv.list(page.list().name, page.list().description, origin + "/watchlists/" + id,
                page.list().createdAt.toLocalDate(), films)
                : LetterboxdCsv.watchlist(films);
        String file = fileName(page.list().name) + (listFormat ? "-list" : "-watchlist") + ".csv";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        return Templates.importForm(watchlists.listsOf(me()), null);
    }

    /** Reads the file and keeps it for the report; nothing is added to any list yet. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload upload, @RestForm String target) {
        if (upload == null || upload.uploadedFile() == null || upload.fileName() == null || upload.fileName().isBlank()) {
            return importRefused(400, msg().import_choose());
        }
        String fileName = upload.fileName().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        if (upload.size() > config.maxImportBytes()) {
            return importRefused(413, msg().import_too_large(fileName, config.maxImportBytes()));
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(upload.uploadedFile()))).toString();
        } catch (CharacterCodingException e) {
            return importRefused(415, msg().import_not_utf8(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Long targetId = target == null || target.isBlank() ? null : number(target);
        try {
            String key = imports.stage(me(), fileName, content, targetId);
            return seeOther("/watchlists/import/" + key);
        } catch (LetterboxdFormatException e) {
            return importRefused(422, fileName + ": " + e.getMessage());
        }
    }

    @GET
    @Path("import/{key:[A-Za-z0-9_-]{22,64}}")
    public TemplateInstance importPreview(@PathParam("key") String key) {
        return Templates.importPreview(imports.preview(me(), key));
    }

    @POST
    @Path("import/{key:[A-Za-z0-9_-]{22,64}}")
    public Response confirmImport(@PathParam("key") String key) {
        return seeOther("/watchlists/" + imports.confirm(me(), key));
    }

    // ------------------------------------------------------------------ helpers

    private Response importRefused(int status, String problem) {
        return Pages.html(status, Templates.importForm(watchlists.listsOf(me()), problem));
    }

    private FieldErrors listErrors(String name, String description) {
        FieldErrors errors = FieldErrors.none();
        String cleaned = clean(name);
        if (cleaned.isEmpty()) {
            errors.add("name", msg().name_required());
        } else if (cleaned.length() > MAX_NAME) {
            errors.add("name", msg().name_too_long(MAX_NAME));
        }
        if (description != null && description.length() > MAX_TEXT) {
            errors.add("description", msg().description_too_long(MAX_TEXT));
        }
        return errors;
    }

    private static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("not a number: " + text);
        }
    }

    private static String fileName(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "kinopanorama" : slug;
    }

    private Response back(String back, long id) {
        return seeOther(back == null || back.isBlank() ? "/watchlists/" + id : ReturnPath.local(back));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private WatchlistMessages msg() {
        return language.messages(WatchlistMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
