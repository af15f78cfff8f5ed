-- Logistics notes copied by a clone that mention dates are shown as to review until staff save the seminar.
alter table seminar add column logistics_to_review boolean not null default false;
