-- Custom fields: definitions per record type; each record keeps its values in a JSONB object keyed by field key.
create table custom_field (
    id            uuid primary key,
    record_type   varchar(40)  not null,
    field_key     varchar(40)  not null,
    label         varchar(100) not null,
    type          varchar(20)  not null,
    required      boolean      not null default false,
    default_value jsonb,
    help_text     varchar(500),
    options       text[]       not null default '{}',
    currency      varchar(3),
    position      integer      not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    deleted_at    timestamptz,
    version       bigint       not null default 0,
    -- a deleted field keeps its key until purged, so restoring it finds its values again
    constraint custom_field_key_unique unique (record_type, field_key)
);

alter table contact add column custom_fields jsonb not null default '{}';
alter table company add column custom_fields jsonb not null default '{}';

-- The expressions custom field filters, sorts and per-field indexes use (the list queries call the same ones, so
-- PostgreSQL matches them to the indexes). Values are stored checked, so a number is always a JSON number.
create function cf_text(doc jsonb, field text) returns text
    language sql immutable parallel safe
    as $$ select doc ->> field $$;

create function cf_number(doc jsonb, field text) returns numeric
    language sql immutable parallel safe
    as $$ select case when jsonb_typeof(doc -> field) = 'number' then (doc ->> field)::numeric end $$;

-- Whether a multi-select value (a JSON array) holds an option.
create function cf_has(doc jsonb, field text, item text) returns boolean
    language sql immutable parallel safe
    as $$ select coalesce(jsonb_exists(doc -> field, item), false) $$;
