-- Free-text search on tasks is a substring match on the folded text (no diacritics, lower case:
-- see Texts.fold), i.e. search_text LIKE '%...%'. A B-tree cannot serve a leading wildcard; a
-- trigram GIN index can, so that a search stays fast with 100,000 tasks. pg_trgm is a trusted
-- extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index ix_task_search_text_trgm on task using gin (search_text gin_trgm_ops);
