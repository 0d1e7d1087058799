package org.kinopanorama.ingest;

import org.kinopanorama.ingest.document.DocumentNames;
import org.kinopanorama.ingest.document.DocumentRejectedException;
import org.kinopanorama.ingest.document.DocumentRejections;
import org.kinopanorama.ingest.document.ListDocumentParser;
import org.kinopanorama.ingest.document.ParsedDocument;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.account.CuratorCaller;
import org.kinopanorama.account.CuratorOnly;
import org.kinopanorama.web.ApiProblem;
import java.util.OptionalLong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Ingesting documents from scripts: the document as the body (text/plain) with {@code ?name=}, or as the
 * multipart field {@code document}; {@code ?preview=true} reports without saving. A curator authenticates
 * with HTTP Basic (throttled like the sign-in page) or a signed-in session. The answer is the JSON report.
 */
@Path("/api/documents")
@CuratorOnly
@Produces(MediaType.APPLICATION_JSON)
public class DocumentApiResource {

    @Inject
    IngestService ingest;

    @Inject
    IngestConfig config;

    @Inject
    CuratorCaller curator;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.APPLICATION_OCTET_STREAM})
    public Response text(@QueryParam("name") String name, @QueryParam("preview") boolean preview, byte[] body) {
        return handle(name, preview, body);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response multipart(@RestForm("document") FileUpload upload, @QueryParam("preview") boolean preview) {
        if (upload == null || upload.uploadedFile() == null) {
            throw new ApiProblem(400, "Send the document as the multipart field 'document'.");
        }
        if (upload.size() > config.maxDocumentBytes()) {
            throw new ApiProblem(413, tooLarge(DocumentNames.clean(upload.fileName())));
        }
        try {
            return handle(upload.fileName(), preview, Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response handle(String name, boolean preview, byte[] body) {
        if (name == null || name.isBlank()) {
            throw new ApiProblem(400, "Name the document: ?name=my-list.txt");
        }
        if (body == null || body.length == 0) {
            throw new ApiProblem(400, DocumentNames.clean(name) + ": the document is empty.");
        }
        if (body.length > config.maxDocumentBytes()) {
            throw new ApiProblem(413, tooLarge(DocumentNames.clean(name)));
        }
        String fileName = DocumentNames.clean(name);
        try {
            ParsedDocument doc = new ListDocumentParser(config.maxDocumentBytes()).parse(fileName, body);
            IngestReport report = preview ? ingest.preview(doc, curator.name()) : ingest.ingest(doc, curator.name());
            return Response.ok(report).build();
        } catch (DocumentRejectedException e) {
            throw new ApiProblem(DocumentRejections.status(e), fileName + ": " + DocumentRejections.describe(e), e.line(),
                    OptionalLong.empty());
        }
    }

    /** As the curator's page says it: the file first. */
    private String tooLarge(String fileName) {
        return fileName + ": the document is larger than " + config.maxDocumentBytes() + " bytes.";
    }
}
