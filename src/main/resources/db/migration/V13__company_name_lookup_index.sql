-- Imports link rows to companies by name ignoring case (lower(name) = any(...)): without this index every
-- batch read the whole company table.
create index company_lower_name_idx on company (lower(name)) where deleted_at is null;
