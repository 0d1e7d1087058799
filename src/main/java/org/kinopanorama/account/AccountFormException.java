package org.kinopanorama.account;

/** A form about an account was refused; the problems say why, field by field. */
public class AccountFormException extends RuntimeException {

    private final AccountProblems problems;

    public AccountFormException(AccountProblems problems) {
        super("refused: " + problems.all(), null, false, false);
        this.problems = problems;
    }

    public AccountProblems problems() {
        return problems;
    }
}
