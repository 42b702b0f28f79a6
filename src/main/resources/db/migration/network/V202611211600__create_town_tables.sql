-- The gazetteer: GeoNames towns loaded at first start (source GEONAMES) and towns that
-- administrators add (source ADDED, ids from town_added_id_seq, far above GeoNames ids).
--
-- search_key is the name in lower case without accents ("Łódź" -> "lodz"); prefix1..3 are its
-- first one, two and three characters. A prefix search compares one prefix column for equality
-- (plus a LIKE on search_key when the query is longer) and reads an index already ordered by
-- population, stopping at the limit. Equality needs no collation-aware range, so this is fast on
-- H2 and on PostgreSQL whatever the database collation. The ORDER BY names the prefix column so
-- that H2, too, sees that the index delivers the order. Country searches of one or two characters
-- use town_country_ix; longer ones filter the small three-character group by country.
create table town (
    id         bigint                   primary key,
    name       varchar(200)             not null,
    search_key varchar(200)             not null,
    prefix1    varchar(1)               not null,
    prefix2    varchar(2)               not null,
    prefix3    varchar(3)               not null,
    country    varchar(2)               not null,
    latitude   double precision         not null,
    longitude  double precision         not null,
    population bigint                   not null,
    region     varchar(200),
    source     varchar(16)              not null,
    added_at   timestamp with time zone not null
);

create index town_prefix1_ix on town (prefix1, population desc, id);
create index town_prefix2_ix on town (prefix2, population desc, id);
create index town_prefix3_ix on town (prefix3, population desc, id);
create index town_country_ix on town (country, prefix1, population desc, id);

create sequence town_added_id_seq start with 900000000;
