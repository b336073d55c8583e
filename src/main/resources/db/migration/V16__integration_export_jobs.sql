-- Exports that run in the background: the list's parameters as the user gave them, run again as that user; the
-- file is kept under data/exports/ until it is a week old.
create table export_job (
    id           uuid primary key,
    record_type  varchar(40)  not null,
    format       varchar(10)  not null,
    -- what the downloaded file is called, without date and extension: contacts
    file_name    varchar(100) not null,
    parameters   jsonb        not null,
    status       varchar(12)  not null,
    rows_done    bigint       not null default 0,
    message      varchar(1000),
    owner_id     uuid         not null references app_user (id),
    created_at   timestamptz  not null,
    finished_at  timestamptz
);
create index export_job_owner_idx on export_job (owner_id, created_at desc);
create index export_job_status_idx on export_job (status) where status in ('QUEUED', 'RUNNING');
