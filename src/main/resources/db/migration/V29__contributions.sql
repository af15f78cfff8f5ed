-- Contributions: the participants' notes, testimonies and group syntheses about a session's
-- hearings, visits and seminars. Every save is kept as a version.

-- A hearing held under the Chatham House rule: what is said may be used, never with the speaker's name.
alter table activity add column chatham_house boolean not null default false;

create table contribution (
    id                    bigserial     primary key,
    session_number        integer       not null,
    -- about one activity, or a whole seminar (one of the two)
    activity_id           bigint        references activity (id) on delete set null,
    seminar_id            bigint        references seminar (id) on delete set null,
    kind                  varchar(20)   not null,
    title                 varchar(300)  not null,
    body                  text          not null default '',
    visibility            varchar(30)   not null default 'ONLY_US',
    -- a public contribution waits for a coordinator of the session
    approval_requested_at timestamptz,
    approved_by_person_id bigint,
    approved_at           timestamptz,
    -- a working group's synthesis: the group of a round
    round_id              bigint,
    group_number          integer,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    -- the number of the last saved version of the text: a save made on an older one is a conflict
    revision              integer       not null default 0,
    version               bigint        not null default 0
);

create index contribution_session on contribution (session_number);

create table contribution_author (
    contribution_id bigint  not null references contribution (id) on delete cascade,
    person_id       bigint  not null,
    primary key (contribution_id, person_id)
);

create index contribution_author_person on contribution_author (person_id);

create table contribution_version (
    id                 bigserial     primary key,
    contribution_id    bigint        not null references contribution (id) on delete cascade,
    number             integer       not null,
    title              varchar(300)  not null,
    body               text          not null,
    saved_by_person_id bigint,
    saved_at           timestamptz   not null,
    unique (contribution_id, number)
);
