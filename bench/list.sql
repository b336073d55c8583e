-- The query behind a contacts page (API and UI): the first 50 rows by last name, plus one to know whether there
-- is a next page.
select * from contact where deleted_at is null order by last_name, id limit 51;
