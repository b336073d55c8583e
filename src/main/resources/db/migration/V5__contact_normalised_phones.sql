-- Phone numbers in E.164, read with libphonenumber, for finding duplicates; "phones" keeps them as typed.
alter table contact add column phones_e164 varchar[] not null default '{}';
create index contact_phones_e164_idx on contact using gin (phones_e164);
