-- Data for bench/timeline.sh: a contact with 10 000 activities, and a company with 500 contacts and 200 000
-- activities (400 per contact, each also linked to the company, as the app links a contact's activity).
-- Times spread over five years, all channels, the bench's administrator as author.
\set ON_ERROR_STOP on
begin;
create temp table bench_owner as select id from app_user order by created_at limit 1;

insert into company (id, name, domain, owner_id, tags, created_at, updated_at)
select '00000000-0000-7000-8000-00000000c001'::uuid, 'Timeline Bench AS', 'timeline-bench.example', id, '{}',
       now(), now() from bench_owner;

insert into contact (id, first_name, last_name, emails, phones, company_id, company_name, lifecycle_stage,
                     owner_id, tags, created_at, updated_at)
select ('00000000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Bench', 'Contact ' || g,
       array['bench' || g || '@timeline-bench.example']::varchar[], '{}'::varchar[],
       case when g = 0 then null else '00000000-0000-7000-8000-00000000c001'::uuid end,
       case when g = 0 then null else 'Timeline Bench AS' end, 'CUSTOMER', o.id, '{}', now(), now()
from generate_series(0, 500) g, bench_owner o;

-- Contact 0: 10 000 activities of its own. Contacts 1-500: 400 each, at the company.
create temp table bench_activity as
select uuidv7() as id, c as contact_no,
       (array['email','call','meeting','in_person','social','sms','note'])[1 + (n * 7 + c) % 7] as channel,
       now() - ((n * 157 + c * 13) % (5 * 365 * 24 * 60)) * interval '1 minute' as occurred_at
from (select 0 as c, n from generate_series(1, 10000) n
      union all
      select c, n from generate_series(1, 500) c, generate_series(1, 400) n) s;

insert into activity (id, channel, direction, occurred_at, subject, body, details, author_id, created_at)
select a.id, a.channel,
       case when a.channel in ('email', 'call', 'social', 'sms') then 'outbound' end,
       a.occurred_at, 'Bench ' || a.channel || ' ' || a.contact_no,
       'Talked about the order, the delivery date and the next steps.',
       case when a.channel = 'call' then '{"durationSeconds": 300, "outcome": "connected"}'::jsonb
            else '{}'::jsonb end,
       o.id, a.occurred_at
from bench_activity a, bench_owner o;

insert into activity_link (activity_id, record_type, record_id, occurred_at, channel, author_id, inherited)
select a.id, 'contact', ('00000000-0000-7000-8000-' || lpad(to_hex(a.contact_no), 12, '0'))::uuid,
       a.occurred_at, a.channel, o.id, false
from bench_activity a, bench_owner o;

insert into activity_link (activity_id, record_type, record_id, occurred_at, channel, author_id, inherited)
select a.id, 'company', '00000000-0000-7000-8000-00000000c001'::uuid, a.occurred_at, a.channel, o.id, true
from bench_activity a, bench_owner o where a.contact_no > 0;
commit;
analyze activity;
analyze activity_link;
