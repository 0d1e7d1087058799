package org.kinopanorama.browser;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A curator merges two films that are one, in a real (headless) Chromium, and undoes it. */
@QuarkusTest
class CuratorMergeJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Test
    void aCuratorFindsTheOtherFilmSeesWhatMovesMergesAndUndoes() {
        List<FilmRef> films = CuratedFilms.ingest(db, 2).films();
        FilmRef gone = films.get(0), kept = films.get(1);
        try (Browser browser = Browser.desktop(base)) {
            browser.open("/signin");
            browser.type(By.id("username"), TestCurator.USERNAME).type(By.id("password"), TestCurator.PASSWORD);
            browser.clickAndWaitForPage(browser.find(By.cssSelector("main form button[type=submit]")));

            browser.open("/films/" + gone.id());
            browser.clickAndWaitForPage(browser.find(By.linkText("Merge into another film")));
            assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("Merge “" + gone.title() + "” into another film");
            browser.type(By.id("q"), kept.title());
            browser.clickAndWaitForPage(browser.find(By.xpath("//main//button[normalize-space()='Find']")));
            browser.clickAndWaitForPage(browser.find(By.cssSelector("a[href='/curate/films/" + gone.id() + "/merge/" + kept.id() + "']")));

            assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("Merge “" + gone.title() + "” into “" + kept.title() + "”?");
            assertThat(browser.find(By.id("moves")).getText()).contains("1 titles").contains("1 list entries");
            browser.type(By.id("reason"), "The same film under two list titles");
            browser.clickAndWaitForPage(browser.find(By.xpath("//main//button[normalize-space()='Merge']")));
            assertThat(browser.currentPath()).isEqualTo("/films/" + kept.id());
            browser.assertNoHorizontalScroll();

            // the old address leads to the film kept
            browser.open("/films/" + gone.id());
            assertThat(browser.currentPath()).isEqualTo("/films/" + kept.id());

            browser.open("/curate/merges");
            assertThat(browser.find(By.cssSelector(".merges__list li")).getText()).contains(gone.title()).contains(kept.title())
                    .contains("The same film under two list titles");
            browser.clickAndWaitForPage(browser.find(By.xpath("//main//li[contains(., '" + gone.title() + "')]//button[normalize-space()='Undo']")));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("The merge was undone: both films are back.");
            browser.open("/films/" + gone.id());
            assertThat(browser.currentPath()).isEqualTo("/films/" + gone.id());
        }
    }
}
