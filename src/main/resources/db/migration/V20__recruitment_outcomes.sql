-- What an application gains after it is sent: the applicant's sector and region (selection quotas),
-- the wish to be kept for a later session, the secret of the withdrawal link, the jury's combined
-- score (kept on the row so that lists and the selection never add scores up again), and the date
-- its personal data was anonymised. The call records when its selection was confirmed: the
-- retention period of the applicants not selected runs from then.
alter table application
    add column sector           varchar(100),
    add column region           varchar(40),
    add column keep_for_later   boolean      not null default false,
    add column withdrawal_token varchar(64),
    add column jury_score       numeric(9, 3),
    add column anonymised_at    timestamptz;
create unique index application_withdrawal_token_uq on application (withdrawal_token);

alter table application_call add column selection_confirmed_at timestamptz;
