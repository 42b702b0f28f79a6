-- Issue 17 (EU-size data set): every public page, list and feed dates itself by the latest change of
-- any publication flag (PublicationStore.lastChange: order by changed_at desc limit 1). Without an
-- index that read all 46,217 publication rows of the EU data set for each request.
create index publication_changed on publication (changed_at);
