-- Loads 10 000 companies and 100 000 contacts for the benchmark, owned by the first administrator.
-- Names, e-mails, phones, places, stages and tags are drawn from lists with a fixed seed, so every run loads
-- the same shape of data (the ids differ). About 1% of the contacts are in the trash (deleted_at set) and
-- about 20% have no company. Run with psql against a database Rapport has migrated:
--   psql -h 127.0.0.1 -p PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -f bench/load.sql
\set ON_ERROR_STOP on
begin;
select setseed(0.4242) \g /dev/null

create temporary table pick_first(v text[]);
insert into pick_first values (array[
  'Anna','Bjørn','Carla','David','Eva','Finn','Greta','Hans','Ida','Jonas','Kari','Lars','Maria','Nils','Olga',
  'Per','Rita','Sven','Tove','Ulf','Vera','Wenche','Xavier','Yara','Zoe','Ahmed','Beatriz','Chen','Dmitri',
  'Elif','Fatima','Giulia','Hiroshi','Ingrid','José','Kemal','Léa','Mohammed','Nadia','Omar','Paula','Quentin',
  'Rosa','Sofia','Thomas','Ursula','Viktor','William','Astrid','Benedikt','Camille','Daniel','Emma','Felix',
  'Hanna','Isabel','Jakob','Karin','Leon','Linnea','Magnus','Marta','Mei','Noah','Oskar','Pia','Rafael',
  'Sara','Tobias','Valentina','Yusuf','Zeynep','Aisha','Bruno','Clara','Diego','Erik','Frida','Gustav',
  'Helena','Igor','Julia','Kasper','Lucia','Mateo','Nora','Olivia','Pablo','Ronja','Simon','Thea','Ugo',
  'Wilma','Ali','Emil','Liv','Maja','Oliver','Sigrid','Hugo']);
create temporary table pick_last(v text[]);
insert into pick_last values (array[
  'Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Kristiansen','Jensen','Karlsen','Berg',
  'Haugen','Hagen','Eriksen','Bakke','Lie','Moen','Dahl','Lund','Strand','Schmidt','Müller','Garcia','Rossi',
  'Dubois','Novak','Kowalski','Smith','Brown','Taylor','Wilson','Nakamura','Silva','Yilmaz','Ivanova','Nguyen',
  'Kim','Patel','Cohen','Murphy','Johansson','Andersson','Karlsson','Nilsson','Eriksson','Larsson','Svensson',
  'Gustafsson','Persson','Lindberg','Lindqvist','Sandberg','Holm','Nielsen','Christensen','Rasmussen',
  'Mortensen','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Hoffmann','Martin','Bernard','Petit',
  'Durand','Leroy','Moreau','Fernández','López','Martínez','Sánchez','Pérez','Gómez','Bianchi','Romano',
  'Colombo','Ricci','Jones','Williams','Davies','Evans','Thomas','Roberts','Walker','Wright','Green','Hall',
  'de Vries','van Dijk','Bakker','Janssen','Visser','Smit','Tanaka','Suzuki','Wang','Li','Zhang','Liu',
  'Chen','Singh','Kumar','Ahmed','Hassan','Ali','Öztürk','Demir','Kaya','Novák','Horváth','Nagy','Popescu',
  'Petrov','Sokolova','Kuznetsov','O''Brien','Byrne','Ryan','Walsh']);
create temporary table pick_word(v text[]);
insert into pick_word values (array[
  'Nordic','Fjord','Aurora','Polar','Granite','Harbor','Summit','Pine','Glacier','Coastal','Delta','Vector',
  'Quantum','Atlas','Beacon','Cedar','Falcon','Horizon','Lumen','Meridian','Birch','Cobalt','Ember','Frost',
  'Gull','Heron','Iron','Juniper','Kestrel','Lynx','Maple','North','Orbit','Pioneer','Raven','Silver','Tidal',
  'Umbra','Viking','Willow']);
create temporary table pick_kind(v text[]);
insert into pick_kind values (array[
  'Shipping','Energy','Analytics','Foods','Logistics','Media','Software','Consulting','Retail','Health',
  'Capital','Engineering','Systems','Labs','Partners','Marine','Solar','Textiles','Robotics','Travel']);

