-- Signed-in sessions, one row each: the session cookie is only honoured while its row is here.
-- The browser holds a random token (cookie kp-sid); only its SHA-256 is stored.
CREATE TABLE account_session (
    token_hash   text        PRIMARY KEY CHECK (length(token_hash) = 64),
    -- a deleted account takes its sessions with it; a new account with the same name has none of them
    account_id   bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- updated at most about once a minute per session
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    -- "Firefox on Windows": a summary of the User-Agent, never the whole header
    device       text        NOT NULL CHECK (length(device) <= 80)
);

CREATE INDEX account_session_account ON account_session (account_id);
CREATE INDEX account_session_last_seen ON account_session (last_seen_at);

-- Attempts are now counted before the password is checked, and a success gives its attempt back:
-- a count may come down to zero.
ALTER TABLE sign_in_failure DROP CONSTRAINT sign_in_failure_failures_check;
ALTER TABLE sign_in_failure ADD CONSTRAINT sign_in_failure_failures_check CHECK (failures >= 0);
