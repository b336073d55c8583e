-- Companies remember the import that created them, and their fields from before an import updated them, so an
-- import of companies can be undone like one of contacts.
alter table company add column import_id uuid;
create index company_import_idx on company (import_id) where import_id is not null;

create table company_import_change (
    import_id  uuid  not null,
    company_id uuid  not null references company (id),
    before     jsonb not null,
    primary key (import_id, company_id)
);
