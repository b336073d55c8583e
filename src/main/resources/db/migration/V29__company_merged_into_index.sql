-- As for contacts (V28): deleting a company checks that no company was merged into it.
create index company_merged_into_idx on company (merged_into_id) where merged_into_id is not null;
