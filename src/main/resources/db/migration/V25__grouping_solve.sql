-- The latest solve of each session's working groups, kept in the database so that a solve cut short
-- by a stop of the application is shown as interrupted at the next start, like a book's rendering:
-- a solve still marked SOLVING at start never finished.

create table grouping_solve (
    session_id         bigint      primary key references session (id) on delete cascade,
    state              varchar(20) not null check (state in ('SOLVING', 'SUCCEEDED', 'FAILED')),
    failure            varchar(40),
    time_limit_seconds integer     not null,
    started_at         timestamp with time zone not null,
    finished_at        timestamp with time zone
);

-- The rounds the solve was forming, so that each round's page can tell.
create table grouping_solve_round (
    session_id bigint not null references grouping_solve (session_id) on delete cascade,
    round_id   bigint not null references work_round (id) on delete cascade,
    primary key (session_id, round_id)
);
