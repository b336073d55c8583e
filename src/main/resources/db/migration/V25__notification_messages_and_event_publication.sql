-- Spring Modulith's event publication registry: one row per event and asynchronous listener
-- (@ApplicationModuleListener), written in the publisher's transaction, deleted once the listener has succeeded
-- (spring.modulith.events.completion-mode=delete); what is left is incomplete, and shared.events.EventRetry
-- resubmits it. The DDL is spring-modulith-events-jdbc 2.1.1's schemas/v2/schema-postgresql.sql, as it is.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Notifications are the notification module's now (from activity), for tasks today and tickets, rules and
-- campaigns later. A row keeps a message key and its arguments, written in the reader's language when shown,
-- never English text; what it is about is a (subject_type, subject_id) pair of another module's, without a foreign
-- key (a deleted task no longer takes its notifications with it). Rows so far all said "Due: <task title>".
alter table notification
    add column kind         text,
    add column message_key  text,
    add column message_args text[] not null default '{}',
    add column link         text,
    add column subject_type text,
    add column subject_id   uuid;
update notification
   set kind = 'task-due',
       message_key = 'notification.taskDue',
       message_args = array[case when message like 'Due: %' then substr(message, 6) else message end],
       link = '/tasks',
       subject_type = case when task_id is null then null else 'task' end,
       subject_id = task_id;
alter table notification
    alter column kind set not null,
    alter column message_key set not null,
    drop column message,
    drop column task_id;
-- A user's latest notifications, read or not (the unread ones have notification_unread).
create index notification_latest on notification (user_id, created_at desc, id desc);