create temporary table place(i int, city text, country text, region text, cc text);
insert into place values
  (1,'Oslo','NO','Oslo','47'),(2,'Bergen','NO','Vestland','47'),(3,'Trondheim','NO','Trøndelag','47'),
  (4,'Stavanger','NO','Rogaland','47'),(5,'Stockholm','SE','Stockholm','46'),(6,'Göteborg','SE','Västra Götaland','46'),
  (7,'Copenhagen','DK','Hovedstaden','45'),(8,'Aarhus','DK','Midtjylland','45'),(9,'Berlin','DE','Berlin','49'),
  (10,'Hamburg','DE','Hamburg','49'),(11,'München','DE','Bayern','49'),(12,'London','GB','England','44'),
  (13,'Manchester','GB','England','44'),(14,'Paris','FR','Île-de-France','33'),(15,'Lyon','FR','Auvergne-Rhône-Alpes','33'),
  (16,'Amsterdam','NL','Noord-Holland','31'),(17,'Madrid','ES','Madrid','34'),(18,'Barcelona','ES','Cataluña','34'),
  (19,'Milano','IT','Lombardia','39'),(20,'New York','US','NY','1');

-- Companies.
create temporary table company_draw as
select g,
       1 + floor(random() * (select cardinality(v) from pick_word))::int as w1,
       1 + floor(random() * (select cardinality(v) from pick_word))::int as w2,
       1 + floor(random() * (select cardinality(v) from pick_kind))::int as k, 1 + floor(random() * 6)::int as suffix,
       1 + floor(random() * 20)::int as p, random() as r1, random() as r2, random() as r3,
       (random() * 900)::int as age_days, (random() * 90)::int as edit_days
from generate_series(1, 10000) g;

insert into company (id, name, website, domain, industry, size, annual_revenue, phone, street, postal_code, city,
                     region, country, owner_id, tags, created_at, updated_at)
select uuidv7(),
       name,
       'https://www.' || domain,
       domain,
       kind,
       (array['1-10','11-50','51-200','201-500','501-1000','1001-5000','5001+'])[1 + floor(d.r1 * 7)::int],
       round((d.r2 * d.r2 * 500000000)::numeric, 2),
       '+' || pl.cc || ' ' || (20000000 + d.g * 37 % 70000000),
       (array['Storgata','Kongens gate','Hauptstraße','High Street','Rue de la Paix','Calle Mayor','Via Roma','Main Street'])[1 + d.g % 8] || ' ' || (1 + d.g % 120),
       lpad((d.g * 13 % 9999)::text, 4, '0'),
       pl.city, pl.region, pl.country,
       (select id from app_user order by created_at limit 1),
       (array['{}','{}','{}','{vip}','{partner}','{key-account}','{prospect,event-2026}','{churn-risk}'])[1 + floor(d.r3 * 8)::int]::varchar[],
       now() - d.age_days * interval '1 day',
       now() - least(d.age_days, d.edit_days) * interval '1 day'
from (
  select c.*, kind,
         w1.v || case when c.w1 % 3 = 0 then '' else ' ' || w2.v end || ' ' || kind
           || (array['',' AS',' AB',' GmbH',' Ltd',' Inc'])[c.suffix] as name,
         lower(w1.v || case when c.w1 % 3 = 0 then '' else w2.v end || kind) || c.g || '.example' as domain
  from company_draw c
  cross join pick_word pw
  cross join pick_kind pk
  cross join lateral (select pw.v[c.w1] as v) w1
  cross join lateral (select pw.v[c.w2] as v) w2
  cross join lateral (select pk.v[c.k] as kind) kk
) d
join place pl on pl.i = d.p;

create temporary table company_n as
select row_number() over (order by id) as n, id, name, domain, city, region, country from company;
create index on company_n (n);

-- Contacts.
create temporary table contact_draw as
select g,
       1 + floor(random() * (select cardinality(v) from pick_first))::int as f,
       1 + floor(random() * (select cardinality(v) from pick_last))::int as l,
       case when random() < 0.8 then 1 + floor(random() * 10000)::int end as cn,
       1 + floor(random() * 20)::int as p, random() as r1, random() as r2, random() as r3, random() as r4,
       random() as r5, (random() * 1000)::int as age_days, (random() * 60)::int as edit_days
