package org.kinopanorama.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/** Someone who signs in. Read by Quarkus Security (security-jpa) to restore a signed-in visitor. */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntity {

    public static final String USER = "user";
    public static final String CURATOR = "curator";

    @Username
    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String email;

    /** bcrypt, in Modular Crypt Format: never the password. */
    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Comma-separated roles. */
    @Roles
    @Column(nullable = false)
    public String roles = USER;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public boolean hasRole(String role) {
        return Arrays.stream(roles.split(",")).map(String::strip).anyMatch(role::equals);
    }

    public void grant(String role) {
        if (!hasRole(role)) {
            roles = roles + "," + role;
        }
    }

    public static Optional<Account> findByUsernameIgnoringCase(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public static boolean existsWithEmail(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
