-- Issue 16: a registration remembers any of the 30 languages participants read, as its BCP 47 tag;
-- 'sr-Latn' (Serbian in Latin script) needs seven characters, ten leave room for a region.
alter table event_registration alter column language set data type varchar(10);
