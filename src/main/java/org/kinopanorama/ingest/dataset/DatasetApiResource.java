package org.kinopanorama.ingest.dataset;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.account.CuratorCaller;
import org.kinopanorama.account.CuratorOnly;
import org.kinopanorama.web.ApiProblem;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Dataset imports for scripts, as a curator (HTTP Basic or a session): {@code POST /api/datasets/imports?dataset=..&path=..}
 * (or multipart with the field {@code archive}) answers 202 with the import and its address; {@code GET} shows
 * its progress and log; {@code POST .../cancel} and {@code .../resume}.
 */
@Path("/api/datasets/imports")
@CuratorOnly
@Produces(MediaType.APPLICATION_JSON)
public class DatasetApiResource {

    @Inject
    DatasetImports imports;

    @Inject
    DatasetImportJob job;

    @Inject
    CuratorCaller curator;

    @POST
    public Response startImport(@QueryParam("dataset") String dataset, @QueryParam("path") String path,
                          @QueryParam("everyFilm") boolean everyFilm) {
        return started(imports.start(dataset, path, null, everyFilm, curator.name()));
    }

    /** An uploaded archive (field {@code archive}); a bodiless POST may land here too, so the query counts as well. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadImport(@RestForm("dataset") String formDataset, @RestForm("archive") FileUpload archive,
                                 @RestForm("everyFilm") String formEveryFilm, @QueryParam("dataset") String dataset,
                                 @QueryParam("path") String path, @QueryParam("everyFilm") boolean everyFilm) {
        String which = formDataset != null ? formDataset : dataset;
        boolean every = formEveryFilm != null ? Boolean.parseBoolean(formEveryFilm) : everyFilm;
        return started(imports.start(which, path, archive, every, curator.name()));
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response importProgress(@PathParam("id") long id) {
        return found(job.find(id, DatasetDeskResource.LOG_LINES), () -> null);
    }

    @POST
    @Path("{id:[0-9]{1,18}}/cancel")
    public Response cancelImport(@PathParam("id") long id) {
        return found(job.find(id, 0), () -> job.cancel(id));
    }

    @POST
    @Path("{id:[0-9]{1,18}}/resume")
    public Response resumeImport(@PathParam("id") long id) {
        return found(job.find(id, 0), () -> job.resume(id));
    }

    private Response found(Optional<ImportView> run, Supplier<Object> action) {
        if (run.isEmpty()) {
            throw new ApiProblem(404, "No such import.");
        }
        action.get();
        return Response.ok(job.find(run.get().id(), DatasetDeskResource.LOG_LINES).orElseThrow()).build();
    }

    private Response started(DatasetImports.Started s) {
        if (s.id() == null) {
            throw new ApiProblem(s.status(), s.englishProblem());
        }
        return Response.accepted(job.find(s.id(), 0).orElseThrow()).location(URI.create("/api/datasets/imports/" + s.id())).build();
    }
}
