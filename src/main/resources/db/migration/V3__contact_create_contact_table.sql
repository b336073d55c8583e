create table contact (
    id              uuid primary key,
    first_name      varchar(100) not null default '',
    last_name       varchar(100) not null default '',
    emails          varchar[]    not null default '{}',
    phones          varchar[]    not null default '{}',
    job_title       varchar(200),
    company_id      uuid references company (id),
    -- The company's name, kept in step by CompanyUpdated, so search finds contacts by their company.
    company_name    varchar(200),
    street          varchar(200),
    postal_code     varchar(20),
    city            varchar(100),
    region          varchar(100),
    country         varchar(100),
    birth_date      date,
    gender          varchar(50),
    profession      varchar(100),
    source          varchar(100),
    lifecycle_stage varchar(20)  not null,
    owner_id        uuid         not null references app_user (id),
    tags            varchar[]    not null default '{}',
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    deleted_at      timestamptz,
    version         bigint       not null default 0
);
create index contact_last_name_idx on contact (last_name, id) where deleted_at is null;
create index contact_first_name_idx on contact (first_name, id) where deleted_at is null;
create index contact_created_idx on contact (created_at, id) where deleted_at is null;
create index contact_updated_idx on contact (updated_at, id) where deleted_at is null;
create index contact_company_idx on contact (company_id);
create index contact_owner_idx on contact (owner_id);
create index contact_emails_idx on contact using gin (emails);
create index contact_tags_idx on contact using gin (tags);
