-- Saved list views: a named filter (the filter model's JSON), columns and sort; private, or shared with a team.
create table saved_view (
    id          uuid primary key,
    record_type varchar(40)  not null,
    name        varchar(100) not null,
    owner_id    uuid         not null references app_user (id),
    team_id     uuid references team (id),
    filter      jsonb,
    columns     text[]       not null default '{}',
    sort        varchar(100),
    created_at  timestamptz  not null
);
create index saved_view_owner_idx on saved_view (record_type, owner_id);
create index saved_view_team_idx on saved_view (record_type, team_id) where team_id is not null;