from generate_series(1, 100000) g;

insert into contact (id, first_name, last_name, emails, phones, job_title, company_id, company_name, street,
                     postal_code, city, region, country, birth_date, gender, profession, source, lifecycle_stage,
                     owner_id, tags, created_at, updated_at, deleted_at)
select uuidv7(), first, last,
       case when d.r1 < 0.1 then array[mail, local || '@home.example']
            else array[mail] end::varchar[],
       case when d.r2 < 0.3 then array['+' || pl.cc || ' ' || (40000000 + d.g), '+' || pl.cc || ' 2' || lpad((d.g * 7 % 10000000)::text, 7, '0')]
            else array['+' || pl.cc || ' ' || (40000000 + d.g)] end::varchar[],
       (array['CEO','CTO','CFO','Buyer','Head of Sales','Sales manager','Account manager','Engineer','Developer',
              'Accountant','Office manager','Marketing lead','Consultant','Project manager','HR manager',
              'Purchasing manager','Designer','Analyst','Founder','Operations manager'])[1 + d.g * 7 % 20],
       co.id, co.name,
       (array['Storgata','Kongens gate','Hauptstraße','High Street','Rue de la Paix','Calle Mayor','Via Roma','Main Street'])[1 + d.g % 8] || ' ' || (1 + d.g % 200),
       lpad((d.g * 31 % 9999)::text, 4, '0'),
       coalesce(co.city, pl.city), coalesce(co.region, pl.region), coalesce(co.country, pl.country),
       case when d.r3 < 0.6 then date '1950-01-01' + (d.g * 7919 % 20000) end,
       (array['female','male','non-binary',null,null])[1 + d.g % 5],
       (array['Sales','Engineering','Finance','Marketing','Operations','IT','Legal','Logistics',null])[1 + d.g % 9],
       (array['Website','Referral','Trade fair','Cold call','LinkedIn','Newsletter','Partner',null])[1 + d.g % 8],
       (array['SUBSCRIBER','LEAD','LEAD','OPPORTUNITY','CUSTOMER','CUSTOMER','EVANGELIST','OTHER'])[1 + floor(d.r4 * 8)::int],
       (select id from app_user order by created_at limit 1),
       (array['{}','{}','{}','{}','{newsletter}','{vip}','{prospect}','{newsletter,vip}','{partner}',
              '{churn-risk}','{event-2026}','{key-account,vip}'])[1 + d.g * 13 % 12]::varchar[],
       now() - d.age_days * interval '1 day',
       now() - least(d.age_days, d.edit_days) * interval '1 day',
       case when d.r5 < 0.01 then now() - d.edit_days * interval '1 hour' end
from (
  select c.*, f.v as first, l.v as last,
         local || '@' || coalesce(co_domain.domain, (array['mail.example','post.example','inbox.example'])[1 + c.g % 3]) as mail,
         local
  from contact_draw c
  cross join pick_first pf
  cross join pick_last pln
  cross join lateral (select pf.v[c.f] as v) f
  cross join lateral (select pln.v[c.l] as v) l
  cross join lateral (select translate(lower(replace(replace(f.v || '.' || l.v, ' ', ''), '''', '')),
                                       'øåäöüéèíóáçñı', 'oaaoueeioacni') || c.g as local) lp
  left join company_n co_domain on co_domain.n = c.cn
) d
left join company_n co on co.n = d.cn
join place pl on pl.i = d.p;
commit;

-- Phones in E.164 as Rapport stores them beside the typed ones, and about 1% of the contacts sharing the email
-- and phone of another one (likely duplicates for /api/v1/contacts/duplicates/pairs to find).
begin;
update contact set phones_e164 = array(select '+' || regexp_replace(p, '\D', '', 'g') from unnest(phones) p);
update contact c set emails = d.e, phones_e164 = d.p
  from (select id, lead(emails) over (order by id) e, lead(phones_e164) over (order by id) p from contact) d
 where c.id = d.id and d.e is not null and abs(hashtext(c.id::text)) % 100 = 0;
commit;

vacuum analyze company;
vacuum analyze contact;
