-- How an application came in: through the public form (the applicant consented on it) or through a
-- staff import (consent recorded by the staff member named here, at the import's time, which is
-- consented_at). The date of a withdrawal is kept for staff to read.
alter table application
    add column source       varchar(20)  not null default 'FORM',
    add column imported_by  varchar(320),
    add column withdrawn_at timestamptz;
