-- The proposal for a session's open seats, computed once when a seat frees or a selection setting
-- changes, and read by every view of the page: viewing never solves. The input digest is taken over
-- the exact replacement request solved, so that accepting can tell, by counting and without solving,
-- whether the applications or settings changed since. Shortfalls (JSON) say which quotas a proposal
-- that cannot keep them all leaves short, and by how much; when not even that exists, the settings at
-- fault are kept as the engine words them in each interface language (JSON by language).
create table replacement_proposal (
    session_id    bigint       primary key references session (id) on delete cascade,
    kind          varchar(20)  not null,
    vacancy_ids   bigint[]     not null,
    entering_ids  bigint[]     not null,
    leaving_ids   bigint[]     not null,
    kept          integer      not null,
    remaining     integer      not null,
    shortfalls    text         not null default '[]',
    conflicts     text         not null default '{}',
    input_digest  varchar(64)  not null,
    computed_at   timestamptz  not null
);
