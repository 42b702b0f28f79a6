-- The ordered ids of the public articles (NewsStore.publishedIds, read once per generation of the public
-- data) come from this index alone, newest first, without reading the articles' rows (their texts make
-- news_article large): 137 ms -> 103 ms on the EU-size data set, most of the rest being the public rule's
-- projects and events.
create index news_article_public_list on news_article (published, publish_at, id, project_id, event_id);
