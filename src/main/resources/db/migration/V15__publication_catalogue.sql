-- The publication's catalogue record (licence, identifiers, keywords), chapter bodies, the file the
-- catalogue serves, the state of its background rendering, and download counts per day.

alter table publication
    add column series        varchar(500),
    add column licence       varchar(20)  not null default 'ALL_RIGHTS_RESERVED',
    add column isbn          varchar(17),
    add column doi           varchar(200),
    add column legal_deposit varchar(200),
    -- The OAI-PMH datestamp: when anything a harvester sees last changed.
    add column modified_at   timestamp with time zone not null default now(),
    add constraint publication_licence_check check (licence in
        ('CC_BY', 'CC_BY_SA', 'CC_BY_ND', 'CC_BY_NC', 'CC_BY_NC_SA', 'CC_BY_NC_ND', 'ALL_RIGHTS_RESERVED'));

create table publication_keyword (
    publication_id bigint       not null references publication (id) on delete cascade,
    position       integer      not null,
    keyword        varchar(200) not null,
    primary key (publication_id, position)
);

alter table chapter add column body text;

-- The PDF the catalogue serves: a path relative to the data folder (COHORTE_DATA_DIR)/publications.
create table publication_file (
    publication_id bigint        primary key references publication (id) on delete cascade,
    path           varchar(500)  not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         varchar(64)   not null,
    media_type     varchar(100)  not null,
    origin         varchar(20)   not null check (origin in ('RENDERED', 'UPLOADED')),
    stored_at      timestamp with time zone not null
);

create table publication_rendering (
    publication_id bigint        primary key references publication (id) on delete cascade,
    state          varchar(20)   not null check (state in ('RENDERING', 'SUCCEEDED', 'FAILED')),
    step           integer       not null default 0,
    failure        text,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone
);

-- Downloads per publication and day; no address, no browser, nothing that tells who downloaded.
create table publication_download (
    publication_id bigint  not null references publication (id) on delete cascade,
    day            date    not null,
    downloads      bigint  not null,
    primary key (publication_id, day)
);
