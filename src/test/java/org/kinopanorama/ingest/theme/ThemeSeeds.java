package org.kinopanorama.ingest.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny reader of the seed documents in seeds/: an introduction, then per film "Title (year)", "Description:", "Fact:". */
final class ThemeSeeds {

    static final Path DIR = Path.of("seeds");
    static final String BETRAYAL = "000_cf483bedbf380018.txt";
    static final String TRUE_LOVE = "001_389cd63eb799289f.txt";
    static final String UNREQUITED_LOVE = "002_64907de0053f19af.txt";

    private static final Pattern TITLE = Pattern.compile("(.+) \\((\\d{4})\\)");

    record Entry(String title, int year, String description, String fact) {
    }

    record Document(String name, String introduction, List<Entry> entries) {

        Entry entry(String title) {
            return entries.stream().filter(e -> e.title().equals(title)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(title + " is not in " + name));
        }
    }

    private ThemeSeeds() {
    }

    static List<Document> all() {
        return List.of(read(BETRAYAL), read(TRUE_LOVE), read(UNREQUITED_LOVE));
    }

    static Document read(String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder introduction = new StringBuilder();
        List<Entry> entries = new ArrayList<>();
        String title = null;
        int year = 0;
        String description = null;
        String fact = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher t = TITLE.matcher(line);
            if (line.startsWith("Description:")) {
                description = line.substring("Description:".length()).strip();
            } else if (line.startsWith("Fact:")) {
                fact = line.substring("Fact:".length()).strip();
            } else if (t.matches()) {
                if (title != null) {
                    entries.add(new Entry(title, year, description, fact));
                }
                title = t.group(1);
                year = Integer.parseInt(t.group(2));
                description = null;
                fact = null;
            } else if (title == null) {
                introduction.append(introduction.length() == 0 ? "" : " ").append(line);
            } else {
                throw new IllegalStateException(name + ": unexpected line " + line);
            }
        }
        if (title != null) {
            entries.add(new Entry(title, year, description, fact));
        }
        return new Document(name, introduction.toString(), List.copyOf(entries));
    }
}
