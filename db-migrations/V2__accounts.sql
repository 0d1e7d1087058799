-- People who sign in. Usernames and emails are unique whatever their case.
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id            bigint PRIMARY KEY,
    username      text        NOT NULL CHECK (username ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{2,29}$'),
    email         text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    password_hash text        NOT NULL CHECK (password_hash LIKE '$2%'),
    -- comma-separated: 'user', 'user,curator'
    roles         text        NOT NULL DEFAULT 'user',
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX account_username_key ON account (lower(username));
CREATE UNIQUE INDEX account_email_key ON account (lower(email));
-- the security layer looks a signed-in user up by the exact username on every request
CREATE UNIQUE INDEX account_username_exact_key ON account (username);

-- Failed sign-ins, counted in the database so that every instance sees the same count.
CREATE TABLE sign_in_failure (
    kind            text        NOT NULL CHECK (kind IN ('username', 'address')),
    subject         text        NOT NULL,
    failures        integer     NOT NULL CHECK (failures > 0),
    last_failure_at timestamptz NOT NULL,
    PRIMARY KEY (kind, subject)
);
