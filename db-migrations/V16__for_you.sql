-- "For you": the themes a person picked (what a new account's suggestions start from). Hidden suggestions are the
-- existing suggestion_dismissal rows (V7): one "not interested / hide" for a person, wherever it was said.
CREATE TABLE account_theme (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    theme_id   bigint NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    picked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, theme_id)
);
CREATE INDEX account_theme_theme_idx ON account_theme (theme_id);
