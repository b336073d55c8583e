-- Files attached to activities. The bytes live in the attachment store (files under data/attachments), the
-- row says what they are; deleting an activity deletes its attachments' rows here and their files after commit.
create table attachment (
    id           uuid primary key,
    activity_id  uuid        not null references activity (id) on delete cascade,
    file_name    text        not null check (length(file_name) between 1 and 255),
    content_type text        not null,
    size         bigint      not null check (size >= 0),
    sha256       text        not null,
    storage_key  text        not null unique,
    uploaded_by  uuid        not null references app_user (id),
    created_at   timestamptz not null
);
create index attachment_activity on attachment (activity_id);

-- System entries: a record's own changes (stage, owner, merges...) on its timeline, from its events.
alter table activity drop constraint activity_channel_check;
alter table activity add constraint activity_channel_check
    check (channel in ('email', 'call', 'meeting', 'in_person', 'social', 'sms', 'note', 'system'));
