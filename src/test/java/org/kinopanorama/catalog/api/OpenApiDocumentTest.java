package org.kinopanorama.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesTheApiAndNothingElse() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();

        assertThat(document).contains("/api/films/{id}", "/api/lists", "/api/themes/{slug}", "/api/lists/{slug}",
                "/api/themes", "/api/documents");
        assertThat(document).doesNotContain("/signin", "/signup", "/curate", "/feeds/", "\"/films/{id}\"", "\"/lists/{slug}\"");
        Map<String, Object> paths = JsonPath.from(document).getMap("paths");
        assertThat(paths.keySet()).allSatisfy(path -> assertThat(path).startsWith("/api/"));
        // nor the types only the pages use
        Map<String, Object> schemas = JsonPath.from(document).getMap("components.schemas");
        assertThat(schemas).containsKeys("FilmJson", "ListJson", "ThemeJson", "ListCardJson", "ThemeCardJson", "EntryJson")
                .doesNotContainKeys("TemplateInstance", "RoutingContext", "Template");
    }

    @Test
    void theApiOperationsHaveSummariesAndDocumentedParameters() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").jsonPath();

        assertThat(document.getString("info.title")).isEqualTo("Kinopanorama API");
        assertThat(document.getString("paths.'/api/films/{id}'.get.summary")).startsWith("A film with all its titles");
        assertThat(document.getString("paths.'/api/films/{id}'.get.operationId")).isEqualTo("getFilm");
        assertThat(document.getList("paths.'/api/films/{id}'.get.tags", String.class)).containsExactly("Catalogue");
        assertThat(document.getList("paths.'/api/themes/{slug}'.get.parameters.name", String.class))
                .contains("slug", "page", "size");
        assertThat(document.getList("paths.'/api/themes/{slug}'.get.parameters.description", String.class))
                .allSatisfy(d -> assertThat(d).isNotBlank());
        assertThat(document.getMap("paths.'/api/lists/{slug}'.get.responses")).containsKeys("200", "404");
        assertThat(document.getString("paths.'/api/themes/{slug}'.get.responses.'404'.content.'application/json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/ErrorJson");
        assertThat(document.getString("paths.'/api/themes/{slug}'.get.parameters.find { it.name == 'size' }.schema.maximum"))
                .isEqualTo("100");
        assertThat(document.getList("tags.name", String.class)).contains("Catalogue").doesNotHaveDuplicates();
    }

    @Test
    void theSwaggerUiLoadsNothingFromAnotherHost() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).contains("url: '/q/openapi'").doesNotContainPattern("(src|href)=[\"'](https?:)?//");
    }
}
