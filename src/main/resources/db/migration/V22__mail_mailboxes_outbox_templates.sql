-- Mailboxes: where Rapport fetches mail (IMAP) and sends it (SMTP). The password is encrypted (AES-GCM with
-- the key from configuration); the rest says how far and when the mailbox was last fetched, and its most recent
-- problem (a refused password, an unreadable message) with its time.
create table mailbox (
    id                   uuid primary key,
    name                 varchar(200) not null,
    address              varchar(320) not null,
    imap_host            varchar(255),
    imap_port            integer check (imap_port between 1 and 65535),
    imap_security        varchar(10)  check (imap_security in ('none', 'ssl', 'starttls')),
    smtp_host            varchar(255),
    smtp_port            integer check (smtp_port between 1 and 65535),
    smtp_security        varchar(10)  check (smtp_security in ('none', 'ssl', 'starttls')),
    username             varchar(320) not null,
    password_secret      text         not null,
    poll_seconds         integer      not null check (poll_seconds between 1 and 86400),
    auto_create_contacts boolean      not null,
    owner_id             uuid         not null references app_user (id),
    personal             boolean      not null,
    uid_validity         bigint,
    last_uid             bigint       not null default 0,
    next_fetch_at        timestamptz  not null,
    fetch_lease_until    timestamptz,
    last_fetch_at        timestamptz,
    last_fetch_ok        boolean,
    last_fetch_count     integer,
    last_error           text,
    last_error_at        timestamptz,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
create index mailbox_next_fetch on mailbox (next_fetch_at) where imap_host is not null;

-- Every message Rapport has taken in or sent, by Message-ID: a message is never ingested twice (the same mail
-- in two mailboxes, a fetch repeated after a crash), and replies find their thread through it.
create table mail_message (
    message_id  varchar(998) primary key,
    thread_id   uuid         not null,
    activity_id uuid,
    mailbox_id  uuid         references mailbox (id) on delete set null,
    uid         bigint,
    created_at  timestamptz  not null
);
create index mail_message_thread on mail_message (thread_id);

-- The outbox: an email is written here in the sender's transaction and sent by a job, retried when the SMTP
-- server fails, until it is sent or given up (and shown as failed).
create table outgoing_email (
    id              uuid primary key,
    mailbox_id      uuid          not null references mailbox (id) on delete cascade,
    sender_id       uuid          not null references app_user (id),
    message_id      varchar(998)  not null unique,
    in_reply_to     varchar(998),
    envelope        jsonb         not null,
    subject         varchar(998)  not null,
    body            text          not null,
    attachments     jsonb         not null,
    status          varchar(10)   not null check (status in ('queued', 'sent', 'failed')),
    attempts        integer       not null default 0,
    last_error      text,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    created_at      timestamptz   not null
);

-- Templates the team shares: a subject and a body with merge fields such as {{contact.firstName}}.
create table email_template (
    id         uuid primary key,
    name       varchar(200)  not null unique,
    subject    varchar(998)  not null,
    body       text          not null,
    created_by uuid          not null references app_user (id),
    created_at timestamptz   not null,
    updated_at timestamptz   not null
);

-- An email's HTML (cleaned when received), kept apart so that timelines, which show the plain text, never read it.
create table email_body (
    activity_id uuid primary key references activity (id) on delete cascade,
    html        text not null
);
-- An email thread on the timeline: the emails that share a thread id.
create index activity_email_thread on activity ((details ->> 'threadId')) where channel = 'email';
