-- Change tracking for incremental reads (updatedAfter / after, platform sync.ChangeQuery) and the deletion feed
-- (GET /api/v1/deletions, platform sync.DeletionFeed).
--
-- created_at / updated_at are set by the database, never by the service: now() is the writing transaction's
-- start, which is what platform sync.ChangeHorizon relies on (a row stamped before the horizon is committed).
-- An update that changes no column (e.g. an import that writes the same values again) keeps its updated_at.

create function stamp_change_times() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
    else
        new.created_at := old.created_at;
    end if;
    new.updated_at := now();
    return new;
end
$$;

alter table region add column created_at timestamptz not null default now(),
                   add column updated_at timestamptz not null default now();
alter table population add column created_at timestamptz not null default now(),
                       add column updated_at timestamptz not null default now();
alter table facility add column created_at timestamptz not null default now(),
                     add column updated_at timestamptz not null default now();
alter table facility_resource add column created_at timestamptz not null default now(),
                              add column updated_at timestamptz not null default now();
alter table region_resource add column created_at timestamptz not null default now(),
                            add column updated_at timestamptz not null default now();
alter table standard add column created_at timestamptz not null default now(),
                     add column updated_at timestamptz not null default now();

create index region_updated_idx on region (updated_at, id);
create index population_updated_idx on population (updated_at, id);
create index facility_updated_idx on facility (updated_at, id);
create index facility_resource_updated_idx on facility_resource (updated_at, id);
create index region_resource_updated_idx on region_resource (updated_at, id);
create index standard_updated_idx on standard (updated_at, id);

create trigger region_stamp_insert before insert on region
    for each row execute function stamp_change_times();
create trigger region_stamp_update before update on region
    for each row when (old.* is distinct from new.*) execute function stamp_change_times();
create trigger population_stamp_insert before insert on population
    for each row execute function stamp_change_times();
create trigger population_stamp_update before update on population
    for each row when (old.* is distinct from new.*) execute function stamp_change_times();
create trigger facility_stamp_insert before insert on facility
    for each row execute function stamp_change_times();
create trigger facility_stamp_update before update on facility
    for each row when (old.* is distinct from new.*) execute function stamp_change_times();
create trigger facility_resource_stamp_insert before insert on facility_resource
    for each row execute function stamp_change_times();
create trigger facility_resource_stamp_update before update on facility_resource
    for each row when (old.* is distinct from new.*) execute function stamp_change_times();
create trigger region_resource_stamp_insert before insert on region_resource
    for each row execute function stamp_change_times();
create trigger region_resource_stamp_update before update on region_resource
    for each row when (old.* is distinct from new.*) execute function stamp_change_times();
create trigger standard_stamp_insert before insert on standard
    for each row execute function stamp_change_times();
create trigger standard_stamp_update before update on standard
    for each row when (old.* is distinct from new.*) execute function stamp_change_times();

-- The deletion feed: one row per deleted resource, written by the triggers below in the deleting transaction.
-- Types and keys as in the audit trail: region (code), population (regionCode/year), facility (code),
-- facility-resources (facilityCode/year), reported-totals (regionCode/year), standard (code).
create table deletion (
    id            bigint generated always as identity primary key,
    resource_type varchar(64)  not null,
    resource_key  varchar(500) not null,
    region_code   varchar(32),
    deleted_at    timestamptz  not null default now()
);
create index deletion_order_idx on deletion (deleted_at, id);
create index deletion_type_idx on deletion (resource_type, deleted_at, id);

-- Rows whose key is in the row itself record themselves, however they are deleted (a region's delete cascades
-- to its population and reported totals).
create function record_region_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code) values ('region', old.code, old.code);
    return null;
end
$$;
create trigger region_deletion after delete on region
    for each row execute function record_region_deletion();

create function record_population_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code)
    values ('population', old.region_code || '/' || old.year, old.region_code);
    return null;
end
$$;
create trigger population_deletion after delete on population
    for each row execute function record_population_deletion();

create function record_reported_totals_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code)
    values ('reported-totals', old.region_code || '/' || old.year, old.region_code);
    return null;
end
$$;
create trigger region_resource_deletion after delete on region_resource
    for each row execute function record_reported_totals_deletion();

create function record_standard_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code) values ('standard', old.code, old.region_code);
    return null;
end
$$;
create trigger standard_deletion after delete on standard
    for each row execute function record_standard_deletion();

-- A facility's yearly rows are keyed by the facility's code, which a row deleted by the facility's cascade can no
-- longer read: the facility records them before it goes, and a yearly row records itself only while its facility
-- still exists (a yearly row deleted on its own, or by the service before the facility).
create function record_facility_deletion() returns trigger language plpgsql as $$
begin
    if tg_when = 'BEFORE' then
        insert into deletion (resource_type, resource_key, region_code)
        select 'facility-resources', old.code || '/' || r.year, old.region_code
        from facility_resource r where r.facility_id = old.id order by r.year;
        return old;
    end if;
    insert into deletion (resource_type, resource_key, region_code) values ('facility', old.code, old.region_code);
    return null;
end
$$;
create trigger facility_deletion_children before delete on facility
    for each row execute function record_facility_deletion();
create trigger facility_deletion after delete on facility
    for each row execute function record_facility_deletion();

create function record_facility_resource_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code)
    select 'facility-resources', f.code || '/' || old.year, f.region_code
    from facility f where f.id = old.facility_id;
    return null;
end
$$;
create trigger facility_resource_deletion after delete on facility_resource
    for each row execute function record_facility_resource_deletion();
