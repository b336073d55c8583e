-- The contacts a company merge moved to the survivor, and the company each was at, for its undo.
create table contact_company_move (
    merge_id        uuid not null,
    contact_id      uuid not null references contact (id),
    from_company_id uuid not null,
    primary key (merge_id, contact_id)
);
