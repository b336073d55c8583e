create table audit_entry (
    id          uuid primary key,
    record_type varchar(40) not null,
    record_id   uuid        not null,
    action      varchar(20) not null,
    actor_id    uuid,
    occurred_at timestamptz not null,
    changes     jsonb       not null default '[]'
);
create index audit_entry_record_idx on audit_entry (record_type, record_id, occurred_at desc);

create table security_event (
    id          uuid primary key,
    kind        varchar(40)  not null,
    principal   varchar(254),
    remote_addr varchar(64),
    detail      varchar(500),
    occurred_at timestamptz  not null
);
create index security_event_time_idx on security_event (occurred_at desc);
