package org.kinopanorama.ingest;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.account.CuratorCredentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Ingesting documents from scripts: the document as the body (text/plain) with {@code ?name=}, or as the
 * multipart field {@code document}; {@code ?preview=true} reports without saving. A curator authenticates
 * with HTTP Basic (throttled like the sign-in page) or a signed-in session. The answer is the JSON report.
 */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentApiResource {

    @Inject
    IngestService ingest;

    @Inject
    IngestConfig config;

    @Inject
    CuratorCredentials credentials;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.APPLICATION_OCTET_STREAM})
    public Response text(@QueryParam("name") String name, @QueryParam("preview") boolean preview, byte[] body,
                         @HeaderParam("Authorization") String authorization, HttpServerRequest request) {
        return handle(name, preview, body, authorization, request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response multipart(@RestForm("document") FileUpload upload, @QueryParam("preview") boolean preview,
                              @HeaderParam("Authorization") String authorization, HttpServerRequest request) {
        if (upload == null || upload.uploadedFile() == null) {
            return error(400, "Send the document as the multipart field 'document'.", null);
        }
        if (upload.size() > config.maxDocumentBytes()) {
            return error(413, tooLarge(DocumentNames.clean(upload.fileName())), null);
        }
        try {
            return handle(upload.fileName(), preview, Files.readAllBytes(upload.uploadedFile()), authorization, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response handle(String name, boolean preview, byte[] body, String authorization, HttpServerRequest request) {
        var curator = credentials.curator(authorization, identity, request);
        if (curator.refusal().isPresent()) {
            return curator.refusal().get().asJson();
        }
        if (name == null || name.isBlank()) {
            return error(400, "Name the document: ?name=my-list.txt", null);
        }
        if (body == null || body.length == 0) {
            return error(400, DocumentNames.clean(name) + ": the document is empty.", null);
        }
        if (body.length > config.maxDocumentBytes()) {
            return error(413, tooLarge(DocumentNames.clean(name)), null);
        }
        String fileName = DocumentNames.clean(name);
        try {
            ParsedDocument doc = new ListDocumentParser(config.maxDocumentBytes()).parse(fileName, body);
            IngestReport report = preview ? ingest.preview(doc, curator.username()) : ingest.ingest(doc, curator.username());
            return Response.ok(report).build();
        } catch (DocumentRejectedException e) {
            return error(DocumentRejections.status(e), fileName + ": " + DocumentRejections.describe(e), e.line());
        }
    }

    /** As the curator's page says it: the file first. */
    private String tooLarge(String fileName) {
        return fileName + ": the document is larger than " + config.maxDocumentBytes() + " bytes.";
    }

    private static Response error(int status, String message, Integer line) {
        Map<String, Object> body = line == null ? Map.of("error", message) : Map.of("error", message, "line", line);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
