-- A chapter of an edited volume may have a DOI of its own (its page in the web edition, its
-- citations, its OAI-PMH record), set with the book's description. Stored bare, as the book's is.
alter table chapter add column doi varchar(200);
