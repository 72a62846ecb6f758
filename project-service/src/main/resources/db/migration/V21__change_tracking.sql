-- Change tracking for incremental reads (updatedAfter / after on every list) and the deletion feed
-- (GET /api/v1/deletions, platform sync.DeletionFeed).
--
-- created_at / updated_at are set by the database, never by the service: the start of the writing
-- transaction (now()), which is what platform sync.ChangeHorizon relies on to answer only rows whose
-- change time is final. An update that changes nothing (every column as before) keeps updated_at.
-- The element collections (project_status, project_annual_investment) are part of their project: a change
-- in them bumps the project's version, which stamps the project row.

alter table project add column created_at timestamptz not null default now();
alter table project add column updated_at timestamptz not null default now();
alter table declared_totals add column created_at timestamptz not null default now();
alter table declared_totals add column updated_at timestamptz not null default now();

create function change_stamp() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    if tg_op = 'INSERT' then
        new.created_at := now();
    else
        new.created_at := old.created_at;
    end if;
    return new;
end
$$;

create trigger project_insert_stamp before insert on project
    for each row execute function change_stamp();
-- only an update that changes a column the API shows (every column of project is shown: version too)
create trigger project_update_stamp before update on project
    for each row when (old.* is distinct from new.*) execute function change_stamp();
create trigger declared_totals_insert_stamp before insert on declared_totals
    for each row execute function change_stamp();
create trigger declared_totals_update_stamp before update on declared_totals
    for each row when (old.* is distinct from new.*) execute function change_stamp();

create index project_change_idx on project (updated_at, id);
create index declared_totals_change_idx on declared_totals (updated_at, plan_code);

-- Every deleted resource, written by the triggers below in the deleting transaction, whatever deletes it
-- (DELETE /api/v1/projects/{id}, an import with mode=replace, DELETE .../declared-totals, or SQL).
-- The rows of project_status and project_annual_investment (removed with their project by ON DELETE
-- CASCADE) are parts of the project, not resources: the project's own row stands for them.
create table deletion (
    id            bigint generated always as identity primary key,
    resource_type varchar(64)  not null,
    resource_key  varchar(500) not null,
    region_code   varchar(32),
    deleted_at    timestamptz  not null default now()
);
create index deletion_order_idx on deletion (deleted_at, id);
create index deletion_type_idx on deletion (resource_type, deleted_at, id);

-- resource type 'project', key: the project's id (as in /api/v1/projects/{id})
create function project_deleted() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code) values ('project', old.id::text, old.region_code);
    return old;
end
$$;
create trigger project_deletion after delete on project
    for each row execute function project_deleted();

-- resource type 'declared-totals', key: the plan's code (as in /api/v1/plans/{planCode}/declared-totals)
create function declared_totals_deleted() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code) values ('declared-totals', old.plan_code, old.region_code);
    return old;
end
$$;
create trigger declared_totals_deletion after delete on declared_totals
    for each row execute function declared_totals_deleted();
