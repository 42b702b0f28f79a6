-- Issue 17 (EU-size data set): the administrator's desk counts the deleted projects, and the bin
-- lists them, most recently deleted first. Without an index on the time of deletion both read all
-- 20,000 projects to find the few deleted ones; with it they read only those (PostgreSQL finds
-- "is not null" in a b-tree, and the index gives the bin its order).
create index project_deleted_ix on project (deleted_at);
