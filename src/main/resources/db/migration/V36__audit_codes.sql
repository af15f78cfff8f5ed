-- An audit entry tells what happened as a message code and its arguments, so that each reader
-- reads it in their own language, and keeps the fields it changed with their value before and after.
-- Entries written before keep their English detail, shown as it was written.

alter table audit_event add column detail_code varchar(120);
alter table audit_event add column detail_args text[];
-- Flat triples: field, value before, value after.
alter table audit_event add column changes text[];
