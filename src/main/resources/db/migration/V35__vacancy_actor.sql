-- Who freed a seat, so that the page says it as it was: staff withdrew the participant, or the
-- applicant withdrew. Seats freed before this column existed keep null: the page then says only that
-- the person left the cohort.
alter table selection_vacancy add column withdrawn_by_staff boolean;
