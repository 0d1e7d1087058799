package org.kinopanorama.watchlist;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions for a list come from the precomputed neighbours (film_neighbour, written here as the similarity
 * module would), say which saved films they come from, and leave out what the reader is not interested in.
 */
@QuarkusTest
class WatchlistSuggestionsTest {

    private static final Pattern SUGGESTED = Pattern.compile("<li class=\"card suggestion\">\\s*<h3 class=\"card__title\"><a href=\"/films/(\\d+)\">");

    @Inject
    AgroalDataSource db;

    @Inject
    WatchlistSuggestions suggestions;

    @Test
    void filmsNearSeveralSavedFilmsComeFirstAndSayWhy() {
        List<FilmRef> f = CuratedFilms.ingest(db, 6).films();
        FilmRef x = f.get(0), y = f.get(1), close = f.get(2), nearX = f.get(3), alsoSaved = f.get(4), far = f.get(5);
        f.forEach(film -> CuratedFilms.neighbours(db, film.id(), 0.5)); // only the neighbours below exist
        CuratedFilms.neighbours(db, x.id(), 0.9, close.id(), nearX.id(), y.id());
        CuratedFilms.neighbours(db, y.id(), 0.5, close.id(), alsoSaved.id());
        CuratedFilms.neighbours(db, far.id(), 0.99, x.id()); // far is a neighbour's source, not a neighbour of the list

        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        long list = Lists.create(anna, "Suggest me");
        Lists.add(anna, list, x.id());
        Lists.add(anna, list, y.id());
        Lists.add(anna, list, alsoSaved.id());

        String page = Lists.page(anna, list);
        assertThat(suggested(page)).containsExactly(close.id(), nearX.id());
        assertThat(page).contains("Because you saved " + x.title() + " and " + y.title())
                .contains("Because you saved " + x.title() + "<");

        // not interested: gone from this reader's suggestions, listed on their page, and back after undo
        assertThat(anna.post("/watchlists/not-interested", "film", Long.toString(close.id()), "return", "/watchlists/" + list)
                .header("Location")).endsWith("/watchlists/" + list);
        assertThat(suggested(Lists.page(anna, list))).containsExactly(nearX.id());
        assertThat(anna.get("/account").asString()).contains("href=\"/watchlists/not-interested\"");
        String dismissed = anna.get("/watchlists/not-interested").asString();
        assertThat(dismissed).contains(close.title()).contains("/watchlists/not-interested/" + close.id() + "/undo");

        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));
        long borisList = Lists.create(boris, "Mine");
        Lists.add(boris, borisList, x.id());
        assertThat(suggested(Lists.page(boris, borisList))).as("another reader's dismissals").startsWith(close.id());

        anna.post("/watchlists/not-interested/" + close.id() + "/undo");
        assertThat(suggested(Lists.page(anna, list))).containsExactly(close.id(), nearX.id());

        // adding a suggestion puts it on the list and out of the suggestions
        Lists.add(anna, list, nearX.id());
        assertThat(suggested(Lists.page(anna, list))).containsExactly(close.id());
    }

    @Test
    void aReasonNamesTwoSavedFilmsAndCountsTheRest() {
        List<FilmRef> f = CuratedFilms.ingest(db, 5).films();
        FilmRef target = f.get(4);
        Visitor clara = Visitor.signedUp(Visitor.uniqueName("clara"));
        long list = Lists.create(clara, "Many reasons");
        for (int i = 0; i < 4; i++) {
            CuratedFilms.neighbours(db, f.get(i).id(), 0.9 - i * 0.1, target.id());
            Lists.add(clara, list, f.get(i).id());
        }
        var only = suggestions.forList(list, accountId(clara), 10);
        assertThat(only).hasSize(1);
        assertThat(only.get(0).because()).containsExactly(f.get(0).title(), f.get(1).title());
        assertThat(only.get(0).more()).isEqualTo(2);
        assertThat(only.get(0).score()).isCloseTo(0.9 + 0.8 + 0.7 + 0.6, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(Lists.page(clara, list)).contains("(and 2 more)");
    }

    @Test
    void watchlistsAreBasketsForTheBehaviourSignalWithoutSayingWhose() {
        List<FilmRef> f = CuratedFilms.ingest(db, 2).films();
        String name = Visitor.uniqueName("dina");
        Visitor dina = Visitor.signedUp(name);
        long list = Lists.create(dina, "Private by default");
        Lists.add(dina, list, f.get(0).id());
        Lists.add(dina, list, f.get(1).id());
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM film_basket WHERE basket = 'watchlist:' || ? AND film_id IN (?, ?)",
                Long.toString(list), f.get(0).id(), f.get(1).id())).isEqualTo(2);
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM film_basket b, watchlist w WHERE w.id = ? AND (b.basket LIKE '%' || w.secret || '%' OR b.basket LIKE '%' || ? || '%')",
                list, name)).isZero();
        // films saved together: the co-occurrence count the similarity module reads
        assertThat(CuratedFilms.count(db, """
                SELECT count(DISTINCT a.basket) FROM film_basket a JOIN film_basket b ON a.basket = b.basket
                WHERE a.film_id = ? AND b.film_id = ?""", f.get(0).id(), f.get(1).id())).isEqualTo(1);
    }

    private long accountId(Visitor visitor) {
        String username = visitor.get("/account").asString().replaceAll("(?s).*<dt>Username</dt><dd>([^<]+)</dd>.*", "$1");
        return CuratedFilms.count(db, "SELECT id FROM account WHERE username = ?", username);
    }

    private static List<Long> suggested(String page) {
        Matcher m = SUGGESTED.matcher(page);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
