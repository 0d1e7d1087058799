package org.kinopanorama.ingest.dataset;

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
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Pages;

import java.net.URI;
import java.util.List;

/** The curators' page for dataset imports: start one (server path or upload), watch it, cancel or resume it. */
@Path("/curate/datasets")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class DatasetDeskResource {

    static final int LOG_LINES = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance datasets(List<ImportView> imports, String problem, String dataset, String path);

        static native TemplateInstance progress(ImportView run);
    }

    @Inject
    DatasetImports imports;

    @Inject
    DatasetImportJob job;

    @Inject
    SecurityIdentity identity;

    @Inject
    Language language;

    @GET
    public TemplateInstance datasets() {
        return Templates.datasets(job.recent(20), null, DatasetImportJob.SOVIET_CINEMA, "");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@RestForm String dataset, @RestForm String path, @RestForm("archive") FileUpload archive,
                          @RestForm boolean everyFilm) {
        DatasetImports.Started started = imports.start(dataset, path, archive, everyFilm, identity.getPrincipal().getName());
        if (started.problem() != null) {
            return Pages.html(started.status(), Templates.datasets(job.recent(20), started.problem().apply(language.code()),
                    dataset, path == null ? "" : path));
        }
        return Response.seeOther(URI.create("/curate/datasets/" + started.id())).build();
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public TemplateInstance progress(@PathParam("id") long id) {
        return Templates.progress(job.find(id, LOG_LINES).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("{id:[0-9]{1,18}}/cancel")
    public Response cancel(@PathParam("id") long id) {
        job.find(id, 0).orElseThrow(NotFoundException::new);
        job.cancel(id);
        return Response.seeOther(URI.create("/curate/datasets/" + id)).build();
    }

    @POST
    @Path("{id:[0-9]{1,18}}/resume")
    public Response resume(@PathParam("id") long id) {
        job.find(id, 0).orElseThrow(NotFoundException::new);
        job.resume(id);
        return Response.seeOther(URI.create("/curate/datasets/" + id)).build();
    }
}
