package org.kinopanorama.account;

import org.kinopanorama.web.FieldErrors;

/** A form about an account was refused; the errors say why, field by field. */
public class AccountFormException extends RuntimeException {

    private final FieldErrors errors;

    public AccountFormException(FieldErrors errors) {
        super("refused: " + errors.all(), null, false, false);
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
