-- Failed sign-ins per normalised email (trimmed, lower case), shared by every node: the form and the token
-- endpoint count into the same row. An attempt is counted before its password is checked (so parallel guesses
-- cannot slip past the check) and the row is deleted when a sign-in succeeds.
create table login_throttle (
    email          varchar(254) primary key,
    failures       integer      not null,
    blocked_until  timestamptz  not null,
    last_failed_at timestamptz  not null
);
-- Rows quiet for a day are forgotten (their count starts again) and pruned.
create index login_throttle_last_failed_idx on login_throttle (last_failed_at);
