-- Merging contacts: the merged ones go to the trash pointing at the survivor; each merge keeps the survivor's
-- fields from before it, so it can be undone.
alter table contact add column merged_into_id uuid references contact (id);

create table contact_merge (
    id                 uuid primary key,
    survivor_id        uuid        not null references contact (id),
    merged_ids         uuid[]      not null,
    survivor_before    jsonb       not null,
    merged_by          uuid        not null references app_user (id),
    merged_at          timestamptz not null,
    undone_by          uuid references app_user (id),
    undone_at          timestamptz
);
create index contact_merge_survivor_idx on contact_merge (survivor_id, merged_at desc);
