package org.kinopanorama.account;

/** The curator the test profile configures ({@code %test.kinopanorama.accounts.curator.*} in application.properties). */
public final class TestCurator {

    public static final String USERNAME = "test-curator";
    public static final String PASSWORD = "curator-for-tests";

    private TestCurator() {
    }
}
