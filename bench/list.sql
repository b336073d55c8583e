-- The query behind a contacts page: the first 50 rows (plus one, to know there is a next page) by last name.
select * from contact where deleted_at is null order by last_name, id limit 51;
