-- The calendar: a user's meetings (the activities they logged as meetings or visits) and tasks by time, and the
-- secret address of each user's .ics feed (stored as its SHA-256, shown once).
create index activity_meetings_by_author on activity (author_id, occurred_at)
    where channel in ('meeting', 'in_person');
create index task_due_by_assignee on task (assignee_id, due_at) where due_at is not null;

create table calendar_feed (
    user_id    uuid primary key references app_user (id),
    token_hash text        not null unique,
    created_at timestamptz not null
);
