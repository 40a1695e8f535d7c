--liquibase formatted sql

--changeset aggregator:013-counters-before-daily-rows
--comment: One order of locks for every transaction that stores messages: the tenant's counters, then
--comment: its daily rows. PostgreSQL fires a statement's AFTER triggers in the order of their names, so
--comment: a message insert took the daily row first (messages_counted_by_day) and the counters second,
--comment: while a chat insert, earlier in the same kind of transaction, takes the counters first: two
--comment: transactions in the same slot could each hold what the other waited for. Renamed, the daily
--comment: trigger fires after the counters' one.
ALTER TRIGGER messages_counted_by_day ON messages RENAME TO messages_then_counted_by_day;
