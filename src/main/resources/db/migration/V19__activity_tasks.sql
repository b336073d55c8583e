-- Tasks: follow-ups with a due time, a priority and an assignee, linked to contacts and companies; recurring
-- ones come back when done. Reminders are db-scheduler jobs (scheduled_tasks) that write notifications.
create table task (
    id           uuid primary key,
    title        text        not null check (length(title) between 1 and 500),
    notes        text check (length(notes) <= 10000),
    due_at       timestamptz,
    priority     text        not null check (priority in ('low', 'normal', 'high')),
    assignee_id  uuid        not null references app_user (id),
    created_by   uuid        not null references app_user (id),
    recurrence   text        not null default 'none' check (recurrence in ('none', 'daily', 'weekly', 'monthly')),
    done_at      timestamptz,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index task_open_by_assignee on task (assignee_id, due_at) where done_at is null;

create table task_link (
    task_id     uuid not null references task (id) on delete cascade,
    record_type text not null check (record_type in ('contact', 'company')),
    record_id   uuid not null,
    primary key (task_id, record_type, record_id)
);
create index task_link_record on task_link (record_type, record_id);

-- What the app tells a user (a task falls due): the badge counts the unread ones.
create table notification (
    id         uuid primary key,
    user_id    uuid        not null references app_user (id),
    task_id    uuid references task (id) on delete cascade,
    message    text        not null,
    created_at timestamptz not null,
    read_at    timestamptz
);
create index notification_unread on notification (user_id, created_at desc) where read_at is null;

-- db-scheduler's table, as its PostgreSQL DDL defines it.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
