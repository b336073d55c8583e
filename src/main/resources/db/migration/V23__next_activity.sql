-- "Next activity" of contacts and companies: the earliest thing ahead with them, a meeting (any activity dated
-- in the future) or an open task due later. Kept by the activity module; refreshed once its time has passed.
alter table contact add column next_activity_at timestamptz;
alter table company add column next_activity_at timestamptz;
create index contact_next_activity on contact (next_activity_at, id) where deleted_at is null;
create index company_next_activity on company (next_activity_at, id) where deleted_at is null;

update contact c set next_activity_at = n.next from (
    select record_id, min(at) as next from (
        select record_id, occurred_at as at from activity_link
         where record_type = 'contact' and channel <> 'system' and occurred_at > now()
        union all
        select l.record_id, t.due_at from task_link l join task t on t.id = l.task_id
         where l.record_type = 'contact' and t.done_at is null and t.due_at > now()) ahead
    group by record_id) n
where c.id = n.record_id;

update company c set next_activity_at = n.next from (
    select record_id, min(at) as next from (
        select record_id, occurred_at as at from activity_link
         where record_type = 'company' and channel <> 'system' and occurred_at > now()
        union all
        select l.record_id, t.due_at from task_link l join task t on t.id = l.task_id
         where l.record_type = 'company' and t.done_at is null and t.due_at > now()) ahead
    group by record_id) n
where c.id = n.record_id;
