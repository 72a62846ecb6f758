-- Change tracking for incremental reads (updatedAfter / after) and the deletion feed (GET /api/v1/deletions).
--
-- Every resource table gets created_at and updated_at, set by triggers to now(): the start of the writing
-- transaction, which is what the platform's ChangeHorizon relies on. updated_at moves only when something
-- the API shows changes: the plan's revision (the evaluation cache's key, bumped by the V4 triggers whenever
-- a row or value of the plan changes) is left out of the comparison, so a plan is not stamped when only its
-- rows or values change. The version column counts in: it is bumped exactly when a write changed the
-- resource, including a change of its upper targets or aliases only (kept in tables of their own).

alter table plan add column created_at timestamptz not null default now(),
                 add column updated_at timestamptz not null default now();
alter table plan_indicator add column created_at timestamptz not null default now(),
                           add column updated_at timestamptz not null default now();
alter table monitoring_value add column created_at timestamptz not null default now(),
                             add column updated_at timestamptz not null default now();
alter table indicator_definition add column created_at timestamptz not null default now(),
                                 add column updated_at timestamptz not null default now();

create index plan_updated_idx on plan (updated_at, id);
create index plan_indicator_updated_idx on plan_indicator (updated_at, id);
create index monitoring_value_updated_idx on monitoring_value (updated_at, id);
create index indicator_definition_updated_idx on indicator_definition (updated_at, id);

create function change_stamp() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
    else
        new.created_at := old.created_at;
    end if;
    new.updated_at := now();
    return new;
end $$;

-- The update triggers fire only when a column other than the stamps (and the plan's revision) changes:
-- a statement that sets only updated_at (the touches below) keeps the value it sets.
create trigger plan_change_stamp_ins before insert on plan
    for each row execute function change_stamp();
create trigger plan_change_stamp_upd before update on plan
    for each row when ((to_jsonb(old) - 'revision' - 'created_at' - 'updated_at')::text
                       is distinct from (to_jsonb(new) - 'revision' - 'created_at' - 'updated_at')::text)
    execute function change_stamp();

create trigger plan_indicator_change_stamp_ins before insert on plan_indicator
    for each row execute function change_stamp();
create trigger plan_indicator_change_stamp_upd before update on plan_indicator
    for each row when ((to_jsonb(old) - 'created_at' - 'updated_at')::text
                       is distinct from (to_jsonb(new) - 'created_at' - 'updated_at')::text)
    execute function change_stamp();

create trigger monitoring_value_change_stamp_ins before insert on monitoring_value
    for each row execute function change_stamp();
create trigger monitoring_value_change_stamp_upd before update on monitoring_value
    for each row when ((to_jsonb(old) - 'created_at' - 'updated_at')::text
                       is distinct from (to_jsonb(new) - 'created_at' - 'updated_at')::text)
    execute function change_stamp();

create trigger indicator_definition_change_stamp_ins before insert on indicator_definition
    for each row execute function change_stamp();
create trigger indicator_definition_change_stamp_upd before update on indicator_definition
    for each row when ((to_jsonb(old) - 'created_at' - 'updated_at')::text
                       is distinct from (to_jsonb(new) - 'created_at' - 'updated_at')::text)
    execute function change_stamp();

-- A row shows its upper targets and a definition its aliases: a change to them written straight in SQL
-- (without the version bump the service makes) still moves the owner's updated_at.
create function plan_indicator_touch_from_upper_targets() returns trigger language plpgsql as $$
begin
    update plan_indicator set updated_at = now()
     where updated_at <> now() and id in (select indicator_id from changed);
    return null;
end $$;

create trigger upper_target_touch_ins after insert on plan_indicator_upper_target
    referencing new table as changed for each statement execute function plan_indicator_touch_from_upper_targets();
create trigger upper_target_touch_upd after update on plan_indicator_upper_target
    referencing new table as changed for each statement execute function plan_indicator_touch_from_upper_targets();
create trigger upper_target_touch_del after delete on plan_indicator_upper_target
    referencing old table as changed for each statement execute function plan_indicator_touch_from_upper_targets();

create function indicator_definition_touch_from_aliases() returns trigger language plpgsql as $$
begin
    update indicator_definition set updated_at = now()
     where updated_at <> now() and id in (select definition_id from changed);
    return null;
end $$;

create trigger alias_touch_ins after insert on indicator_definition_alias
    referencing new table as changed for each statement execute function indicator_definition_touch_from_aliases();
create trigger alias_touch_upd after update on indicator_definition_alias
    referencing new table as changed for each statement execute function indicator_definition_touch_from_aliases();
create trigger alias_touch_del after delete on indicator_definition_alias
    referencing old table as changed for each statement execute function indicator_definition_touch_from_aliases();

-- A linked row shows its definition's direction (and the effective comparators that follow from it).
create function plan_indicator_touch_from_definition() returns trigger language plpgsql as $$
begin
    update plan_indicator set updated_at = now() where definition_code = new.code and updated_at <> now();
    return null;
end $$;

create trigger indicator_definition_direction_touch after update of direction on indicator_definition
    for each row when (old.direction is distinct from new.direction)
    execute function plan_indicator_touch_from_definition();

-- The deletion feed: every deleted resource, cascaded deletions included, in the deleting transaction.
create table deletion (
    id            bigint generated always as identity primary key,
    resource_type varchar(64)  not null,
    resource_key  varchar(500) not null,
    region_code   varchar(32),
    deleted_at    timestamptz  not null default now()
);
create index deletion_order_idx on deletion (deleted_at, id);
create index deletion_type_idx on deletion (resource_type, deleted_at, id);

-- In an ON DELETE CASCADE the children are deleted after their parent, when the parent row can no longer
-- be read. So a parent records its children before it is deleted, and a child records itself only while
-- its parent still exists (it was deleted on its own).
create function plan_deletion_children() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code)
    select 'monitoring-value', old.code || '/' || v.indicator_id || '/' || v.year, old.region_code
      from plan_indicator i join monitoring_value v on v.indicator_id = i.id
     where i.plan_id = old.id;
    insert into deletion (resource_type, resource_key, region_code)
    select 'plan-indicator', old.code || '/' || i.id, old.region_code
      from plan_indicator i where i.plan_id = old.id;
    return old;
