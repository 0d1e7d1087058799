package org.kinopanorama.similarity;

import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated films written straight into PostgreSQL by COPY (no ingest, no rebuild): each with 3–8 of the seeds'
 * themes (the first themes far more often), lists of 10–50 films whose entries have a description and a fact
 * from a Zipfian vocabulary of 50,000 words, and baskets of 5–60 films (popular films more often); optionally a
 * director of {@code films / 10} people and 1–3 genres of 25. Same seed, same catalogue.
 *
 * @param films    number of films, ids from {@code firstId}
 * @param lists    number of lists
 * @param baskets  number of baskets
 * @param people   whether films get a director and genres
 */
record GeneratedCatalogue(int films, int lists, int baskets, boolean people, long firstId, long seed) {

    private static final String[] WORDS = words();

    /** The benchmark's catalogue: 100,000 films, 3,000 lists, 20,000 baskets, no people. */
    static GeneratedCatalogue benchmark() {
        return new GeneratedCatalogue(100_000, 3000, 20_000, false, 10_000_000, 100_000);
    }

    void write(DataSource db) throws SQLException {
        Random random = new Random(seed);
        long base = firstId;
        StringBuilder rows = new StringBuilder();
        StringBuilder themes = new StringBuilder();
        List<Long> themeIds = ids(db, "SELECT id FROM theme ORDER BY id");
        for (int i = 0; i < films; i++) {
            long id = base + i;
            rows.append(id).append(",Generated film ").append(i).append(',').append(1925 + random.nextInt(67)).append('\n');
            Set<Long> chosen = new HashSet<>();
            int count = 3 + random.nextInt(6);
            while (chosen.size() < count) {
                chosen.add(themeIds.get((int) Math.min(themeIds.size() - 1, Math.abs(random.nextGaussian()) * themeIds.size() / 2.5)));
            }
            for (long t : chosen) {
                themes.append(id).append(',').append(t).append(',').append(0.3f + 0.7f * random.nextFloat()).append('\n');
            }
        }
        copy(db, "COPY film (id, title, year) FROM STDIN (FORMAT csv)", rows);
        copy(db, "COPY film_theme (film_id, theme_id, weight) FROM STDIN (FORMAT csv)", themes);

        StringBuilder listRows = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        long listBase = base + 10_000_000;
        long entryId = base + 40_000_000;
        for (int l = 0; l < lists; l++) {
            long listId = listBase + l;
            String slug = "bench-" + base + "-" + l;
            listRows.append(listId).append(',').append(slug).append(",Bench list ").append(l).append(",Intro,").append(slug)
                    .append(".txt,x\n");
            Set<Long> onList = new HashSet<>();
            int size = 10 + random.nextInt(41);
            while (onList.size() < size) {
                onList.add(base + random.nextInt(films));
            }
            int position = 0;
            for (long film : onList) {
                entries.append(entryId++).append(',').append(listId).append(',').append(++position).append(',').append(film)
                        .append(",Film,1960,\"").append(sentence(random, 30 + random.nextInt(60))).append("\",\"")
                        .append(sentence(random, 10 + random.nextInt(30))).append("\",").append(position * 4).append('\n');
            }
        }
        copy(db, "COPY curated_list (id, slug, title, introduction, source_name, checksum) FROM STDIN (FORMAT csv)", listRows);
        copy(db, "COPY list_entry (id, list_id, position, film_id, heading, year, description, fact, line) FROM STDIN (FORMAT csv)",
                entries);

        StringBuilder basketRows = new StringBuilder();
        for (int b = 0; b < baskets; b++) {
            Set<Long> saved = new HashSet<>();
            int size = 5 + random.nextInt(56);
            while (saved.size() < Math.min(size, films)) {
                saved.add(base + (long) Math.min(films - 1, Math.abs(random.nextGaussian()) * films / 4));
            }
            for (long film : saved) {
                basketRows.append("bench").append(base).append(',').append(b).append(',').append(film).append('\n');
            }
        }
        copy(db, "COPY behaviour_signal (source, basket, film_id) FROM STDIN (FORMAT csv)", basketRows);

        if (people) {
            StringBuilder persons = new StringBuilder();
            StringBuilder directed = new StringBuilder();
            StringBuilder genres = new StringBuilder();
            int directors = Math.max(1, films / 10);
            for (int p = 0; p < directors; p++) {
                persons.append(base + p).append(",generated,").append(base).append('-').append(p).append(",Director ").append(p).append('\n');
            }
            for (int i = 0; i < films; i++) {
                directed.append(base + i).append(',').append(base + random.nextInt(directors)).append(",director,1,generated\n");
                Set<Integer> g = new HashSet<>();
                for (int n = 1 + random.nextInt(3); g.size() < n; ) {
                    g.add((int) Math.min(24, Math.abs(random.nextGaussian()) * 8));
                }
                for (int genre : g) {
                    genres.append(base + i).append(",genre").append(genre).append(",Genre ").append(genre).append(",generated\n");
                }
            }
            copy(db, "COPY person (id, source, source_key, name) FROM STDIN (FORMAT csv)", persons);
            copy(db, "COPY film_person (film_id, person_id, role, position, source) FROM STDIN (FORMAT csv)", directed);
            copy(db, "COPY film_genre (film_id, genre, label, source) FROM STDIN (FORMAT csv)", genres);
        }
    }

