-- Rows an import wrote with a phone kept as typed (possible, but in no range known as assigned): how many, and
-- the first hundred row numbers, for the import's result page and API.
alter table import_job
    add column unverified_phone_count bigint   not null default 0,
    add column unverified_phone_rows  bigint[] not null default '{}';
