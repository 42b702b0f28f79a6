-- Content in the languages beyond Latvian and English: each field keeps its lv/en columns and gets
-- one text column holding the other languages as a JSON object keyed by language tag
-- ({"pl":"…","de":"…"}; null when there are none), read and written as shared.LocalizedText.
alter table event add column title_others text;
alter table event add column agenda_others text;
alter table event_consent_text add column text_others text;

-- Working languages are tags of shared.Languages.ALL ("lv,en,pl,sr-Latn"); all 30 fit.
alter table event_registration_settings alter column working_languages set data type varchar(300);
