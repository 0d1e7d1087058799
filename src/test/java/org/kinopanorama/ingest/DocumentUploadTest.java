package org.kinopanorama.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.nio.charset.Charset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The ways in for curators' documents: the upload page with its preview, and the API for scripts. */
@QuarkusTest
class DocumentUploadTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    private static Visitor curator() {
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        return curator;
    }

    private static Response upload(Visitor visitor, String fileName, byte[] content) {
        visitor.get("/curate");
        return visitor.request()
                .multiPart("csrf", visitor.csrfToken())
                .multiPart("document", fileName, content, "text/plain")
                .post("/curate/preview");
    }

    @Test
    void aCuratorPreviewsThenImportsAndReadsTheReport() {
        Visitor curator = curator();
        String name = Documents.uniqueName("upload");
        Response preview = upload(curator, name, Documents.utf8(Documents.warList("Upload " + name)));

        assertThat(preview.statusCode()).isEqualTo(200);
        String page = preview.asString();
        assertThat(page).contains("Nothing is saved yet").contains("War in Soviet cinema").contains("3 new films")
                .contains("The Ballad of Upload").contains("Import this list");
        assertThat(given().get("/").asString()).doesNotContain("The Ballad of Upload " + name);

        assertThat(page).as("the form carries a key, not the document").doesNotContain("name=\"content\"");
        Response imported = curator.post("/curate/import", "key", stagedKey(page));
        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(imported.header("Location")).matches(".*/curate/imports/\\d+");

        String report = curator.get(imported.header("Location").replaceAll("^https?://[^/]+", "")).asString();
        assertThat(report).contains("3 films added").contains("War in Soviet cinema");
        assertThat(given().get("/").asString()).contains("The Ballad of Upload " + name);
    }

    @Test
    void aMemberMayNotUploadAndAnAnonymousVisitorIsSentToSignIn() {
        Visitor member = Visitor.signedUp(Visitor.uniqueName("member"));
        assertThat(upload(member, "x.txt", Documents.utf8(Documents.warList("x"))).statusCode()).isEqualTo(403);
        assertThat(new Visitor().get("/curate").statusCode()).isEqualTo(303);
    }

    @Test
    void badDocumentsGetAClearAnswerAndChangeNothing() {
        Visitor curator = curator();
        long lists = lists();

        assertRefused(upload(curator, "empty.txt", new byte[0]), 400, "empty.txt", "empty");
        assertRefused(upload(curator, "blank.txt", Documents.utf8("  \n\n \r\n")), 400, "blank.txt", "empty");
        assertRefused(upload(curator, "poster.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0}),
                415, "poster.png", "not a text document");
        byte[] cp1251 = "Вступление о любви.\n\nЛетят журавли (1957)\nDescription: Война.\nFact: Канны.\n"
                .getBytes(Charset.forName("windows-1251"));
        assertRefused(upload(curator, "cyrillic-1251.txt", cp1251), 415, "cyrillic-1251.txt", "UTF-8");
        assertRefused(upload(curator, "no-films.txt", Documents.utf8("Just an introduction.\n\nAnd nothing else.\n")),
                422, "no-films.txt", "No films found");
        byte[] huge = new byte[1_000_001];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertRefused(upload(curator, "huge.txt", huge), 413, "huge.txt", "larger than");

        assertThat(lists()).isEqualTo(lists);
    }

    @Test
    void scriptsIngestThroughTheApiWithBasicCredentials() {
        String name = Documents.uniqueName("api");
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(Documents.utf8(Documents.warList("Api " + name)))
                .queryParam("name", name)
                .post("/api/documents")
                .then().statusCode(200)
                .body("outcome", equalTo("CREATED"))
                .body("filmsAdded", equalTo(3))
                .body("listTitle", equalTo("War in Soviet cinema"))
                .body("entries[0].heading", containsString("The Ballad of Api"));

        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(Documents.utf8(Documents.warList("Api " + name)))
                .queryParam("name", name)
                .post("/api/documents")
                .then().statusCode(200).body("outcome", equalTo("UNCHANGED"));
    }

    @Test
    void theApiRefusesWhoMayNotAndSaysWhatIsWrongWithADocument() {
        byte[] doc = Documents.utf8(Documents.warList("Refused"));
        given().contentType("text/plain").body(doc).queryParam("name", "a.txt").post("/api/documents")
                .then().statusCode(401).body("error", containsString("curator"));
        given().auth().preemptive().basic(TestCurator.USERNAME, "wrong password").contentType("text/plain").body(doc)
                .queryParam("name", "a.txt").post("/api/documents").then().statusCode(401);
        String member = Visitor.uniqueName("member");
        Visitor.signedUp(member);
        given().auth().preemptive().basic(member, Visitor.password(member)).contentType("text/plain").body(doc)
                .queryParam("name", "a.txt").post("/api/documents").then().statusCode(403);

        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).contentType("text/plain")
                .body(Documents.utf8("Intro.\n\nThe Ascent\nDescription: no year.\nFact: x.\n"))
                .queryParam("name", "no-year.txt").post("/api/documents")
                .then().statusCode(422)
                .body("error", containsString("no-year.txt"))
                .body("error", containsString("line 3"));
    }

    @Test
    void aCuratorsTitleForAListIsKeptWhenItsDocumentIsIngestedAgain() {
        Visitor curator = curator();
        String name = Documents.uniqueName("renamed");
        String doc = Documents.warList("Renamed " + name);
        String slug = given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(Documents.utf8(doc)).queryParam("name", name).post("/api/documents").then().statusCode(200)
                .extract().path("listSlug");

        curator.get("/curate");
        Response renamed = curator.post("/curate/lists/" + slug + "/title", "title", "  Soldiers   and their mothers ");
        assertThat(renamed.statusCode()).isEqualTo(303);
        assertThat(given().get("/lists/" + slug).asString()).contains("<h1 id=\"list-title\">Soldiers and their mothers</h1>");

        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(Documents.utf8(doc.replace("Cannes", "Cannes in 1960"))).queryParam("name", name)
                .post("/api/documents").then().statusCode(200).body("outcome", equalTo("UPDATED"))
                .body("listTitle", equalTo("Soldiers and their mothers"));

        assertThat(curator.post("/curate/lists/" + slug + "/title", "title", " ").statusCode()).isEqualTo(422);
        assertThat(Visitor.signedUp(Visitor.uniqueName("member")).post("/curate/lists/" + slug + "/title", "title", "Mine")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anOversizedDocumentIsRefusedWith413NamingTheFileFromTheApiAndThePage() {
        byte[] huge = new byte[1_000_001];
        java.util.Arrays.fill(huge, (byte) 'a');
        long before = lists();
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).contentType("text/plain; charset=UTF-8").body(huge)
                .queryParam("name", "war-films-long.txt").post("/api/documents")
                .then().statusCode(413).contentType(containsString("json"))
                .body("error", equalTo("war-films-long.txt: the document is larger than 1000000 bytes."));
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .multiPart("document", "C:\\lists\\big-list.txt", huge, "text/plain").post("/api/documents")
                .then().statusCode(413).body("error", equalTo("big-list.txt: the document is larger than 1000000 bytes."));
        assertRefused(upload(curator(), "big-page-list.txt", huge), 413, "big-page-list.txt", "larger than 1000000 bytes");
        assertThat(lists()).isEqualTo(before);
    }

    @Test
    void theStagedDocumentIsOnlyForTheCuratorWhoPreviewedItAndOnlyForAWhile() {
        Visitor curator = curator();
        String name = Documents.uniqueName("staged");
        Response preview = upload(curator, name, Documents.utf8(Documents.warList("Staged " + name)));
        assertThat(preview.statusCode()).isEqualTo(200);
        String key = stagedKey(preview.asString());
        long lists = lists();

        // another curator holding the key
        String other = Visitor.uniqueName("curator2");
        Visitor.signedUp(other);
        org.kinopanorama.Sql.update(db, "UPDATE account SET roles = 'curator' WHERE username = ?", other);
        Visitor otherCurator = new Visitor();
        assertThat(otherCurator.signIn(other, Visitor.password(other)).statusCode()).isEqualTo(303);
        otherCurator.get("/curate");
        assertRefusedImport(otherCurator.post("/curate/import", "key", key), 404);

        // a forged key, one of the right shape, and none
        curator.get("/curate");
        assertRefusedImport(curator.post("/curate/import", "key", "../../etc/passwd"), 404);
        assertRefusedImport(curator.post("/curate/import", "key", key.substring(1) + (key.charAt(0) == 'A' ? "B" : "A")), 404);
        assertRefusedImport(curator.post("/curate/import", "key", ""), 400);
        assertThat(lists()).as("nothing was imported").isEqualTo(lists);

        // its own key, once expired
        org.kinopanorama.Sql.update(db, "UPDATE curator_document_stage SET created_at = now() - interval '61 minutes' WHERE id = ?", key);
        assertRefusedImport(curator.post("/curate/import", "key", key), 404);
        assertThat(lists()).isEqualTo(lists);

        // a fresh preview imports once; the same key again finds nothing
        String fresh = stagedKey(upload(curator, name, Documents.utf8(Documents.warList("Staged " + name))).asString());
        assertThat(org.kinopanorama.Sql.count(db, "SELECT count(*) FROM curator_document_stage WHERE id = ?", key))
                .as("the expired document was dropped by the next preview").isZero();
        assertThat(curator.post("/curate/import", "key", fresh).statusCode()).isEqualTo(303);
        assertThat(lists()).isEqualTo(lists + 1);
        assertRefusedImport(curator.post("/curate/import", "key", fresh), 404);
        assertThat(lists()).isEqualTo(lists + 1);
    }

    private static String stagedKey(String previewPage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"key\" value=\"([A-Za-z0-9_-]{32})\"").matcher(previewPage);
        assertThat(m.find()).as("the preview's form carries the key of the staged document").isTrue();
        return m.group(1);
    }

    private static void assertRefusedImport(Response r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.asString()).contains("The document to import is missing").contains("role=\"alert\"");
    }

    private static void assertRefused(Response r, int status, String fileName, String words) {
        assertThat(r.statusCode()).as(fileName).isEqualTo(status);
        assertThat(r.asString()).as(fileName).contains(fileName).containsIgnoringCase(words).contains("role=\"alert\"");
    }

    private long lists() {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM curated_list")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
