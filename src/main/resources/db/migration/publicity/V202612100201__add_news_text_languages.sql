-- News in the languages beyond Latvian and English: each field keeps its lv/en columns and gets one
-- text column holding the other languages as a JSON object keyed by language tag ({"pl":"…"}; null
-- when there are none), read and written as shared.LocalizedText.
alter table news_article add column title_others text;
alter table news_article add column body_others text;
alter table news_article add column image_alt_others text;
