-- A run's sentences as codes with their arguments (which candidate, which quota, which number), rendered
-- when someone reads the run, in their language: a run made by a French reader reads in English to an
-- English one. Runs recorded before keep the sentences their response holds, in the language they were
-- made in; this column stays empty for them.
alter table selection_run add column reasons jsonb;
