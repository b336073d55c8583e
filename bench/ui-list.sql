-- The three statements the UI's contacts page runs, each its own transaction as in the app: the page, the names
-- of its rows' owners (:owner, set by run.sh with pgbench -D; run with -M prepared), and the active users for
-- the owner filter.
select * from contact where deleted_at is null order by last_name, id limit 51;
select * from app_user where id in (:owner);
select * from app_user where enabled order by name;
