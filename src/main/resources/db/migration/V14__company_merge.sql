-- Merging companies, like contacts (V7): the merged ones go to the trash pointing at the survivor; each merge
-- keeps the survivor's fields from before it and the child companies it moved, so it can be undone.
alter table company add column merged_into_id uuid references company (id);

create table company_merge (
    id                 uuid primary key,
    survivor_id        uuid        not null references company (id),
    merged_ids         uuid[]      not null,
    survivor_before    jsonb       not null,
    -- child company id -> its parent before the merge
    moved_children     jsonb       not null,
    merged_by          uuid        not null references app_user (id),
    merged_at          timestamptz not null,
    undone_by          uuid references app_user (id),
    undone_at          timestamptz
);
create index company_merge_survivor_idx on company_merge (survivor_id, merged_at desc);
