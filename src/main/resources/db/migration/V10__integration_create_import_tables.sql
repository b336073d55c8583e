-- Imports: a file mapped onto a record type and written in batches. Each batch commits together with the
-- job's progress, so after a crash the job knows exactly which source rows are in and resumes after them.
create table import_job (
    id               uuid primary key,
    record_type      varchar(40)  not null,
    file_name        varchar(255) not null,
    format           varchar(10)  not null,
    encoding         varchar(40),
    delimiter        varchar(4),
    headers          jsonb        not null,
    has_header       boolean      not null default true,
    mapping          jsonb        not null default '[]',
    duplicate_policy varchar(10)  not null default 'SKIP',
    match_on         varchar(20)  not null default 'EMAIL',
    status           varchar(12)  not null,
    cancel_requested boolean      not null default false,
    rows_done        bigint       not null default 0,
    created_count    bigint       not null default 0,
    updated_count    bigint       not null default 0,
    skipped_count    bigint       not null default 0,
    failed_count     bigint       not null default 0,
    total_rows       bigint       not null default 0,
    message          varchar(1000),
    owner_id         uuid         not null references app_user (id),
    created_at       timestamptz  not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    -- Seconds spent running, summed over resumptions, for an honest rows/s.
    run_seconds      double precision not null default 0
);
create index import_job_owner_idx on import_job (owner_id, created_at desc);
create index import_job_status_idx on import_job (status) where status in ('QUEUED', 'RUNNING', 'UNDOING');

create table import_error (
    import_id  uuid    not null references import_job (id) on delete cascade,
    row_number bigint  not null,
    reason     varchar(2000) not null,
    cells      jsonb   not null,
    primary key (import_id, row_number)
);

create table import_mapping (
    id          uuid primary key,
    name        varchar(100) not null,
    record_type varchar(40)  not null,
    columns     jsonb        not null,
    owner_id    uuid         not null references app_user (id),
    created_at  timestamptz  not null
);
create index import_mapping_owner_idx on import_mapping (owner_id, record_type);

-- Contacts remember the import that created them (for undo) and an id from the system they came from.
alter table contact add column import_id uuid;
alter table contact add column external_id varchar(100);
create index contact_import_idx on contact (import_id) where import_id is not null;
create index contact_external_id_idx on contact (external_id) where external_id is not null;

-- A contact's fields before an import updated it, so the import can be undone.
create table contact_import_change (
    import_id  uuid  not null,
    contact_id uuid  not null references contact (id),
    before     jsonb not null,
    primary key (import_id, contact_id)
);
