package org.kinopanorama.letterboxd;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.web.CurrentPage;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;

/**
 * A signed-in person's Letterboxd archive: imported (upload, one report, one confirmation) and exported, only their
 * own. Every POST carries the CSRF token (web/CsrfFilter).
 */
@Path("/letterboxd")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class LetterboxdResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(boolean imported, String problem, long maxMegabytes);

        static native TemplateInstance report(LetterboxdArchiveImport.Report report);
    }

    @Inject
    LetterboxdArchiveImport imports;

    @Inject
    LetterboxdArchiveExport exports;

    @Inject
    LetterboxdConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    Language language;

    @Inject
    CurrentPage currentPage;

    @GET
    public TemplateInstance page(@RestQuery String imported) {
        return Templates.page("yes".equals(imported), null, megabytes(config.maxArchiveBytes()));
    }

    /** Reads the archive and keeps it for the report; nothing is saved yet. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null || upload.fileName() == null || upload.fileName().isBlank()) {
            return refused(400, msg().choose());
        }
        String fileName = upload.fileName().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        if (upload.size() > config.maxArchiveBytes()) {
            return refused(413, msg().too_large_upload(fileName, megabytes(config.maxArchiveBytes())));
        }
        byte[] zip;
        try {
            zip = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return seeOther("/letterboxd/import/" + imports.stage(me(), fileName, zip));
        } catch (LetterboxdArchive.Refused e) {
            return refused(e.reason() == LetterboxdArchive.Reason.TOO_LARGE ? 413 : 422, why(fileName, e));
        }
    }

    @GET
    @Path("import/{key:[A-Za-z0-9_-]{22,64}}")
    public TemplateInstance report(@PathParam("key") String key) {
        return Templates.report(imports.report(me(), key, currentPage.origin()));
    }

    @POST
    @Path("import/{key:[A-Za-z0-9_-]{22,64}}")
    public Response confirm(@PathParam("key") String key) {
        imports.confirm(me(), key, currentPage.origin());
        return seeOther("/letterboxd?imported=yes");
    }

    @GET
    @Path("export")
    @Produces("application/zip")
    public Response export() {
        byte[] zip = exports.zip(me(), currentPage.origin());
        String file = "letterboxd-" + me().replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + LocalDate.now() + "-kinopanorama.zip";
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The reader's words for why the archive was refused, naming the file (and line) where it is one place. */
    private String why(String upload, LetterboxdArchive.Refused e) {
        LetterboxdMessages m = msg();
        return switch (e.reason()) {
            case NOT_ZIP -> m.not_zip(upload);
            case TOO_MANY_ENTRIES -> m.too_many_entries(Integer.toString(config.maxEntries()));
            case TOO_LARGE -> m.too_large(e.file(), megabytes(config.maxUncompressedBytes()));
            case UNSAFE_NAME -> m.unsafe_name(e.file());
            case DUPLICATE_NAME -> m.duplicate_name(e.file());
            case NOT_UTF8 -> m.not_utf8(e.file());
            case NO_LETTERBOXD_FILES -> m.no_letterboxd_files();
            case MALFORMED -> m.malformed(e.file(), e.line(), e.detail());
            case TOO_MANY_ROWS -> m.too_many_rows(e.file(), Integer.toString(config.maxRows()));
        };
    }

    private Response refused(int status, String problem) {
        return Pages.html(status, Templates.page(false, problem, megabytes(config.maxArchiveBytes())));
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / 1_000_000);
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private LetterboxdMessages msg() {
        return language.messages(LetterboxdMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