    /**
     * The rest of what the real datasets say about a film, for the 100,000-film benchmark: a screenwriter of
     * {@code films / 8} people, 3–8 cast of {@code films / 3} actors (some in hundreds of films), one studio of 60
     * (a few make most films), and for three films in five 1–2 topics of 400. Needs {@code people}; same seed,
     * same metadata.
     */
    void writeMoreMetadata(DataSource db) throws SQLException {
        Random random = new Random(seed + 1);
        long base = firstId;
        long personBase = base + 1_000_000;
        int writers = Math.max(1, films / 8);
        int actors = Math.max(1, films / 3);
        StringBuilder persons = new StringBuilder();
        for (int p = 0; p < writers + actors; p++) {
            persons.append(personBase + p).append(",generated,").append(base).append("-more-").append(p)
                    .append(p < writers ? ",Writer " : ",Actor ").append(p).append('\n');
        }
        StringBuilder studios = new StringBuilder();
        for (int s = 0; s < 60; s++) {
            studios.append(base + s).append(",generated,").append(base).append('-').append(s).append(",Studio ").append(s).append('\n');
        }
        StringBuilder topics = new StringBuilder();
        for (int t = 0; t < 400; t++) {
            topics.append(base + t).append(",generated,").append(base).append('-').append(t).append(",topic-").append(base)
                    .append('-').append(t).append(",Topic ").append(t).append('\n');
        }
        StringBuilder credits = new StringBuilder();
        StringBuilder made = new StringBuilder();
        StringBuilder about = new StringBuilder();
        for (int i = 0; i < films; i++) {
            long film = base + i;
            credits.append(film).append(',').append(personBase + random.nextInt(writers)).append(",screenwriter,1,generated\n");
            Set<Long> cast = new HashSet<>();
            for (int n = 3 + random.nextInt(6); cast.size() < n; ) {
                cast.add(personBase + writers + (long) Math.min(actors - 1, Math.abs(random.nextGaussian()) * actors / 3));
            }
            int position = 0;
            for (long actor : cast) {
                credits.append(film).append(',').append(actor).append(",cast,").append(++position).append(",generated\n");
            }
            made.append(film).append(',').append(base + (long) Math.min(59, Math.abs(random.nextGaussian()) * 15))
                    .append(",1,generated\n");
            if (random.nextInt(5) < 3) {
                Set<Integer> t = new HashSet<>();
                for (int n = 1 + random.nextInt(2); t.size() < n; ) {
                    t.add(random.nextInt(400));
                }
                t.forEach(topic -> about.append(film).append(',').append(base + topic).append('\n'));
            }
        }
        copy(db, "COPY person (id, source, source_key, name) FROM STDIN (FORMAT csv)", persons);
        copy(db, "COPY studio (id, source, source_key, name) FROM STDIN (FORMAT csv)", studios);
        copy(db, "COPY topic (id, source, source_key, slug, name) FROM STDIN (FORMAT csv)", topics);
        copy(db, "COPY film_person (film_id, person_id, role, position, source) FROM STDIN (FORMAT csv)", credits);
        copy(db, "COPY film_studio (film_id, studio_id, position, source) FROM STDIN (FORMAT csv)", made);
        copy(db, "COPY film_topic (film_id, topic_id) FROM STDIN (FORMAT csv)", about);
    }

    private static void copy(DataSource db, String sql, CharSequence rows) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new BufferedReader(new StringReader(rows.toString())));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private static List<Long> ids(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Zipf-like: rank ~ exp(uniform) over the vocabulary
            int rank = (int) Math.min(WORDS.length - 1, Math.exp(random.nextDouble() * Math.log(WORDS.length)) - 1);
            s.append(i == 0 ? "" : " ").append(WORDS[rank]);
        }
        return s.toString();
    }

    private static String[] words() {
        String[] w = new String[50_000];
        Random r = new Random(7);
        for (int i = 0; i < w.length; i++) {
            StringBuilder s = new StringBuilder();
            int len = 4 + r.nextInt(6);
            for (int j = 0; j < len; j++) {
                s.append((char) ('a' + r.nextInt(26)));
            }
            w[i] = s.toString();
        }
        return w;
    }
}
