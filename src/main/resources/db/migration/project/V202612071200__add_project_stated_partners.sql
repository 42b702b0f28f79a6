-- What the project's source (application, call results, news) states about the partnership, kept
-- beside the partners recorded: a source may count partners it does not name (issue 13, Cities of change).
alter table project add column stated_partners integer;
alter table project add column stated_countries integer;
