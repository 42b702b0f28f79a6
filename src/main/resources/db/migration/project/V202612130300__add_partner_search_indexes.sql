-- Partner search's earlier projects (ProjectNetworkQueries.pastPartnerTowns): the latest projects
-- of a measure come from the first index in order; a rare theme starts from the second (the
-- primary key (project_id, theme) serves only reads by project). EU-size data set: the search read
-- project, project_partner, organisation and project_theme whole.
create index project_measure_start_ix on project (measure_code, start_date desc nulls last, id desc);
create index project_theme_theme_ix on project_theme (theme, project_id);
