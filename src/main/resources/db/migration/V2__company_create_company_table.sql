create table company (
    id             uuid primary key,
    name           varchar(200)  not null,
    website        varchar(500),
    domain         varchar(253),
    industry       varchar(100),
    size           varchar(20),
    annual_revenue numeric(18, 2),
    phone          varchar(50),
    street         varchar(200),
    postal_code    varchar(20),
    city           varchar(100),
    region         varchar(100),
    country        varchar(100),
    parent_id      uuid references company (id),
    owner_id       uuid          not null references app_user (id),
    tags           varchar[]     not null default '{}',
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    deleted_at     timestamptz,
    version        bigint        not null default 0
);
create index company_name_idx on company (name, id) where deleted_at is null;
create index company_created_idx on company (created_at, id) where deleted_at is null;
create index company_updated_idx on company (updated_at, id) where deleted_at is null;
create index company_parent_idx on company (parent_id);
create index company_owner_idx on company (owner_id);
create index company_domain_idx on company (domain);
