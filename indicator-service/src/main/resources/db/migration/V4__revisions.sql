-- Revisions for caching evaluations: a plan's revision changes in the same transaction as any
-- change to the plan, its rows, their upper targets or monitoring values; the catalogue's revision
-- with any change to indicator definitions or their aliases. A revision is the id of the
-- transaction that made the change (txid_current(): unique and never reused on the server), so
-- a reader that sees the same revision twice knows nothing it depends on was committed between.
-- Statement-level triggers with transition tables bump each plan once per statement, and not at
-- all when the plan already carries the current transaction's id (bulk imports).
alter table plan add column revision bigint not null default txid_current();

create table catalogue_revision (
    id       integer primary key,
    revision bigint  not null,
    constraint catalogue_revision_single_ck check (id = 1)
);
insert into catalogue_revision (id, revision) values (1, txid_current());

create function plan_revision_on_update() returns trigger language plpgsql as $$
begin
    new.revision := txid_current();
    return new;
end $$;

create trigger plan_revision_bump before update on plan
    for each row execute function plan_revision_on_update();

create function plan_revision_from_rows() returns trigger language plpgsql as $$
begin
    update plan set revision = txid_current()
     where revision <> txid_current() and id in (select plan_id from changed);
    return null;
end $$;

create trigger plan_indicator_revision_ins after insert on plan_indicator
    referencing new table as changed for each statement execute function plan_revision_from_rows();
create trigger plan_indicator_revision_upd after update on plan_indicator
    referencing new table as changed for each statement execute function plan_revision_from_rows();
create trigger plan_indicator_revision_del after delete on plan_indicator
    referencing old table as changed for each statement execute function plan_revision_from_rows();

create function plan_revision_from_indicator_children() returns trigger language plpgsql as $$
begin
    update plan set revision = txid_current()
     where revision <> txid_current()
       and id in (select i.plan_id from plan_indicator i where i.id in (select indicator_id from changed));
    return null;
end $$;

create trigger monitoring_value_revision_ins after insert on monitoring_value
    referencing new table as changed for each statement execute function plan_revision_from_indicator_children();
create trigger monitoring_value_revision_upd after update on monitoring_value
    referencing new table as changed for each statement execute function plan_revision_from_indicator_children();
create trigger monitoring_value_revision_del after delete on monitoring_value
    referencing old table as changed for each statement execute function plan_revision_from_indicator_children();

create trigger upper_target_revision_ins after insert on plan_indicator_upper_target
    referencing new table as changed for each statement execute function plan_revision_from_indicator_children();
create trigger upper_target_revision_upd after update on plan_indicator_upper_target
    referencing new table as changed for each statement execute function plan_revision_from_indicator_children();
create trigger upper_target_revision_del after delete on plan_indicator_upper_target
    referencing old table as changed for each statement execute function plan_revision_from_indicator_children();

create function catalogue_revision_bump() returns trigger language plpgsql as $$
begin
    update catalogue_revision set revision = txid_current() where id = 1 and revision <> txid_current();
    return null;
end $$;

create trigger indicator_definition_revision after insert or update or delete on indicator_definition
    for each statement execute function catalogue_revision_bump();
create trigger indicator_definition_alias_revision after insert or update or delete on indicator_definition_alias
    for each statement execute function catalogue_revision_bump();
