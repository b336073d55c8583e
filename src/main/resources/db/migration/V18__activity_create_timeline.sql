-- The timeline: every interaction with a customer (email, call, meeting, visit, social message, SMS, note),
-- linked to the contacts and companies it concerns.
create table activity (
    id          uuid primary key,
    channel     text        not null check (channel in ('email', 'call', 'meeting', 'in_person', 'social', 'sms', 'note')),
    direction   text check (direction in ('inbound', 'outbound')),
    occurred_at timestamptz not null,
    subject     text check (length(subject) <= 500),
    body        text check (length(body) <= 100000),
    -- What only some channels have: a call's duration and outcome, a meeting's end, attendees, place and link,
    -- a social message's network, handle and link.
    details     jsonb       not null default '{}',
    author_id   uuid        not null references app_user (id),
    created_at  timestamptz not null
);

-- One row per record an activity concerns. The time and channel are copied here so that a record's timeline
-- (newest first) and its last contact are one index range each. A contact's activity is linked to the contact's
-- company too (inherited), so a company's timeline holds its contacts' activities without a join.
create table activity_link (
    activity_id uuid        not null references activity (id) on delete cascade,
    record_type text        not null check (record_type in ('contact', 'company')),
    record_id   uuid        not null,
    occurred_at timestamptz not null,
    channel     text        not null,
    author_id   uuid        not null,
    inherited   boolean     not null default false,
    primary key (record_type, record_id, activity_id)
);
create index activity_link_timeline on activity_link (record_type, record_id, occurred_at desc, activity_id desc);
create index activity_link_activity on activity_link (activity_id);

-- When each contact and company was last contacted (any channel but notes, not in the future): filterable and
-- sortable on the lists, kept by the activity module.
alter table contact add column last_contacted_at timestamptz;
alter table company add column last_contacted_at timestamptz;
create index contact_last_contacted on contact (last_contacted_at, id) where deleted_at is null;
create index company_last_contacted on company (last_contacted_at, id) where deleted_at is null;
