create table team (
    id         uuid primary key,
    name       varchar(100) not null unique,
    created_at timestamptz  not null
);

create table app_user (
    id            uuid primary key,
    email         varchar(254) not null unique,
    name          varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    team_id       uuid references team (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null
);
create index app_user_team_idx on app_user (team_id);

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- Which records a role sees, per record type: ALL, TEAM or OWN. A missing row means ALL.
create table visibility_rule (
    role        varchar(20) not null,
    record_type varchar(40) not null,
    scope       varchar(10) not null,
    primary key (role, record_type)
);
