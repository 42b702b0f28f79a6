-- Issue 17 (EU-size data set): organisation lists and the API read organisations in search_key
-- order, a page at a time. With 100,000 organisations, sorting them all for every page read the
-- whole table; this index delivers the order, so a page stops after its rows (a contains-search
-- filters along it).
create index organisation_search_ix on organisation (search_key, id);
