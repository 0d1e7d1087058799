package org.kinopanorama.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The first curator comes from configuration (KINOPANORAMA_ACCOUNTS_CURATOR_USERNAME and _PASSWORD).
 * There is no default outside dev mode; an existing account of that name keeps its password and gains
 * the curator role.
 */
@ApplicationScoped
public class CuratorBootstrap {

    private static final Logger LOG = Logger.getLogger(CuratorBootstrap.class);

    @Inject
    AccountConfig config;

    @Inject
    AccountService accounts;

    void onStart(@Observes StartupEvent start) {
        var curator = config.curator();
        if (curator.username().isEmpty()) {
            return;
        }
        String username = curator.username().get().strip();
        String password = curator.password().orElse("");
        var problem = PasswordRules.problem(password, username, curator.email());
        if (problem.isPresent()) {
            LOG.errorf("The configured curator %s was not created: its password is not acceptable (%s)", username,
                    problem.get());
            return;
        }
        if (!username.matches("[A-Za-z0-9][A-Za-z0-9_.-]{2,29}")) {
            LOG.errorf("The configured curator was not created: '%s' is not a valid username (%s)", username,
                    SignUpForm.USERNAME_RULES);
            return;
        }
        Account account = accounts.ensureCurator(username, curator.email(), password);
        LOG.infof("Curator account: %s", account.username);
    }
}
