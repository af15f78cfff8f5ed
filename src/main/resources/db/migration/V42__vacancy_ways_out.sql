-- The two ways out of a replacement dead end that staff decide on a seat: accepting a newcomer with a
-- proposal that leaves quotas short (which ones, and by how much, as JSON), or leaving the seat empty
-- with a reason, by whom and when. An empty seat no longer asks for a replacement.
alter table selection_vacancy add column shortfalls text;
alter table selection_vacancy add column left_empty_reason varchar(1000);
alter table selection_vacancy add column left_empty_by varchar(320);
alter table selection_vacancy add column left_empty_at timestamptz;
