-- Administration of accounts (issue 12): e-mail, a password that must be changed at the next
-- sign-in, the last sign-in, the right to create projects, who may create projects at all, and
-- the sign-in throttle (kept in the database, so that it holds across nodes).
alter table app_user add column email varchar(320);
alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column last_login_at timestamp with time zone;
alter table app_user add column project_creator boolean default false not null;

create table app_setting (
    name          varchar(64)  not null primary key,
    setting_value varchar(200) not null
);
insert into app_setting (name, setting_value) values ('project-creation', 'EVERYONE');

-- Failed sign-ins per username typed (whether or not such an account exists) and per client address.
create table login_throttle (
    throttle_key     varchar(260) not null primary key,
    failures         integer      not null,
    first_failure_at timestamp with time zone not null,
    locked_until     timestamp with time zone,
    locks            integer      not null
);
