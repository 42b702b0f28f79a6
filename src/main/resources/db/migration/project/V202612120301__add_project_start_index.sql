-- Issue 17 (EU-size data set): an administrator's portfolio (all projects), the dashboards' newest
-- 500 projects and the project API list projects newest first, a page at a time. This index
-- delivers that order, so a page no longer sorts all 20,000 projects.
create index project_start_ix on project (start_date desc nulls last, id desc);
