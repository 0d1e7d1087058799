package org.kinopanorama.diary;

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

import java.net.URI;

/** The owner's diary: their watchings newest first, a page at a time; an entry is deleted or shown on the profile here. */
@Path("/diary")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DiaryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diary(DiaryService.DiaryPage page);
    }

    @Inject
    DiaryService diary;

    @Inject
    SecurityIdentity identity;

    /** {@code page}: 1 and on; anything else is the first page, beyond the last is the last. */
    @GET
    public TemplateInstance page(@RestQuery String page) {
        return Templates.diary(diary.diary(me(), pageNumber(page)));
    }

    @POST
    @Path("{entry:[0-9]{1,18}}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("entry") long entry) {
        diary.delete(me(), entry);
        return Response.seeOther(URI.create("/diary")).build();
    }

    /** {@code public=yes} shows the entry on the profile, anything else hides it. */
    @POST
    @Path("{entry:[0-9]{1,18}}/visibility")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response visibility(@PathParam("entry") long entry, @RestForm("public") String isPublic) {
        diary.publish(me(), entry, "yes".equals(isPublic));
        return Response.seeOther(URI.create("/diary#entry-" + entry)).build();
    }

    static int pageNumber(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
