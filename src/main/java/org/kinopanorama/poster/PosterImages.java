package org.kinopanorama.poster;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kinopanorama.catalog.PosterPath;

import java.util.Optional;

/**
 * Posters as pages show them ({@code {inject:posters...}} in the poster tag): the image address of a film's poster
 * when an image base is configured and the film has a path of the allowed shape, else none (the tag draws our own
 * typographic poster); and each film's colour. A wrong base stops the start with its reason.
 */
@ApplicationScoped
@Startup
@Named("posters")
public class PosterImages {

    /** How many colours typographic posters come in (site.css: .poster--tone0 ... tone7). */
    static final int TONES = 8;

    private final Optional<ImageBase> base;
    private final String cardSize;
    private final String pageSize;

    PosterImages(PostersConfig config) {
        this.base = config.imageBase().filter(s -> !s.isBlank()).map(ImageBase::parse);
        this.cardSize = ImageBase.size("card-size", config.cardSize());
        this.pageSize = ImageBase.size("page-size", config.pageSize());
    }

    /** The origin images come from, for the Content-Security-Policy; empty when images are off. */
    public Optional<String> imageOrigin() {
        return base.map(ImageBase::origin);
    }

    /** The card-size image of this poster path, or null (images off, no path, a path of another shape). */
    public String card(String path) {
        return address(path, cardSize);
    }

    /** The film-page-size image of this poster path, or null. */
    public String page(String path) {
        return address(path, pageSize);
    }

    /** The image of this poster path at a size ("card" or "page"), or null: the poster tag draws one then. */
    public String src(String path, String size) {
        return "page".equals(size) ? page(path) : card(path);
    }

    /** The box an image is given before it arrives (2:3), in CSS pixels. */
    public int width(String size) {
        return "page".equals(size) ? 300 : 184;
    }

    public int height(String size) {
        return width(size) * 3 / 2;
    }

    private String address(String path, String size) {
        if (base.isEmpty() || !PosterPath.isValid(path)) {
            return null;
        }
        return base.get().address() + size + path;
    }

    /** A colour for the film, always the same for it: one of {@value #TONES}, spread over ids. */
    public int tone(Object filmId) {
        long id = filmId instanceof Number n ? n.longValue() : 0;
        long mixed = id * 0x9E3779B97F4A7C15L;
        return (int) Math.floorMod(mixed ^ (mixed >>> 29), (long) TONES);
    }
}
