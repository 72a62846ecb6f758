-- Totals of the facilities' yearly resources per (region, year), for the ratios of a region's subtree (RatioService):
-- a province's ratios sum the totals of the regions under it instead of every facility-year row below it.
--
-- A row holds, for the facilities standing directly in region_code, what the ratios sum over their yearly rows that
-- count in `year` (opened_year <= year <= closed_year where given): facilities = how many such rows, and per count
-- column its sum (nulls as 0) and in <column>_n how many rows give it (a sum over no value stays null in the answer).
--
-- The table is a ledger kept by the triggers below in the writing transaction: each write statement sums its deltas
-- by key and replaces the rows of those keys that no other transaction holds by one row per key, holding their sum
-- plus the deltas (FOR UPDATE SKIP LOCKED, facility_totals_delta_sql). No writer waits for another here, so concurrent
-- imports into the same region neither serialise nor deadlock on the totals, and each row is merged exactly once. A
-- key mostly holds one row; writers that ran at once may leave one each, merged by the next write of that key.
-- Readers sum every row of a key.
--
-- Sources of change, each counted once:
--   facility_resource insert / update / delete: the rows' contributions under their facility's region and years;
--     a row deleted by its facility's cascade is skipped (its facility is gone), the facility has subtracted it;
--   facility update of region_code, opened_year or closed_year (also a region code renamed by cascade): its rows
--     leave the old place and years and enter the new;
--   facility delete: before it goes, its rows are subtracted;
--   truncate of either table: the totals are emptied.
-- A yearly row's writer locks its facility FOR SHARE (unless this transaction wrote the facility, and so holds it):
-- a concurrent move of the facility waits for it and then sees its row, or it waits for the move and sees the new place.
create table facility_totals (
    id                       bigint generated always as identity primary key,
    region_code              varchar(32) not null,
    year                     integer     not null,
    facilities               bigint not null default 0,
    beds                     bigint not null default 0,
    beds_n                   bigint not null default 0,
    licensed_doctors         bigint not null default 0,
    licensed_doctors_n       bigint not null default 0,
    tcm_doctors              bigint not null default 0,
    tcm_doctors_n            bigint not null default 0,
    registered_nurses        bigint not null default 0,
    registered_nurses_n      bigint not null default 0,
    pharmacists              bigint not null default 0,
    pharmacists_n            bigint not null default 0,
    general_practitioners    bigint not null default 0,
    general_practitioners_n  bigint not null default 0,
    health_technicians       bigint not null default 0,
    health_technicians_n     bigint not null default 0,
    public_health_staff      bigint not null default 0,
    public_health_staff_n    bigint not null default 0,
    ambulances               bigint not null default 0,
    ambulances_n             bigint not null default 0,
    childcare_slots          bigint not null default 0,
    childcare_slots_n        bigint not null default 0
);
create index facility_totals_key_idx on facility_totals (region_code, year);

insert into facility_totals (region_code, year, facilities, beds, beds_n, licensed_doctors, licensed_doctors_n,
    tcm_doctors, tcm_doctors_n, registered_nurses, registered_nurses_n, pharmacists, pharmacists_n, general_practitioners,
    general_practitioners_n, health_technicians, health_technicians_n, public_health_staff, public_health_staff_n,
    ambulances, ambulances_n, childcare_slots, childcare_slots_n)
select f.region_code, fr.year, count(*),
       coalesce(sum(fr.beds), 0), count(fr.beds),
       coalesce(sum(fr.licensed_doctors), 0), count(fr.licensed_doctors),
       coalesce(sum(fr.tcm_doctors), 0), count(fr.tcm_doctors),
       coalesce(sum(fr.registered_nurses), 0), count(fr.registered_nurses),
       coalesce(sum(fr.pharmacists), 0), count(fr.pharmacists),
       coalesce(sum(fr.general_practitioners), 0), count(fr.general_practitioners),
       coalesce(sum(fr.health_technicians), 0), count(fr.health_technicians),
       coalesce(sum(fr.public_health_staff), 0), count(fr.public_health_staff),
       coalesce(sum(fr.ambulances), 0), count(fr.ambulances),
       coalesce(sum(fr.childcare_slots), 0), count(fr.childcare_slots)
from facility_resource fr
join facility f on f.id = fr.facility_id
where (f.closed_year is null or fr.year <= f.closed_year)
  and (f.opened_year is null or fr.year >= f.opened_year)
group by f.region_code, fr.year;

