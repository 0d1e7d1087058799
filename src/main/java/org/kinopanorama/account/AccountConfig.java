package org.kinopanorama.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "kinopanorama.accounts")
public interface AccountConfig {

    /** The first curator, created at start-up when both username and password are set. */
    Curator curator();

    SignIn signIn();

    Sessions sessions();

    /**
     * bcrypt's cost for the passwords hashed from now on (each step doubles the work; 10 is ~0.1 s of CPU). Hashes
     * already stored keep the cost they were made with.
     */
    @WithDefault("10")
    @Min(4)
    @Max(31)
    int passwordCost();

    interface Curator {
        Optional<String> username();

        Optional<String> password();

        @WithDefault("curator@localhost")
        String email();
    }

    interface SignIn {
        /** Failed sign-ins for one username before further attempts are refused. */
        @WithDefault("5")
        int maxFailuresPerUsername();

        /** Failed sign-ins from one client address before further attempts are refused. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** How long attempts are refused after the last failure; also how long failures are remembered. */
        @WithDefault("15M")
        Duration lockout();
    }

    interface Sessions {
        /**
         * How long an instance trusts its last look at a session before asking the database again: the most a
         * sign-out, password change or "sign out everywhere" on another instance takes to reach this one.
         */
        @WithDefault("5S")
        Duration recheckAfter();

        /** How often a session's "last seen" is written, at most. */
        @WithDefault("1M")
        Duration lastSeenEvery();
    }
}
