-- A saved view keeps the list's other parameters too (full text q, the simple filters, owner, trash), as a JSON
-- object of their text: without them a view brought back fewer filters than it was saved with.
alter table saved_view add column parameters jsonb not null default '{}';
