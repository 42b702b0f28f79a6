-- DatabaseReplicaConfigurationTests: Flyway migrates the primary only.
create table marker (name varchar(20) not null);
insert into marker (name) values ('primary');
