-- 10 000 companies and 100 000 contacts, owned by the administrator, varied enough for realistic plans.
\set ON_ERROR_STOP on
begin;
create temporary table first_names(i int, v text);
insert into first_names select row_number() over () - 1, v from unnest(array['Anna','Bjørn','Carla','David','Eva','Finn','Greta','Hans','Ida','Jonas','Kari','Lars','Maria','Nils','Olga','Per','Rita','Sven','Tove','Ulf','Vera','Wenche','Xavier','Yara','Zoe','Ahmed','Beatriz','Chen','Dmitri','Elif','Fatima','Giulia','Hiroshi','Ingrid','José','Kemal','Léa','Mohammed','Nadia','Omar']) as v;
create temporary table last_names(i int, v text);
insert into last_names select row_number() over () - 1, v from unnest(array['Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Kristiansen','Jensen','Karlsen','Berg','Haugen','Hagen','Eriksen','Bakke','Lie','Moen','Dahl','Lund','Strand','Schmidt','Müller','Garcia','Rossi','Dubois','Novak','Kowalski','Smith','Brown','Taylor','Wilson','Nakamura','Silva','Yilmaz','Ivanova','Nguyen','Kim','Patel','Cohen','Murphy']) as v;
create temporary table words(i int, v text);
insert into words select row_number() over () - 1, v from unnest(array['Nordic','Fjord','Aurora','Polar','Granite','Harbor','Summit','Pine','Glacier','Coastal','Delta','Vector','Quantum','Atlas','Beacon','Cedar','Falcon','Horizon','Lumen','Meridian']) as v;
create temporary table kinds(i int, v text);
insert into kinds select row_number() over () - 1, v from unnest(array['Shipping','Energy','Analytics','Foods','Logistics','Media','Software','Consulting','Retail','Health']) as v;

insert into company (id, name, domain, website, industry, size, annual_revenue, city, country, owner_id, tags, created_at, updated_at)
select gen_random_uuid(),
       w.v || ' ' || k.v || ' ' || g,
       lower(w.v || k.v || g) || '.example',
       'https://www.' || lower(w.v || k.v || g) || '.example',
       k.v,
       (array['1-10','11-50','51-200','201-500','501-1000','1001-5000','5001+'])[1 + g % 7],
       (g * 7919) % 100000000,
       (array['Oslo','Bergen','Stockholm','Berlin','Paris','Madrid','London','Trondheim'])[1 + g % 8],
       (array['NO','SE','DE','FR','ES','GB'])[1 + g % 6],
       (select id from app_user order by created_at limit 1),
       case when g % 5 = 0 then array['vip']::varchar[] else '{}'::varchar[] end,
       now() - (g % 900) * interval '1 day', now() - (g % 90) * interval '1 day'
from generate_series(1, 10000) g
join words w on w.i = g % 20
join kinds k on k.i = (g / 20) % 10;

create temporary table company_ids as select row_number() over (order by id) as n, id, name from company;

insert into contact (id, first_name, last_name, emails, phones, job_title, company_id, company_name, city, country,
                     lifecycle_stage, owner_id, tags, created_at, updated_at)
select gen_random_uuid(), f.v, l.v,
       array[lower(f.v || '.' || l.v || g) || '@mail.example']::varchar[],
       array['+47 ' || (40000000 + g)::text]::varchar[],
       (array['CEO','CTO','Buyer','Engineer','Sales manager','Accountant'])[1 + g % 6],
       c.id, c.name,
       (array['Oslo','Bergen','Stockholm','Berlin','Paris','Madrid','London','Trondheim'])[1 + g % 8],
       (array['NO','SE','DE','FR','ES','GB'])[1 + g % 6],
       (array['SUBSCRIBER','LEAD','OPPORTUNITY','CUSTOMER','EVANGELIST','OTHER'])[1 + g % 6],
       (select id from app_user order by created_at limit 1),
       case when g % 7 = 0 then array['newsletter']::varchar[] else '{}'::varchar[] end,
       now() - (g % 700) * interval '1 day', now() - (g % 60) * interval '1 day'
from generate_series(1, 100000) g
join first_names f on f.i = g % 40
join last_names l on l.i = (g / 40) % 40
join company_ids c on c.n = 1 + g % 10000;
commit;
analyze company;
analyze contact;
