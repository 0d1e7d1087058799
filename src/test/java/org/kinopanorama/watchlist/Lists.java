package org.kinopanorama.watchlist;

import io.restassured.response.Response;
import org.kinopanorama.account.Visitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a signed-in person does with their lists, through the pages' own forms. */
final class Lists {

    private static final Pattern LIST_LINK = Pattern.compile("href=\"/watchlists/(\\d+)\"");
    private static final Pattern ENTRY = Pattern.compile("id=\"film-(\\d+)\" data-film");
    private static final Pattern SHARE = Pattern.compile("/shared/([A-Za-z0-9_-]{22,64})");

    private Lists() {
    }

    /** The person's default Watchlist (listed first on "my lists"). */
    static long watchlist(Visitor visitor) {
        Response page = visitor.get("/watchlists");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = LIST_LINK.matcher(page.asString());
        assertThat(m.find()).as("a list on /watchlists").isTrue();
        return Long.parseLong(m.group(1));
    }

    static long create(Visitor visitor, String name) {
        visitor.get("/watchlists");
        Response created = visitor.post("/watchlists", "name", name, "description", "");
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(created.header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
    }

    static void add(Visitor visitor, long list, long film) {
        Response added = visitor.post("/watchlists/" + list + "/films/" + film + "/add");
        assertThat(added.statusCode()).as("add %s to %s", film, list).isEqualTo(303);
    }

    static String page(Visitor visitor, long list) {
        Response page = visitor.get("/watchlists/" + list);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.asString();
    }

    static String page(Visitor visitor, long list, String show) {
        return visitor.get("/watchlists/" + list + "?show=" + show).asString();
    }

    /** Film ids in the order the list's page shows them. */
    static List<Long> order(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ENTRY.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    static String secret(String page) {
        Matcher m = SHARE.matcher(page);
        assertThat(m.find()).as("a share link on the page").isTrue();
        return m.group(1);
    }
}