-- The statement that applies the deltas of `source`: a query of signed yearly rows (s = 1 adds, -1 subtracts) with
-- the place and years they count under (region_code, opened_year, closed_year) and the columns of facility_resource
-- (year and the counts). It sums them by key, takes the rows of those keys that no other transaction holds (FOR UPDATE
-- SKIP LOCKED; rows held by another are that one's to merge), deletes them and inserts one row per key with their sum
-- and the delta (none where every sum is zero). Run with EXECUTE inside the trigger functions, where the transition
-- tables (new_rows, old_rows) are visible.
create function facility_totals_delta_sql(source text) returns text language sql immutable as $f$
    select format($q$
        with delta as (
            select c.region_code, c.year, sum(c.s)::bigint as facilities,
                   sum(c.s * coalesce(c.beds, 0)) as beds, sum(c.s * (c.beds is not null)::int) as beds_n,
                   sum(c.s * coalesce(c.licensed_doctors, 0)) as licensed_doctors,
                   sum(c.s * (c.licensed_doctors is not null)::int) as licensed_doctors_n,
                   sum(c.s * coalesce(c.tcm_doctors, 0)) as tcm_doctors, sum(c.s * (c.tcm_doctors is not null)::int) as tcm_doctors_n,
                   sum(c.s * coalesce(c.registered_nurses, 0)) as registered_nurses,
                   sum(c.s * (c.registered_nurses is not null)::int) as registered_nurses_n,
                   sum(c.s * coalesce(c.pharmacists, 0)) as pharmacists, sum(c.s * (c.pharmacists is not null)::int) as pharmacists_n,
                   sum(c.s * coalesce(c.general_practitioners, 0)) as general_practitioners,
                   sum(c.s * (c.general_practitioners is not null)::int) as general_practitioners_n,
                   sum(c.s * coalesce(c.health_technicians, 0)) as health_technicians,
                   sum(c.s * (c.health_technicians is not null)::int) as health_technicians_n,
                   sum(c.s * coalesce(c.public_health_staff, 0)) as public_health_staff,
                   sum(c.s * (c.public_health_staff is not null)::int) as public_health_staff_n,
                   sum(c.s * coalesce(c.ambulances, 0)) as ambulances, sum(c.s * (c.ambulances is not null)::int) as ambulances_n,
                   sum(c.s * coalesce(c.childcare_slots, 0)) as childcare_slots,
                   sum(c.s * (c.childcare_slots is not null)::int) as childcare_slots_n
            from (%s) c
            where (c.closed_year is null or c.year <= c.closed_year)
              and (c.opened_year is null or c.year >= c.opened_year)
            group by c.region_code, c.year
        ), locked as (
            select t.id from facility_totals t
            where (t.region_code, t.year) in (select d.region_code, d.year from delta d)
            for update of t skip locked
        ), gone as (
            delete from facility_totals t using locked l where t.id = l.id
            returning t.region_code, t.year, t.facilities, t.beds, t.beds_n, t.licensed_doctors, t.licensed_doctors_n,
                t.tcm_doctors, t.tcm_doctors_n, t.registered_nurses, t.registered_nurses_n, t.pharmacists, t.pharmacists_n,
                t.general_practitioners, t.general_practitioners_n, t.health_technicians, t.health_technicians_n,
                t.public_health_staff, t.public_health_staff_n, t.ambulances, t.ambulances_n, t.childcare_slots,
                t.childcare_slots_n
        ), merged as (
            select * from delta union all select * from gone
        )
        insert into facility_totals (region_code, year, facilities, beds, beds_n, licensed_doctors, licensed_doctors_n,
            tcm_doctors, tcm_doctors_n, registered_nurses, registered_nurses_n, pharmacists, pharmacists_n,
            general_practitioners, general_practitioners_n, health_technicians, health_technicians_n,
            public_health_staff, public_health_staff_n, ambulances, ambulances_n, childcare_slots, childcare_slots_n)
        select region_code, year, sum(facilities), sum(beds), sum(beds_n), sum(licensed_doctors), sum(licensed_doctors_n),
               sum(tcm_doctors), sum(tcm_doctors_n), sum(registered_nurses), sum(registered_nurses_n), sum(pharmacists),
               sum(pharmacists_n), sum(general_practitioners), sum(general_practitioners_n), sum(health_technicians),
               sum(health_technicians_n), sum(public_health_staff), sum(public_health_staff_n), sum(ambulances),
               sum(ambulances_n), sum(childcare_slots), sum(childcare_slots_n)
        from merged
        group by region_code, year
        having sum(facilities) <> 0 or sum(beds) <> 0 or sum(beds_n) <> 0 or sum(licensed_doctors) <> 0
            or sum(licensed_doctors_n) <> 0 or sum(tcm_doctors) <> 0 or sum(tcm_doctors_n) <> 0 or sum(registered_nurses) <> 0
            or sum(registered_nurses_n) <> 0 or sum(pharmacists) <> 0 or sum(pharmacists_n) <> 0
            or sum(general_practitioners) <> 0 or sum(general_practitioners_n) <> 0 or sum(health_technicians) <> 0
            or sum(health_technicians_n) <> 0 or sum(public_health_staff) <> 0 or sum(public_health_staff_n) <> 0
            or sum(ambulances) <> 0 or sum(ambulances_n) <> 0 or sum(childcare_slots) <> 0 or sum(childcare_slots_n) <> 0$q$,
        source)
$f$;

create function facility_totals_on_resource() returns trigger language plpgsql as $$
begin
    -- the facilities of the rows, unless written by this transaction (which then holds them): see the header
    if tg_op in ('INSERT', 'UPDATE') then
        perform 1 from facility f
        where f.id in (select n.facility_id from new_rows n) and f.xmin <> pg_current_xact_id()::xid
        order by f.id for share of f;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform 1 from facility f
        where f.id in (select o.facility_id from old_rows o) and f.xmin <> pg_current_xact_id()::xid
        order by f.id for share of f;
    end if;
    if tg_op = 'INSERT' then
        execute facility_totals_delta_sql($s$
            select 1 as s, f.region_code, f.opened_year, f.closed_year, n.*
            from new_rows n join facility f on f.id = n.facility_id$s$);
    elsif tg_op = 'UPDATE' then
        execute facility_totals_delta_sql($s$
            select 1 as s, f.region_code, f.opened_year, f.closed_year, n.*
            from new_rows n join facility f on f.id = n.facility_id
            union all
            select -1 as s, f.region_code, f.opened_year, f.closed_year, o.*
            from old_rows o join facility f on f.id = o.facility_id$s$);
    else
        execute facility_totals_delta_sql($s$
            select -1 as s, f.region_code, f.opened_year, f.closed_year, o.*
            from old_rows o join facility f on f.id = o.facility_id$s$);
    end if;
    return null;
end
$$;

create trigger facility_totals_resource_insert after insert on facility_resource
    referencing new table as new_rows for each statement execute function facility_totals_on_resource();
create trigger facility_totals_resource_update after update on facility_resource
    referencing old table as old_rows new table as new_rows for each statement execute function facility_totals_on_resource();
create trigger facility_totals_resource_delete after delete on facility_resource
    referencing old table as old_rows for each statement execute function facility_totals_on_resource();

create function facility_totals_on_facility_update() returns trigger language plpgsql as $$
begin
    execute facility_totals_delta_sql($s$
        select -1 as s, o.region_code, o.opened_year, o.closed_year, r.*
        from old_rows o join new_rows n on n.id = o.id join facility_resource r on r.facility_id = o.id
        where (o.region_code, o.opened_year, o.closed_year) is distinct from (n.region_code, n.opened_year, n.closed_year)
        union all
        select 1 as s, n.region_code, n.opened_year, n.closed_year, r.*
        from old_rows o join new_rows n on n.id = o.id join facility_resource r on r.facility_id = n.id
        where (o.region_code, o.opened_year, o.closed_year) is distinct from (n.region_code, n.opened_year, n.closed_year)$s$);
    return null;
end
$$;

create trigger facility_totals_facility_update after update on facility
    referencing old table as old_rows new table as new_rows for each statement execute function facility_totals_on_facility_update();

create function facility_totals_on_facility_delete() returns trigger language plpgsql as $$
begin
    execute facility_totals_delta_sql($s$
        select -1 as s, $1::varchar as region_code, $2::integer as opened_year, $3::integer as closed_year, r.*
        from facility_resource r where r.facility_id = $4$s$)
        using old.region_code, old.opened_year, old.closed_year, old.id;
    return old;
end
$$;

create trigger facility_totals_facility_delete before delete on facility
    for each row execute function facility_totals_on_facility_delete();

create function facility_totals_on_truncate() returns trigger language plpgsql as $$
begin
    delete from facility_totals;
    return null;
end
$$;

create trigger facility_totals_resource_truncate after truncate on facility_resource
    for each statement execute function facility_totals_on_truncate();
create trigger facility_totals_facility_truncate after truncate on facility
    for each statement execute function facility_totals_on_truncate();
