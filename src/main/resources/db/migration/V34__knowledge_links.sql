-- The links between the knowledge tables that two parts of the module wrote apart.

-- A practice's passage keeps its note: when the note itself goes (its last author erased), the passage
-- stays in the practice, quoted, and the link to the note is cleared.
do $$
declare
    passage_check text;
begin
    select conname into passage_check from pg_constraint
    where conrelid = 'practice_source'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%contribution_id IS NOT NULL%';
    execute format('alter table practice_source drop constraint %I', passage_check);
end $$;
alter table practice_source add constraint practice_source_passage_quoted check (kind <> 'CONTRIBUTION' or quote_exact is not null);
alter table practice_source add constraint practice_source_contribution_fk
    foreign key (contribution_id) references contribution (id) on delete set null;
create index practice_source_contribution on practice_source (contribution_id);

-- The chapter that carries a recommendation; a chapter removed leaves the recommendation unplaced.
alter table recommendation add constraint recommendation_chapter_fk
    foreign key (chapter_id) references chapter (id) on delete set null;
