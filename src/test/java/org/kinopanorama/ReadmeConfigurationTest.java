package org.kinopanorama;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.SmallRyeConfig;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table is what an operator reads before setting anything: it must render as one table
 * (no blank line cutting it), name every setting of ours, and give the defaults the app really has (those of
 * {@code application.properties} and of the {@code @ConfigMapping} interfaces, without a test profile).
 */
@QuarkusTest
class ReadmeConfigurationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| ([^|]*) \\|");
    private static final Pattern SHOWN_DEFAULT = Pattern.compile("`([^`]*)`");

    @Inject
    SmallRyeConfig config;

    @Test
    void theConfigurationTableIsWholeNamesEverySettingAndGivesTheRealDefaults() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = lines.indexOf("| Environment variable | Default | What it does |");
        assertThat(header).as("the configuration table's header").isPositive();
        Map<String, String> rows = new LinkedHashMap<>();
        Map<String, String> rowLines = new LinkedHashMap<>();
        int i = header + 2;
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            assertThat(row.find()).as("row %d of the table: %s", i + 1, lines.get(i)).isTrue();
            rows.put(row.group(1), row.group(2).strip());
            rowLines.put(row.group(1), lines.get(i));
        }
        for (int rest = i; rest < lines.size(); rest++) {
            assertThat(ROW.matcher(lines.get(rest)).find() && lines.get(rest).contains("`KINOPANORAMA_"))
                    .as("README line %d is a configuration row outside the table (a blank line cuts it): %s", rest + 1,
                            lines.get(rest)).isFalse();
        }

        Map<String, String> ours = productionValues();
        List<String> problems = new ArrayList<>();
        ours.forEach((property, value) -> {
            String variable = variable(property);
            if (!rows.containsKey(variable) && !documentedAsFamily(rowLines, variable)) {
                problems.add(variable + " (" + property + ") has no row in the README's configuration table");
            }
        });
        rows.forEach((variable, shown) -> {
            String property = ours.keySet().stream().filter(p -> variable(p).equals(variable)).findFirst().orElse(null);
            Matcher d = SHOWN_DEFAULT.matcher(shown);
            if (property == null) {
                if (variable.startsWith("KINOPANORAMA_") && !shown.startsWith("*(")) {
                    problems.add(variable + " is in the README but the app has no such setting");
                }
            } else if (d.matches() && !d.group(1).equals(ours.get(property))) {
                problems.add(variable + ": the README says `" + d.group(1) + "`, the app's default is `"
                        + ours.get(property) + "`");
            } else if (shown.startsWith("*(") && !ours.get(property).isEmpty() && !shown.contains("generated")) {
                problems.add(variable + ": the README says " + shown + ", the app's default is `" + ours.get(property) + "`");
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * A setting documented in the row of its family: the row of {@code KINOPANORAMA_SIMILARITY_WEIGHTS_THEMES} says
     * "Likewise {@code _LISTS}", that of {@code KINOPANORAMA_SIMILARITY_EASE_WEIGHT} names {@code _EASE_LAMBDA}.
     */
    private static boolean documentedAsFamily(Map<String, String> lines, String variable) {
        for (Map.Entry<String, String> row : lines.entrySet()) {
            String named = row.getKey();
            for (int cut = named.indexOf('_', "KINOPANORAMA_".length()); cut > 0; cut = named.indexOf('_', cut + 1)) {
                String family = named.substring(0, cut);
                if (variable.startsWith(family + "_") && row.getValue().contains("`" + variable.substring(cut) + "`")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every {@code kinopanorama.*} setting with its value as deployed: application.properties, else the mapping's default. */
    private Map<String, String> productionValues() {
        Map<String, String> values = new TreeMap<>();
        ConfigSource file = null;
        ConfigSource defaults = null;
        for (ConfigSource source : config.getConfigSources()) {
            String name = source.getName();
            if (file == null && name.contains("application.properties") && !name.contains("test-classes")) {
                file = source;
            } else if (name.startsWith("DefaultValuesConfigSource")) {
                defaults = source;
            }
        }
        assertThat(file).as("application.properties among the config sources").isNotNull();
        for (ConfigSource source : new ConfigSource[]{defaults, file}) {
            if (source == null) {
                continue;
            }
            for (String property : source.getPropertyNames()) {
                if (property.startsWith("kinopanorama.") && !property.contains("*")) {
                    String value = source.getValue(property);
                    values.put(property, value == null ? "" : value);
                }
            }
        }
        return values;
    }

    private static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
