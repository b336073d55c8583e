-- The administrator's upload limit for imports (one row); below the operator's ceiling,
-- RAPPORT_IMPORT_MAX_UPLOAD_SIZE, which the server enforces while reading any upload.
create table import_setting (
    id               int primary key check (id = 1),
    max_upload_bytes bigint      not null,
    updated_by       uuid        not null references app_user (id),
    updated_at       timestamptz not null
);
