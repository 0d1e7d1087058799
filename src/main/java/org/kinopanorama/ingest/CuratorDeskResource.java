package org.kinopanorama.ingest;

import org.kinopanorama.ingest.document.DocumentNames;
import org.kinopanorama.ingest.document.DocumentRejectedException;
import org.kinopanorama.ingest.document.DocumentRejections;
import org.kinopanorama.ingest.document.ListDocumentParser;
import org.kinopanorama.ingest.document.ParsedDocument;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.catalog.CatalogueService;
import org.kinopanorama.catalog.CatalogueSummary;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * The curators' own pages: upload a document, see what it would do, confirm, read the report; rename a
 * list; see where sources disagree on a film's year.
 */
@Path("/curate")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class CuratorDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(CatalogueSummary summary, List<CatalogueService.YearConflict> conflicts,
                                            String problem);

        static native TemplateInstance preview(IngestReport report, String fileName, String key);

        static native TemplateInstance report(IngestReport report);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    IngestService ingest;

    @Inject
    IngestConfig config;

    @Inject
    StagedDocuments staged;

    @Inject
    SecurityIdentity identity;

    @Inject
    Language language;

    @GET
    public TemplateInstance desk() {
        return Templates.desk(catalogue.summary(), catalogue.yearConflicts(), null);
    }

    /**
     * Reads the uploaded document and shows what ingesting it would do; nothing of it is ingested. The document waits
     * in the database under a key only this curator can confirm (the form carries the key, not the document).
     */
    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm("document") FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null || upload.fileName() == null || upload.fileName().isBlank()) {
            return refused(400, language.messages(DeskMessages.class).desk_choose_document());
        }
        if (upload.size() > config.maxDocumentBytes()) {
            return refused(413, language.messages(DeskMessages.class).desk_too_large(DocumentNames.clean(upload.fileName()), config.maxDocumentBytes()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = DocumentNames.clean(upload.fileName());
        try {
            ParsedDocument doc = new ListDocumentParser(config.maxDocumentBytes()).parse(fileName, bytes);
            IngestReport report = ingest.preview(doc, curator());
            String key = report.outcome() == IngestReport.Outcome.UNCHANGED ? null : staged.stage(curator(), fileName, bytes);
            return Pages.html(200, Templates.preview(report, fileName, key));
        } catch (DocumentRejectedException e) {
            return refused(DocumentRejections.status(e), fileName + ": " + DocumentRejections.describe(e));
        }
    }

    /** Ingests the document the curator saw in the preview: the one staged under the key, if it is theirs and fresh. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importDocument(@RestForm String key) {
        if (key == null || key.isBlank()) {
            return refused(400, language.messages(DeskMessages.class).desk_import_missing());
        }
        Optional<StagedDocuments.Staged> document = staged.find(curator(), key.strip());
        if (document.isEmpty()) {
            // forged, another curator's, expired or already imported: all the same to the one who asks
            return refused(404, language.messages(DeskMessages.class).desk_import_missing());
        }
        String name = document.get().fileName();
        try {
            ParsedDocument doc = new ListDocumentParser(config.maxDocumentBytes()).parse(name, document.get().content());
            IngestReport report = ingest.ingest(doc, curator());
            staged.drop(document.get().key());
            URI next = report.runId() == null ? URI.create("/lists/" + report.listSlug()) : URI.create("/curate/imports/" + report.runId());
            return Response.seeOther(next).build();
        } catch (DocumentRejectedException e) {
            return refused(DocumentRejections.status(e), name + ": " + DocumentRejections.describe(e));
        }
    }

    @POST
    @Path("lists/{slug:[a-z0-9-]{1,80}}/title")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renameList(@PathParam("slug") String slug, @RestForm String title) {
        String cleaned = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty() || cleaned.length() > 120) {
            return refused(422, language.messages(DeskMessages.class).desk_title_length());
        }
        if (!ingest.renameList(slug, cleaned)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/curate")).build();
    }

    @GET
    @Path("imports/{id:[0-9]{1,18}}")
    public TemplateInstance report(@PathParam("id") long id) {
        return Templates.report(ingest.report(id).orElseThrow(NotFoundException::new));
    }

    private Response refused(int status, String problem) {
        return Pages.html(status, Templates.desk(catalogue.summary(), catalogue.yearConflicts(), problem));
    }

    private String curator() {
        return identity.getPrincipal().getName();
    }
}
