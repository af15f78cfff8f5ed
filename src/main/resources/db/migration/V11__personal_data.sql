-- Personal data rights and the alumni directory: when a person was erased (anonymised in place so
-- that every relation stays countable), and which fields each alumnus chose to show.

alter table person
    add column anonymised_at  timestamptz,
    -- Comma-separated names of AlumniField; the name is always shown to whoever may see the directory.
    add column alumni_fields  varchar(200) not null default '';

alter table person_aud
    add column anonymised_at  timestamptz,
    add column alumni_fields  varchar(200);

create index participant_person_idx on participant (person_id);
create index publication_contributor_person_idx on publication_contributor (person_id);
create index chapter_author_person_idx on chapter_author (person_id);
