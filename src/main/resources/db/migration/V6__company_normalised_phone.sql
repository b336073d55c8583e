-- The phone number in E.164 for finding duplicates; "phone" keeps it as typed.
alter table company add column phone_e164 varchar(20);
create index company_phone_e164_idx on company (phone_e164);