end $$;

create trigger plan_deletion_children before delete on plan
    for each row execute function plan_deletion_children();

create function plan_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code) values ('plan', old.code, old.region_code);
    return null;
end $$;

create trigger plan_deletion after delete on plan
    for each row execute function plan_deletion();

create function plan_indicator_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code)
    select 'monitoring-value', p.code || '/' || v.indicator_id || '/' || v.year, p.region_code
      from plan p join monitoring_value v on v.indicator_id = old.id
     where p.id = old.plan_id;
    insert into deletion (resource_type, resource_key, region_code)
    select 'plan-indicator', p.code || '/' || old.id, p.region_code
      from plan p where p.id = old.plan_id;
    return old;
end $$;

create trigger plan_indicator_deletion before delete on plan_indicator
    for each row execute function plan_indicator_deletion();

create function monitoring_value_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key, region_code)
    select 'monitoring-value', p.code || '/' || old.indicator_id || '/' || old.year, p.region_code
      from plan_indicator i join plan p on p.id = i.plan_id
     where i.id = old.indicator_id;
    return null;
end $$;

create trigger monitoring_value_deletion after delete on monitoring_value
    for each row execute function monitoring_value_deletion();

-- A value deleted and written again in one transaction (an import with mode=replace) was replaced, not
-- deleted: its deletion, which no reader can have seen yet (the transaction is still open, and readers stop
-- at the horizon), is withdrawn, and the value reads as changed (updatedAt after any earlier deletion).
create function monitoring_value_withdraw_deletion() returns trigger language plpgsql as $$
begin
    delete from deletion d
     using changed v join plan_indicator i on i.id = v.indicator_id join plan p on p.id = i.plan_id
     where d.resource_type = 'monitoring-value' and d.deleted_at = now()
       and d.resource_key = p.code || '/' || v.indicator_id || '/' || v.year;
    return null;
end $$;

create trigger monitoring_value_withdraw_deletion after insert on monitoring_value
    referencing new table as changed for each statement execute function monitoring_value_withdraw_deletion();

create function indicator_definition_deletion() returns trigger language plpgsql as $$
begin
    insert into deletion (resource_type, resource_key) values ('indicator-definition', old.code);
    return null;
end $$;

create trigger indicator_definition_deletion after delete on indicator_definition
    for each row execute function indicator_definition_deletion();
