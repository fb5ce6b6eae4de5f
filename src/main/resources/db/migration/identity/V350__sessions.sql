-- ha19a (issue 19): signed-in sessions in PostgreSQL (Spring Session JDBC's PostgreSQL schema, by
-- Flyway rather than Spring's initializer), so that any node serves any user and a session outlives
-- the node that made it. Used when entente.sessions=database (identity.DatabaseSessions).
create table identity.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on identity.spring_session (session_id);
create index spring_session_ix2 on identity.spring_session (expiry_time);
create index spring_session_ix3 on identity.spring_session (principal_name);

create table identity.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references identity.spring_session (primary_id) on delete cascade
);

grant select, insert, update, delete on identity.spring_session, identity.spring_session_attributes to ${app_role};
